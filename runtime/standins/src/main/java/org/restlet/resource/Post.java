package org.restlet.resource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Restlet's {@code org.restlet.resource.Post} annotation (Restlet is not published on Maven Central).
 *
 * <p>Marks the handler of HTTP {@code POST} requests. Solr annotates {@code org.apache.solr.rest.POSTable} with it; the
 * annotation is only read by Restlet's own dispatching, which the embedded Solr does not use.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Post {

    /** @return optional content negotiation hint, empty by default */
    String value() default "";
}
