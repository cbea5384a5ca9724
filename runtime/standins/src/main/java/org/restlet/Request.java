package org.restlet;

import org.restlet.data.Method;
import org.restlet.data.Reference;

/**
 * Stand-in for Restlet's {@code org.restlet.Request} (Restlet is not published on Maven Central).
 *
 * <p>Read by Solr's {@code BaseSolrResource} and {@code RestManager.ManagedEndpoint} (method, resource, root
 * and original references). A plain value holder.
 */
public class Request {

    private Method method;
    private Reference resourceRef;
    private Reference rootRef;
    private Reference originalRef;

    /** Creates an empty request. */
    public Request() {
    }

    /**
     * Creates a request for a method and a target URI.
     *
     * @param method the method
     * @param resourceUri the target URI
     */
    public Request(Method method, String resourceUri) {
        this.method = method;
        this.resourceRef = new Reference(resourceUri);
        this.originalRef = this.resourceRef;
    }

    /** @return the method */
    public Method getMethod() {
        return method;
    }

    /** @param method the method */
    public void setMethod(Method method) {
        this.method = method;
    }

    /** @return the reference of the target resource */
    public Reference getResourceRef() {
        return resourceRef;
    }

    /** @param resourceRef the reference of the target resource */
    public void setResourceRef(Reference resourceRef) {
        this.resourceRef = resourceRef;
    }

    /** @return the application's root reference */
    public Reference getRootRef() {
        return rootRef;
    }

    /** @param rootRef the application's root reference */
    public void setRootRef(Reference rootRef) {
        this.rootRef = rootRef;
    }

    /** @return the reference as originally received */
    public Reference getOriginalRef() {
        return originalRef;
    }

    /** @param originalRef the reference as originally received */
    public void setOriginalRef(Reference originalRef) {
        this.originalRef = originalRef;
    }
}
