package org.portalkit.build.module.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts together the {@link Manifest} of a module: the configured description completed with the module resources
 * and the automatic {@code lib/} export point, and one file entry per VFS entry with its type, stable ids and
 * properties.
 */
public final class ManifestAssembler {

    /** Where OpenCms writes the jars of {@code /system/modules/<name>/lib/} on publish. */
    public static final String LIB_DESTINATION = "WEB-INF/lib/";

    private final String creator;

    private final String opencmsVersion;

    private final BuildTimestamp timestamp;

    public ManifestAssembler(String creator, String opencmsVersion, BuildTimestamp timestamp) {
        this.creator = creator;
        this.opencmsVersion = opencmsVersion;
        this.timestamp = timestamp;
    }

    public Manifest assemble(ModuleDescriptor configured, ModuleLayout layout, ResourceTypeRules types,
        PropertyAssignments properties) throws ModulePackagingException {
        requireKnownPropertyPaths(layout, properties);
        ModuleDescriptor module = configured.withExportPointsAndResources(
            exportPoints(configured, layout), layout.resources());
        List<ManifestFile> files = new ArrayList<>();
        for (VfsEntry entry : layout.entries()) {
            files.add(fileEntry(module.name(), entry, layout.isOwned(entry), types, properties));
        }
        return new Manifest(creator, opencmsVersion, timestamp, module, files);
    }

    private ManifestFile fileEntry(String moduleName, VfsEntry entry, boolean owned, ResourceTypeRules types,
        PropertyAssignments properties) {
        String structureId = owned ? StableUuids.structureId(moduleName, entry.path()).toString() : null;
        // OpenCms ignores a folder's resource id on import and makes a new one, so only files carry one.
        String resourceId = owned && !entry.folder() ? StableUuids.resourceId(moduleName, entry.path()).toString() : null;
        String source = entry.folder() ? null : entry.path();
        // the embedded jars are for the server (exported to WEB-INF/lib), not for visitors to download
        List<ManifestAccessEntry> access = owned && entry.folder() && entry.path().equals(ModuleLayout.libFolder(moduleName))
            ? List.of(ManifestAccessEntry.denyGuests()) : List.of();
        return new ManifestFile(source, entry.path(), types.typeOf(entry), structureId, resourceId, owned,
            properties.forPath(entry.path()), lastModified(entry), access);
    }

    /**
     * A VFS file's date is its source file's modification time (never earlier than the build timestamp), so a
     * changed file gets a newer date: OpenCms and Jasper only refresh a published JSP whose date changed.
     * Folders and embedded jars (rebuilt on every build) keep the build timestamp, so unchanged sources
     * still give a byte-identical manifest.
     */
    private java.time.Instant lastModified(VfsEntry entry) {
        if (entry.folder() || entry.content() == null || entry.path().contains("/lib/")) {
            return null;
        }
        try {
            java.time.Instant mtime = java.nio.file.Files.getLastModifiedTime(entry.content()).toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            return mtime.isAfter(timestamp.instant()) ? mtime : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static List<ExportPointSpec> exportPoints(ModuleDescriptor configured, ModuleLayout layout) {
        List<ExportPointSpec> points = new ArrayList<>();
        String lib = ModuleLayout.libFolder(configured.name());
        boolean hasLibFiles = layout.entries().stream()
            .anyMatch(e -> !e.folder() && e.parentPath().equals(lib));
        if (hasLibFiles) {
            points.add(new ExportPointSpec("/" + lib + "/", LIB_DESTINATION));
        }
        for (ExportPointSpec point : configured.exportPoints()) {
            if (points.stream().noneMatch(p -> p.uri().equals(point.uri()))) {
                points.add(point);
            }
        }
        return points;
    }

    private static void requireKnownPropertyPaths(ModuleLayout layout, PropertyAssignments properties)
        throws ModulePackagingException {
        for (String path : properties.paths()) {
            boolean known = layout.entries().stream().anyMatch(e -> e.path().equals(path));
            if (!known) {
                throw new ModulePackagingException("properties.properties names /" + path
                    + ", which is not in the module's VFS tree.");
            }
        }
    }
}
