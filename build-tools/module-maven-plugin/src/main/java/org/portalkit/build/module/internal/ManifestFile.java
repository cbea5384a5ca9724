package org.portalkit.build.module.internal;

import java.util.List;

/**
 * One {@code <file>} entry of the manifest.
 *
 * @param source        path of the content inside the zip (null for folders)
 * @param destination   VFS path without leading slash
 * @param type          OpenCms resource type name
 * @param structureId   structure id (null for shared parent folders the module does not own)
 * @param resourceId    resource id (only files carry one)
 * @param owned         whether the resource lies in a module resource (else it is a shared parent folder)
 * @param properties    VFS properties
 */
public record ManifestFile(
    String source,
    String destination,
    String type,
    String structureId,
    String resourceId,
    boolean owned,
    List<ManifestProperty> properties,
    java.time.Instant lastModified,
    List<ManifestAccessEntry> accessEntries) {

    public ManifestFile {
        properties = List.copyOf(properties);
        accessEntries = List.copyOf(accessEntries);
    }

    /** A file without access control entries of its own. */
    public ManifestFile(String source, String destination, String type, String structureId, String resourceId,
        boolean owned, List<ManifestProperty> properties, java.time.Instant lastModified) {
        this(source, destination, type, structureId, resourceId, owned, properties, lastModified, List.of());
    }

    /** A file dated with the manifest's own timestamp. */
    public ManifestFile(String source, String destination, String type, String structureId, String resourceId,
        boolean owned, List<ManifestProperty> properties) {
        this(source, destination, type, structureId, resourceId, owned, properties, null);
    }
}
