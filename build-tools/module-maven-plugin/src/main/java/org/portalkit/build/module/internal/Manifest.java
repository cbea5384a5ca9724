package org.portalkit.build.module.internal;

import java.util.List;

/**
 * The content of {@code manifest.xml}: export info, module description and the file list.
 *
 * @param creator        name written as creator and as the user of every resource
 * @param opencmsVersion OpenCms version the module is built for
 * @param timestamp      the one date used throughout
 * @param module         the module description
 * @param files          the file entries, parents before children
 */
public record Manifest(
    String creator,
    String opencmsVersion,
    BuildTimestamp timestamp,
    ModuleDescriptor module,
    List<ManifestFile> files) {

    /** OpenCms 11 writes and reads module exports in this format version. */
    public static final String EXPORT_VERSION = "10";

    /** Module imports go through the offline project. */
    public static final String INFO_PROJECT = "Offline";

    public Manifest {
        files = List.copyOf(files);
    }
}
