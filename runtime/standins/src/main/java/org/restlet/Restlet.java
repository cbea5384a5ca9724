package org.restlet;

/**
 * Stand-in for Restlet's {@code org.restlet.Restlet} (Restlet is not published on Maven Central).
 *
 * <p>Common super class of {@link Application} and {@link org.restlet.routing.Router}; Solr's
 * {@code SolrSchemaRestApi.createInboundRoot()} declares this type as its return type and returns a Router, so
 * the JVM verifier needs Router to be a sub class of it.
 */
public abstract class Restlet {

    private volatile Context context;
    private volatile boolean started;

    /** Creates a restlet without a context. */
    protected Restlet() {
        this(null);
    }

    /**
     * Creates a restlet.
     *
     * @param context the context, may be {@code null}
     */
    protected Restlet(Context context) {
        this.context = context;
    }

    /** @return the context, may be {@code null} */
    public Context getContext() {
        return context;
    }

    /** @param context the new context */
    public void setContext(Context context) {
        this.context = context;
    }

    /**
     * Marks this restlet as started.
     *
     * @throws Exception never in this stand-in; declared like the original
     */
    public void start() throws Exception {
        started = true;
    }

    /**
     * Marks this restlet as stopped.
     *
     * @throws Exception never in this stand-in; declared like the original
     */
    public void stop() throws Exception {
        started = false;
    }

    /** @return whether {@link #start()} was called more recently than {@link #stop()} */
    public boolean isStarted() {
        return started;
    }
}
