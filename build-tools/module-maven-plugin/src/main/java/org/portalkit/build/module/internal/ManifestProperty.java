package org.portalkit.build.module.internal;

/**
 * A VFS property of one resource: an individual (structure) value or a shared (resource) value.
 */
public record ManifestProperty(String name, String value, boolean shared) {
}
