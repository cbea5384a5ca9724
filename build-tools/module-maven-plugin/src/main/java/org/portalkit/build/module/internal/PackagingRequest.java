package org.portalkit.build.module.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * The inputs of one module build.
 *
 * @param module              module description as configured (resources and the lib export point are added)
 * @param vfsRoot             the VFS tree, {@code src/main/vfs}
 * @param moduleSources       the folder with the optional {@code resourcetypes.xml}, {@code explorertypes.xml},
 *                            {@code types.properties} and {@code properties.properties}, {@code src/main/module}
 * @param jars                jars for the module's {@code lib/} folder
 * @param additionalResources further module resources (root paths)
 * @param outputDirectory     where the zip goes, {@code target}
 * @param timestamp           the date written everywhere
 * @param creator             creator and resource user name, e.g. {@code Admin}
 * @param opencmsVersion      OpenCms version written into the export info
 */
public record PackagingRequest(
    ModuleDescriptor module,
    Path vfsRoot,
    Path moduleSources,
    List<EmbeddedJar> jars,
    List<String> additionalResources,
    Path outputDirectory,
    BuildTimestamp timestamp,
    String creator,
    String opencmsVersion) {

    public PackagingRequest {
        jars = List.copyOf(jars);
        additionalResources = List.copyOf(additionalResources);
    }
}
