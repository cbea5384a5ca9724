package org.portalkit.build.module.internal;

import java.nio.file.Path;

/**
 * What a module build produced.
 *
 * @param zip      the module ZIP, {@code <moduleName>_<version>.zip}
 * @param checksum the {@code .sha256} file beside it
 * @param manifest the manifest written into the zip
 */
public record PackagingResult(Path zip, Path checksum, Manifest manifest) {
}
