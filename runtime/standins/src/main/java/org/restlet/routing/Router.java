package org.restlet.routing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.restlet.Context;
import org.restlet.Restlet;

/**
 * Stand-in for Restlet's {@code org.restlet.routing.Router} (Restlet is not published on Maven Central).
 *
 * <p>Solr's {@code RestManager} keeps routers in fields and attaches the managed resources' endpoints to them;
 * {@code SolrSchemaRestApi} creates one, attaches a default route and returns it from
 * {@code createInboundRoot()} (hence the {@link Restlet} super class). The stand-in only records the routes.
 */
public class Router extends Restlet {

    private final List<TemplateRoute> routes = new CopyOnWriteArrayList<>();
    private volatile TemplateRoute defaultRoute;

    /** Creates a router without context. */
    public Router() {
        super();
    }

    /**
     * Creates a router.
     *
     * @param context the context, may be {@code null}
     */
    public Router(Context context) {
        super(context);
    }

    /**
     * Attaches a resource class under a URI template.
     *
     * @param pathTemplate the URI template
     * @param targetClass the resource class
     * @return the new route
     */
    public TemplateRoute attach(String pathTemplate, Class<?> targetClass) {
        TemplateRoute route = new TemplateRoute(pathTemplate, targetClass);
        routes.add(route);
        return route;
    }

    /**
     * Sets the resource class for requests no other route matches.
     *
     * @param defaultTargetClass the resource class
     * @return the default route
     */
    public TemplateRoute attachDefault(Class<?> defaultTargetClass) {
        TemplateRoute route = new TemplateRoute(null, defaultTargetClass);
        defaultRoute = route;
        return route;
    }

    /** @return the attached routes (without the default route), in attachment order */
    public List<TemplateRoute> getRoutes() {
        return routes;
    }

    /** @return the default route, or {@code null} */
    public TemplateRoute getDefaultRoute() {
        return defaultRoute;
    }

    /**
     * Stops the router. Unlike the inherited method it declares no checked exception, as Solr's
     * {@code SolrSchemaRestApi.stop()} calls it directly.
     */
    @Override
    public void stop() {
        try {
            super.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
