package org.portalkit.runtime.provision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps WEB-INF/config/backup small. OpenCms copies every configuration file it writes there, named
 * {@code yyyy-MM-dd_HH-mm-ss_<file>}, at every start and every configuration change, and never removes
 * one: about ten files per start. This keeps the newest few copies of each configuration file.
 */
public final class ConfigBackups {

    /** How many copies of each configuration file are kept. */
    public static final int KEEP_PER_FILE = 3;

    private static final Pattern BACKUP_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})_(.+)");

    private ConfigBackups() {
    }

    /**
     * @param backupDir WEB-INF/config/backup
     * @param keep copies to keep per configuration file
     * @return how many files were deleted
     * @throws IOException if the folder cannot be listed or a file not deleted
     */
    public static int prune(Path backupDir, int keep) throws IOException {
        if (!Files.isDirectory(backupDir)) {
            return 0;
        }
        Map<String, List<Path>> byConfigFile = new TreeMap<>();
        try (Stream<Path> files = Files.list(backupDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = BACKUP_NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    byConfigFile.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(file);
                }
            }
        }
        int deleted = 0;
        for (List<Path> copies : byConfigFile.values()) {
            // the time stamp leads the name, so names sort oldest first
            copies.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path old : copies.subList(0, Math.max(0, copies.size() - keep))) {
                Files.deleteIfExists(old);
                deleted++;
            }
        }
        return deleted;
    }
}
