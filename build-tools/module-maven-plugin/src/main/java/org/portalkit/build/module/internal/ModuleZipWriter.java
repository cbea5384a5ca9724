package org.portalkit.build.module.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the module ZIP: {@code manifest.xml} first, then the content of every file of the manifest at its
 * {@code source} path, in manifest order, all with the same entry time. No folder entries (OpenCms creates folders
 * from the manifest), so equal inputs give equal bytes.
 */
public final class ModuleZipWriter {

    public static final String MANIFEST_ENTRY = "manifest.xml";

    private ModuleZipWriter() {
    }

    public static void write(Path zipFile, byte[] manifestXml, ModuleLayout layout, BuildTimestamp timestamp)
        throws ModulePackagingException {
        LocalDateTime entryTime = timestamp.zipEntryTime();
        try {
            Files.createDirectories(zipFile.toAbsolutePath().getParent());
            try (OutputStream file = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.setLevel(9);
                putEntry(zip, MANIFEST_ENTRY, entryTime);
                zip.write(manifestXml);
                zip.closeEntry();
                for (VfsEntry entry : layout.entries()) {
                    if (!entry.folder()) {
                        putEntry(zip, entry.path(), entryTime);
                        Files.copy(entry.content(), zip);
                        zip.closeEntry();
                    }
                }
            }
        } catch (IOException e) {
            throw new ModulePackagingException("Cannot write " + zipFile + ": " + e.getMessage(), e);
        }
    }

    private static void putEntry(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
    }
}
