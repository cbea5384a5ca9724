package org.portalkit.runtime.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConfigBackups#prune}: the newest copies per configuration file stay, by the time stamp in the name. */
class ConfigBackupsTest {

    private static final List<String> CONFIG_FILES = List.of("opencms-system.xml", "opencms-sites.xml", "opencms-modules.xml");

    /** Oldest first, deliberately spanning days, months and a year, listed here out of order. */
    private static final List<String> STAMPS = List.of("2026-12-01_21-23-11", "2025-12-31_23-59-59", "2026-12-01_09-05-00",
        "2026-01-15_10-00-00", "2026-12-01_21-23-12", "2026-11-30_23-00-00");

    @TempDir
    Path m_tmp;

    @Test
    void keepsTheNewestThreePerConfigurationFileByTheStampInTheName() throws Exception {

        Path backup = Files.createDirectories(m_tmp.resolve("backup"));
        List<String> sorted = STAMPS.stream().sorted().toList();
        for (String config : CONFIG_FILES) {
            for (int i = 0; i < sorted.size(); i++) {
                Path file = Files.writeString(backup.resolve(sorted.get(i) + "_" + config), sorted.get(i));
                // modification times in the opposite order: the oldest name is the newest file
                Files.setLastModifiedTime(file, FileTime.fromMillis(1_900_000_000_000L - (i * 60_000L)));
            }
        }
        // only two copies of this one: both stay
        Files.writeString(backup.resolve("2026-12-01_21-23-11_opencms-vfs.xml"), "x");
        Files.writeString(backup.resolve("2020-01-01_00-00-00_opencms-vfs.xml"), "x");
        // names that are not OpenCms backups are not ours to delete
        List<String> foreign = List.of("README.txt", "opencms-system.xml", "2026-12-01_opencms-system.xml", "2026-12-01_21-23-11",
            "x2020-01-01_00-00-00_opencms-system.xml");
        for (String name : foreign) {
            Files.writeString(backup.resolve(name), "keep");
        }
        Path folder = Files.createDirectories(backup.resolve("2019-01-01_00-00-00_opencms-system.xml.d"));

        int deleted = ConfigBackups.prune(backup, 3);

        assertEquals(CONFIG_FILES.size() * (STAMPS.size() - 3), deleted);
        Set<String> expected = new TreeSet<>(foreign);
        for (String config : CONFIG_FILES) {
            for (String stamp : sorted.subList(sorted.size() - 3, sorted.size())) {
                expected.add(stamp + "_" + config);
            }
        }
        expected.add("2026-12-01_21-23-11_opencms-vfs.xml");
        expected.add("2020-01-01_00-00-00_opencms-vfs.xml");
        expected.add(folder.getFileName().toString());
        assertEquals(expected, names(backup));
        assertTrue(names(backup).contains("2026-12-01_21-23-12_opencms-system.xml"), "the newest by name stays");
    }

    @Test
    void pruningAgainDeletesNothing() throws Exception {

        Path backup = Files.createDirectories(m_tmp.resolve("backup"));
        for (String stamp : STAMPS) {
            Files.writeString(backup.resolve(stamp + "_opencms-system.xml"), stamp);
        }
        assertEquals(STAMPS.size() - 3, ConfigBackups.prune(backup, 3));
        Set<String> after = names(backup);
        assertEquals(0, ConfigBackups.prune(backup, 3));
        assertEquals(after, names(backup));
        assertEquals(Set.of("2026-12-01_09-05-00_opencms-system.xml", "2026-12-01_21-23-11_opencms-system.xml",
            "2026-12-01_21-23-12_opencms-system.xml"), after);
    }

    @Test
    void keepingMoreThanThereAreDeletesNothingAndKeepingNoneDeletesAll() throws Exception {

        Path backup = Files.createDirectories(m_tmp.resolve("backup"));
        List<String> written = new ArrayList<>();
        for (String stamp : STAMPS) {
            written.add(Files.writeString(backup.resolve(stamp + "_opencms-sites.xml"), stamp).getFileName().toString());
        }
        assertEquals(0, ConfigBackups.prune(backup, STAMPS.size()));
        assertEquals(new TreeSet<>(written), names(backup));
        assertEquals(STAMPS.size(), ConfigBackups.prune(backup, 0));
        assertEquals(Set.of(), names(backup));
    }

    @Test
    void aMissingFolderIsNothingToPrune() throws Exception {

        assertEquals(0, ConfigBackups.prune(m_tmp.resolve("no-backup"), 3));
        Path file = Files.writeString(m_tmp.resolve("a-file"), "x");
        assertEquals(0, ConfigBackups.prune(file, 3));
        assertTrue(Files.exists(file));
    }

    private static Set<String> names(Path dir) throws Exception {

        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
