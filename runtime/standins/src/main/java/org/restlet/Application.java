package org.restlet;

/**
 * Stand-in for Restlet's {@code org.restlet.Application} (Restlet is not published on Maven Central).
 *
 * <p>Super class of Solr's {@code org.apache.solr.rest.SolrSchemaRestApi}. Solr's schema REST endpoints are
 * served by Restlet only inside Solr's own web application; an OpenCms-embedded Solr never routes HTTP requests
 * through it, so the application merely has to exist and build its inbound root on request.
 */
public class Application extends Restlet {

    private volatile Restlet inboundRoot;

    /** Creates an application with a fresh {@link Context}. */
    public Application() {
        super(new Context());
    }

    /**
     * Creates the restlet that receives the application's calls. Sub classes override this.
     *
     * @return the inbound root, {@code null} in this base class
     */
    public Restlet createInboundRoot() {
        return null;
    }

    /** @return the inbound root, created with {@link #createInboundRoot()} on first access */
    public synchronized Restlet getInboundRoot() {
        if (inboundRoot == null) {
            inboundRoot = createInboundRoot();
        }
        return inboundRoot;
    }
}
