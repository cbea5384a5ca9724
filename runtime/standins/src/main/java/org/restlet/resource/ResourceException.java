package org.restlet.resource;

import org.restlet.data.Status;

/**
 * Stand-in for Restlet's {@code org.restlet.resource.ResourceException} (Restlet is not published on Maven
 * Central).
 *
 * <p>Solr's {@code RestManager}, {@code ManagedResource}, {@code ManagedResourceStorage} and
 * {@code BaseSolrResource} throw it and catch it; the JVM verifier therefore loads it (and must find a
 * {@link Throwable} sub class) as soon as {@code SolrCore} creates its {@code RestManager}. Like the original it
 * is unchecked and carries a {@link Status}.
 */
public class ResourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Status status;

    /**
     * Creates an exception.
     *
     * @param status the status
     */
    public ResourceException(Status status) {
        this(status, status == null ? null : status.toString(), null);
    }

    /**
     * Creates an exception.
     *
     * @param status the status
     * @param message the message
     */
    public ResourceException(Status status, String message) {
        this(status, message, null);
    }

    /**
     * Creates an exception.
     *
     * @param status the status
     * @param message the message
     * @param cause the cause
     */
    public ResourceException(Status status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /**
     * Creates an exception with status 500.
     *
     * @param cause the cause
     */
    public ResourceException(Throwable cause) {
        this(Status.SERVER_ERROR_INTERNAL, cause == null ? null : cause.toString(), cause);
    }

    /** @return the status */
    public Status getStatus() {
        return status;
    }
}
