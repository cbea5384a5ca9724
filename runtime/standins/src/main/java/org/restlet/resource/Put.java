package org.restlet.resource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Restlet's {@code org.restlet.resource.Put} annotation (Restlet is not published on Maven Central).
 *
 * <p>Marks the handler of HTTP {@code PUT} requests. Solr annotates {@code org.apache.solr.rest.PUTable} with it; the
 * annotation is only read by Restlet's own dispatching, which the embedded Solr does not use.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Put {

    /** @return optional content negotiation hint, empty by default */
    String value() default "";
}
