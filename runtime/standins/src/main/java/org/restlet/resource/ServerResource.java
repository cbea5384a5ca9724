package org.restlet.resource;

import java.util.LinkedHashSet;
import java.util.Set;

import org.restlet.Request;
import org.restlet.data.Method;
import org.restlet.data.Status;

/**
 * Stand-in for Restlet's {@code org.restlet.resource.ServerResource} (Restlet is not published on Maven Central).
 *
 * <p>Super class of Solr's {@code BaseSolrResource} (and so of {@code RestManager.ManagedEndpoint}), which call
 * the request/status accessors and life-cycle hooks below. The stand-in holds that state and does no content
 * negotiation or dispatching of its own.
 */
public abstract class ServerResource {

    private final Set<Object> dimensions = new LinkedHashSet<>();
    private Request request;
    private Status status;
    private boolean existing = true;
    private boolean negotiated = true;

    /** Creates a resource. */
    protected ServerResource() {
    }

    /**
     * Initialisation hook called before a request is handled; sub classes override it.
     *
     * @throws ResourceException if initialisation fails
     */
    protected void doInit() throws ResourceException {
        // nothing to initialise
    }

    /**
     * Records an error status.
     *
     * @param errorStatus the status
     * @param errorMessage a description (ignored by the stand-in)
     */
    protected void doError(Status errorStatus, String errorMessage) {
        setStatus(errorStatus);
    }

    /** @return the request being handled, may be {@code null} */
    public Request getRequest() {
        return request;
    }

    /** @param request the request being handled */
    public void setRequest(Request request) {
        this.request = request;
    }

    /** @return the method of the current request, or {@code null} */
    public Method getMethod() {
        return request == null ? null : request.getMethod();
    }

    /** @return the response status, may be {@code null} */
    public Status getStatus() {
        return status;
    }

    /** @param status the response status */
    public void setStatus(Status status) {
        this.status = status;
    }

    /** @return the mutable set of dimensions the response varies on */
    public Set<Object> getDimensions() {
        return dimensions;
    }

    /** @return whether the target resource exists */
    public boolean isExisting() {
        return existing;
    }

    /** @param existing whether the target resource exists */
    public void setExisting(boolean existing) {
        this.existing = existing;
    }

    /** @return whether content negotiation is enabled */
    public boolean isNegotiated() {
        return negotiated;
    }

    /** @param negotiated whether content negotiation is enabled */
    public void setNegotiated(boolean negotiated) {
        this.negotiated = negotiated;
    }
}
