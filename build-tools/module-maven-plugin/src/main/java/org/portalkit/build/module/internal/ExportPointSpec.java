package org.portalkit.build.module.internal;

/**
 * An OpenCms export point: on publish, the VFS folder {@code uri} is written to {@code destination} in the web
 * application (e.g. {@code /system/modules/x/lib/} to {@code WEB-INF/lib/}).
 */
public record ExportPointSpec(String uri, String destination) {
}
