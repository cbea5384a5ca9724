package org.restlet.data;

import java.util.Locale;
import java.util.Objects;

/**
 * Stand-in for Restlet's {@code org.restlet.data.MediaType} (Restlet is not published on Maven Central).
 *
 * <p>Solr's {@code BaseSolrResource} and {@code RestManager.ManagedEndpoint} create media types from content
 * type strings, compare them (optionally ignoring parameters) and print them. A media type here is an immutable
 * {@code type/subtype} name plus an optional parameter string (everything after the first {@code ';'}).
 */
public final class MediaType {

    /** {@code application/json}. */
    public static final MediaType APPLICATION_JSON = new MediaType("application/json");

    private final String name;
    private final String parameters;

    /**
     * Creates a media type from a content type string such as {@code text/plain; charset=UTF-8}.
     *
     * @param value the content type, not {@code null}
     */
    public MediaType(String value) {
        Objects.requireNonNull(value, "value");
        int semicolon = value.indexOf(';');
        if (semicolon < 0) {
            name = value.trim().toLowerCase(Locale.ROOT);
            parameters = "";
        } else {
            name = value.substring(0, semicolon).trim().toLowerCase(Locale.ROOT);
            parameters = value.substring(semicolon + 1).trim();
        }
    }

    /**
     * Parses a media type.
     *
     * @param value the content type string
     * @return the media type, or {@code null} for a {@code null} or blank value
     */
    public static MediaType valueOf(String value) {
        if ((value == null) || value.isBlank()) {
            return null;
        }
        return new MediaType(value);
    }

    /** @return the {@code type/subtype} part, lower case */
    public String getName() {
        return name;
    }

    /** @return the parameters (text after the first {@code ';'}), or an empty string */
    public String getParameters() {
        return parameters;
    }

    /**
     * Compares with another media type.
     *
     * @param other the object to compare with
     * @param ignoreParameters whether only the {@code type/subtype} part is compared
     * @return whether both are equal
     */
    public boolean equals(Object other, boolean ignoreParameters) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MediaType)) {
            return false;
        }
        MediaType that = (MediaType)other;
        return name.equals(that.name) && (ignoreParameters || parameters.equals(that.parameters));
    }

    @Override
    public boolean equals(Object other) {
        return equals(other, false);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, parameters);
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? name : name + "; " + parameters;
    }
}
