package org.restlet.data;

import java.util.Locale;
import java.util.Objects;

/**
 * Stand-in for Restlet's {@code org.restlet.data.Method} (Restlet is not published on Maven Central).
 *
 * <p>Solr's {@code BaseSolrResource} and {@code RestManager.ManagedEndpoint} compare the request method with
 * the {@code HEAD}, {@code PUT} and {@code POST} constants.
 */
public final class Method {

    /** {@code GET}. */
    public static final Method GET = new Method("GET");
    /** {@code HEAD}. */
    public static final Method HEAD = new Method("HEAD");
    /** {@code POST}. */
    public static final Method POST = new Method("POST");
    /** {@code PUT}. */
    public static final Method PUT = new Method("PUT");
    /** {@code DELETE}. */
    public static final Method DELETE = new Method("DELETE");

    private final String name;

    /**
     * Creates a method.
     *
     * @param name the method name, e.g. {@code GET}; stored in upper case
     */
    public Method(String name) {
        this.name = Objects.requireNonNull(name, "name").toUpperCase(Locale.ROOT);
    }

    /**
     * Returns the method with the given name.
     *
     * @param name the method name
     * @return the method, or {@code null} for a {@code null} name
     */
    public static Method valueOf(String name) {
        return name == null ? null : new Method(name);
    }

    /** @return the method name in upper case */
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof Method) && name.equals(((Method)other).name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
