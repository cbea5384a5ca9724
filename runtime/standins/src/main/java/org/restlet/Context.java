package org.restlet;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in for Restlet's {@code org.restlet.Context} (Restlet is not published on Maven Central).
 *
 * <p>Solr's {@code SolrSchemaRestApi} passes {@code getContext()} to the {@code Router} constructor. Here it is
 * only a bag of attributes.
 */
public class Context {

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    /** @return the mutable attribute map of this context */
    public Map<String, Object> getAttributes() {
        return attributes;
    }
}
