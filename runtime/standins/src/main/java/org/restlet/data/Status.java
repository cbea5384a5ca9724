package org.restlet.data;

/**
 * Stand-in for Restlet's {@code org.restlet.data.Status} (Restlet is not published on Maven Central).
 *
 * <p>Solr's REST classes ({@code RestManager}, {@code ManagedResource}, {@code BaseSolrResource} and the managed
 * synonym/stop-word resources) build {@code ResourceException}s with these status constants and convert HTTP
 * codes with {@link #valueOf(int)}.
 */
public final class Status {

    /** 200 OK. */
    public static final Status SUCCESS_OK = new Status(200, "OK");
    /** 400 Bad Request. */
    public static final Status CLIENT_ERROR_BAD_REQUEST = new Status(400, "Bad Request");
    /** 404 Not Found. */
    public static final Status CLIENT_ERROR_NOT_FOUND = new Status(404, "Not Found");
    /** 500 Internal Server Error. */
    public static final Status SERVER_ERROR_INTERNAL = new Status(500, "Internal Server Error");
    /** 501 Not Implemented. */
    public static final Status SERVER_ERROR_NOT_IMPLEMENTED = new Status(501, "Not Implemented");

    private static final Status[] KNOWN = {
        SUCCESS_OK,
        CLIENT_ERROR_BAD_REQUEST,
        CLIENT_ERROR_NOT_FOUND,
        SERVER_ERROR_INTERNAL,
        SERVER_ERROR_NOT_IMPLEMENTED};

    private final int code;
    private final String reasonPhrase;

    /**
     * Creates a status.
     *
     * @param code the HTTP status code
     * @param reasonPhrase the reason phrase
     */
    public Status(int code, String reasonPhrase) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
    }

    /**
     * Returns the status for an HTTP code.
     *
     * @param code the HTTP status code
     * @return one of the constants, or a new status without reason phrase for other codes
     */
    public static Status valueOf(int code) {
        for (Status status : KNOWN) {
            if (status.code == code) {
                return status;
            }
        }
        return new Status(code, null);
    }

    /** @return the HTTP status code */
    public int getCode() {
        return code;
    }

    /** @return the reason phrase, may be {@code null} */
    public String getReasonPhrase() {
        return reasonPhrase;
    }

    /** @return whether this is a 4xx or 5xx status */
    public boolean isError() {
        return code >= 400;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof Status) && (code == ((Status)other).code);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(code);
    }

    @Override
    public String toString() {
        return reasonPhrase == null ? Integer.toString(code) : code + " " + reasonPhrase;
    }
}
