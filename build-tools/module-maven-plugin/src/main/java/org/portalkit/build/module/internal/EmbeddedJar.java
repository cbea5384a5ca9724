package org.portalkit.build.module.internal;

import java.nio.file.Path;

/**
 * A jar that goes into the module's {@code lib/} folder.
 *
 * @param fileName name of the jar in the VFS, e.g. {@code module-news-0.1.0.jar}
 * @param file     the jar on disk
 */
public record EmbeddedJar(String fileName, Path file) {
}
