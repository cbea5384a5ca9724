package org.restlet.routing;

import java.util.Objects;

/**
 * Stand-in for Restlet's {@code org.restlet.routing.TemplateRoute} (Restlet is not published on Maven Central).
 *
 * <p>Return type of {@link Router#attach(String, Class)} and {@link Router#attachDefault(Class)}, which Solr's
 * {@code RestManager} and {@code SolrSchemaRestApi} call; Solr ignores the returned value. Records a URI template
 * and the resource class it leads to.
 */
public final class TemplateRoute {

    private final String template;
    private final Class<?> targetClass;

    /**
     * Creates a route.
     *
     * @param template the URI template; {@code null} for the default route
     * @param targetClass the resource class requests are routed to
     */
    public TemplateRoute(String template, Class<?> targetClass) {
        this.template = template;
        this.targetClass = Objects.requireNonNull(targetClass, "targetClass");
    }

    /** @return the URI template, {@code null} for the default route */
    public String getTemplate() {
        return template;
    }

    /** @return the resource class requests are routed to */
    public Class<?> getTargetClass() {
        return targetClass;
    }

    @Override
    public String toString() {
        return (template == null ? "<default>" : template) + " -> " + targetClass.getName();
    }
}
