package org.portalkit.build.module.internal;

/**
 * A module this module needs, with the lowest version it works with.
 */
public record DependencySpec(String name, String version) {
}
