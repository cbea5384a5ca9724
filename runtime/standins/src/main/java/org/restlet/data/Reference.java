package org.restlet.data;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Stand-in for Restlet's {@code org.restlet.data.Reference} (Restlet is not published on Maven Central).
 *
 * <p>Solr's {@code BaseSolrResource} and {@code RestManager.ManagedEndpoint} use references to work out the
 * managed resource id from the request URI (path, parent reference, reference relative to the root). This class
 * implements just that on top of {@link URI}-like string handling.
 */
public class Reference {

    private final String uri;

    /**
     * Creates a reference.
     *
     * @param uri the URI text (absolute or relative), not {@code null}
     */
    public Reference(String uri) {
        this.uri = Objects.requireNonNull(uri, "uri");
    }

    /** @return the URI text this reference was created from */
    public String getIdentifier() {
        return uri;
    }

    /** @return the raw (still percent-encoded) path, or {@code null} if there is none */
    public String getPath() {
        return getPath(false);
    }

    /**
     * Returns the path.
     *
     * @param decode whether percent-escapes are decoded
     * @return the path, or {@code null} if there is none
     */
    public String getPath(boolean decode) {
        String path = URI.create(uri).getRawPath();
        if ((path == null) || !decode) {
            return path;
        }
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * Returns the reference of the parent "directory": the path cut after the last {@code '/'} that is not the
     * final character.
     *
     * @return the parent reference
     */
    public Reference getParentRef() {
        URI parsed = URI.create(uri);
        String path = parsed.getRawPath();
        if ((path == null) || path.isEmpty() || "/".equals(path)) {
            return this;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String parentPath = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
        return new Reference(prefixOf(parsed) + parentPath);
    }

    /**
     * Returns this reference relative to a base reference, e.g. {@code http://h/a/b/c} relative to
     * {@code http://h/a/} is {@code b/c}.
     *
     * @param base the base reference
     * @return the relative reference, {@code "."} if both denote the same location, or this reference if it does
     *         not lie below the base
     */
    public Reference getRelativeRef(Reference base) {
        URI self = URI.create(uri);
        URI other = URI.create(base.uri);
        if (!prefixOf(self).equals(prefixOf(other))) {
            return this;
        }
        String path = self.getRawPath() == null ? "" : self.getRawPath();
        String basePath = other.getRawPath() == null ? "" : other.getRawPath();
        if (path.equals(basePath)) {
            return new Reference(".");
        }
        String baseDir = basePath.endsWith("/") ? basePath : basePath.substring(0, basePath.lastIndexOf('/') + 1);
        if (!path.startsWith(baseDir)) {
            return this;
        }
        String relative = path.substring(baseDir.length());
        return new Reference(relative.isEmpty() ? "." : relative);
    }

    private static String prefixOf(URI parsed) {
        StringBuilder prefix = new StringBuilder();
        if (parsed.getScheme() != null) {
            prefix.append(parsed.getScheme()).append(':');
        }
        if (parsed.getRawAuthority() != null) {
            prefix.append("//").append(parsed.getRawAuthority());
        }
        return prefix.toString();
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof Reference) && uri.equals(((Reference)other).uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return uri;
    }
}
