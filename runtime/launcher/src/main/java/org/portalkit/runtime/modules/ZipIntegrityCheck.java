package org.portalkit.runtime.modules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.portalkit.runtime.InstallException;

/**
 * Checks that a ZIP is intact inside: every entry can be read to its end, holds as many bytes as the ZIP says and
 * matches the CRC-32 stored for it, and no entry name occurs twice. The CRC is computed here, because the input
 * stream of {@link ZipFile} does not check it (for stored entries never, for deflated ones not reliably).
 *
 * <p>Guards modestly against ZIP bombs: a ZIP with more entries than {@link #MAX_ENTRIES}, or whose entries unpack
 * to more than {@link #MAX_TOTAL_BYTES}, is refused before or while it is read.
 */
final class ZipIntegrityCheck {

    /** At most this many entries; our largest module has a few dozen. */
    static final int MAX_ENTRIES = 100_000;

    /** At most this many uncompressed bytes in all entries together (2 GiB). */
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;

    private static final long GIB = 1024L * 1024 * 1024;

    private final int m_maxEntries;

    private final long m_maxTotalBytes;

    /**
     * @param maxEntries the most entries a ZIP may have
     * @param maxTotalBytes the most uncompressed bytes all entries may hold together
     */
    ZipIntegrityCheck(int maxEntries, long maxTotalBytes) {
        m_maxEntries = maxEntries;
        m_maxTotalBytes = maxTotalBytes;
    }

    /** @return a check with the limits {@link #MAX_ENTRIES} and {@link #MAX_TOTAL_BYTES} */
    static ZipIntegrityCheck withDefaultLimits() {
        return new ZipIntegrityCheck(MAX_ENTRIES, MAX_TOTAL_BYTES);
    }

    /**
     * Reads every entry of the ZIP to its end.
     *
     * @param zip the opened ZIP
     * @param zipName the ZIP's file name, for messages
     * @return the names of all entries, in ZIP order
     * @throws InstallException naming the ZIP and the first entry that is damaged, or the limit that was exceeded
     */
    List<String> check(ZipFile zip, String zipName) throws InstallException {
        if (zip.size() > m_maxEntries) {
            throw new InstallException("Module ZIP " + zipName + " has " + zip.size() + " entries, more than the " + m_maxEntries
                + " a module ZIP may have; it may be a ZIP bomb. Use a ZIP built by the module build, from a source you trust.");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        byte[] buffer = new byte[65536];
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!seen.add(name)) {
                throw damaged(zipName, "it holds the entry " + name + " twice, and OpenCms would import only one of them");
            }
            names.add(name);
            if ((entry.getSize() > 0) && (entry.getSize() > (m_maxTotalBytes - total))) {
                throw tooLarge(zipName);
            }
            CRC32 crc = new CRC32();
            long read = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    read += n;
                    total += n;
                    if (total > m_maxTotalBytes) {
                        throw tooLarge(zipName);
                    }
                    crc.update(buffer, 0, n);
                }
            } catch (IOException e) {
                // ZipException, EOFException: truncated or garbled data
                throw damaged(zipName, "entry " + name + " cannot be read to its end (" + describe(e) + ")", e);
            }
            if ((entry.getSize() >= 0) && (read != entry.getSize())) {
                throw damaged(zipName, "entry " + name + " holds " + read + " bytes but the ZIP says " + entry.getSize());
            }
            if (entry.getCrc() != crc.getValue()) {
                throw damaged(zipName, "entry " + name + " fails its CRC check (stored CRC " + hex(entry.getCrc()) + ", read "
                    + hex(crc.getValue()) + ")");
            }
        }
        return names;
    }

    private InstallException tooLarge(String zipName) {
        return new InstallException("Module ZIP " + zipName + " unpacks to more than " + describeBytes(m_maxTotalBytes)
            + ", more than a module ZIP may hold; it may be a ZIP bomb. Use a ZIP built by the module build, from a source you trust.");
    }

    private static InstallException damaged(String zipName, String problem) {
        return damaged(zipName, problem, null);
    }

    private static InstallException damaged(String zipName, String problem, Throwable cause) {
        return new InstallException("Module ZIP " + zipName + " is damaged: " + problem + ". " + ModuleZip.REMEDY, cause);
    }

    private static String describe(IOException e) {
        return (e.getMessage() == null) || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String hex(long crc) {
        return String.format("%08x", Long.valueOf(crc));
    }

    private static String describeBytes(long bytes) {
        return ((bytes % GIB) == 0) ? (bytes / GIB) + " GiB" : bytes + " bytes";
    }
}
