package org.restlet.engine.util;

/**
 * Stand-in for Restlet's {@code org.restlet.engine.util.StringUtils} (Restlet is not published on Maven
 * Central).
 *
 * <p>Only {@link #nullToEmpty(String)} is used, by Solr's {@code RestManager.ManagedEndpoint}.
 */
public final class StringUtils {

    private StringUtils() {
    }

    /**
     * Maps {@code null} to the empty string.
     *
     * @param value the value
     * @return the value, or {@code ""} if it is {@code null}
     */
    public static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
