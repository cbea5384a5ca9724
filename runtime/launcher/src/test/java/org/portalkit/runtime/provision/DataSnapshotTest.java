package org.portalkit.runtime.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.RuntimeLayout;

/** {@link DataSnapshot}: what an upgrade changes is saved, and put back exactly, and nothing else is touched. */
class DataSnapshotTest {

    private static final FileTime OLD = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    Path m_tmp;

    private RuntimeLayout m_layout;
    private Path m_data;

    @BeforeEach
    void setUp() throws IOException {

        m_layout = RuntimeLayout.of(m_tmp.resolve("data"));
        m_data = m_layout.dataDir();
        write("db/opencms.script", "CREATE TABLE CMS_USERS");
        write("db/opencms.properties", "version=2.7");
        write("webapp/WEB-INF/config/a.xml", "<a/>");
        write("webapp/WEB-INF/config/b.xml", "<b/>");
        write("webapp/WEB-INF/config/backup/2026-12-01_21-23-11_a.xml", "<a0/>");
        write("webapp/WEB-INF/lib/x.jar", "jar x");
        Files.setLastModifiedTime(m_data.resolve("webapp/WEB-INF/lib/x.jar"), OLD);
        write("webapp/WEB-INF/packages/p.properties", "org.a@1.0.0=abc");
        write("webapp/WEB-INF/web.xml", "<web-app/>");
        write("runtime.properties", "port=8080\nshellPort=18080\n");
        write("seeded-demo.sha256", "1234\n");
        write(".provisioned", "");
        // outside the snapshot's parts
        write("admin-password", "secret");
        write("server.log", "line 1\n");
        write("webapp/WEB-INF/logs/opencms.log", "log 1\n");
        write("webapp/index.html", "home");
    }

    @Test
    void restorePutsBackExactlyThePreviousStateAndRemovesTheSnapshot() throws Exception {

        Map<String, String> before = tree(m_data);
        DataSnapshot snapshot = DataSnapshot.take(m_layout);
        assertTrue(DataSnapshot.existsFor(m_layout));
        assertEquals(before, treeWithoutSnapshot(), "taking a snapshot changes nothing");

        // what a failed upgrade may leave behind
        write("db/opencms.script", "CREATE TABLE CMS_USERS; INSERT half");
        write("db/opencms.log", "redo");
        Files.delete(m_data.resolve("webapp/WEB-INF/config/b.xml"));
        write("webapp/WEB-INF/config/a.xml", "<a changed=\"yes\"/>");
        write("webapp/WEB-INF/lib/new-module.jar", "new jar");
        write("webapp/WEB-INF/lib/x.jar", "jar x, newer");
        write("webapp/WEB-INF/packages/p.properties", "org.a@2.0.0=def");
        write("webapp/WEB-INF/index/segment", "index");
        Files.delete(m_data.resolve("webapp/WEB-INF/web.xml"));
        write("runtime.properties", "port=9090\nshellPort=19090\n");
        write("installed-modules.properties", "new");
        // and what the server wrote meanwhile, outside the parts
        write("server.log", "line 1\nline 2\n");
        write("webapp/WEB-INF/logs/opencms.log", "log 1\nlog 2\n");
        Map<String, String> outsideAfterUpgrade = outsideParts(treeWithoutSnapshot());

        snapshot.restore();

        Map<String, String> after = tree(m_data);
        Map<String, String> expected = new TreeMap<>(before);
        expected.putAll(outsideAfterUpgrade);
        assertEquals(expected, after);
        assertFalse(DataSnapshot.existsFor(m_layout));
        assertFalse(Files.exists(m_data.resolve(DataSnapshot.FOLDER)));
        assertFalse(Files.exists(m_data.resolve("webapp/WEB-INF/index")), "a part that did not exist before is gone again");
        assertEquals(OLD, Files.getLastModifiedTime(m_data.resolve("webapp/WEB-INF/lib/x.jar")),
            "file times come back too (the provisioner compares them)");
        assertEquals("secret", Files.readString(m_data.resolve("admin-password")));
        assertEquals("line 1\nline 2\n", Files.readString(m_data.resolve("server.log")), "the server log is not put back");
    }

    @Test
    void theSnapshotHoldsOnlyTheParts() throws Exception {

        DataSnapshot.take(m_layout);
        Map<String, String> saved = tree(m_data.resolve(DataSnapshot.FOLDER));
        assertTrue(saved.containsKey("db/opencms.script"), saved.keySet().toString());
        assertTrue(saved.containsKey("webapp/WEB-INF/config/backup/2026-12-01_21-23-11_a.xml"), saved.keySet().toString());
        assertTrue(saved.containsKey("runtime.properties"), saved.keySet().toString());
        assertTrue(saved.containsKey(".provisioned"), saved.keySet().toString());
        for (String outside : new String[] {"admin-password", "server.log", "webapp/WEB-INF/logs/opencms.log", "webapp/index.html"}) {
            assertFalse(saved.containsKey(outside), outside + " is not part of the snapshot");
        }
        assertFalse(Files.exists(m_data.resolve(DataSnapshot.FOLDER + ".incomplete")));
    }

    @Test
    void restoreInterruptedPutsBackALeftSnapshotOnce() throws Exception {

        assertFalse(DataSnapshot.restoreInterrupted(m_layout), "no snapshot, nothing to put back");
        Map<String, String> before = tree(m_data);
        DataSnapshot.take(m_layout);
        write("db/opencms.script", "broken by an interrupted upgrade");
        Files.delete(m_data.resolve("webapp/WEB-INF/config/a.xml"));

        assertTrue(DataSnapshot.restoreInterrupted(m_layout));

        assertEquals(before, tree(m_data));
        assertFalse(DataSnapshot.existsFor(m_layout));
        assertFalse(DataSnapshot.restoreInterrupted(m_layout), "only once");
        assertEquals(before, tree(m_data));
    }

    @Test
    void aRestoreThatWasItselfInterruptedCanBeRepeated() throws Exception {

        Map<String, String> before = tree(m_data);
        DataSnapshot.take(m_layout);
        write("db/opencms.script", "changed by the upgrade");
        write("runtime.properties", "port=9090\n");
        // the first restore got as far as putting back the database, then the installer was killed
        Path saved = m_data.resolve(DataSnapshot.FOLDER);
        org.portalkit.runtime.FileTrees.delete(m_data.resolve("db"));
        if (Files.exists(saved.resolve("db"))) {
            Files.move(saved.resolve("db"), m_data.resolve("db"), StandardCopyOption.ATOMIC_MOVE);
        }
        assertTrue(DataSnapshot.existsFor(m_layout), "the snapshot is removed only after the whole restore");

        assertTrue(DataSnapshot.restoreInterrupted(m_layout));

        assertEquals(before, tree(m_data), "the next run puts back the whole previous state, the database included");
    }

    @Test
    void discardLeftoverRemovesTheSnapshotAndKeepsTheCurrentState() throws Exception {

        DataSnapshot.discardLeftover(m_layout);
        DataSnapshot.take(m_layout);
        write("db/opencms.script", "upgraded");
        write("runtime.properties", "port=9090\n");
        Map<String, String> upgraded = treeWithoutSnapshot();

        DataSnapshot.discardLeftover(m_layout);

        assertFalse(DataSnapshot.existsFor(m_layout));
        assertEquals(upgraded, tree(m_data));
    }

    @Test
    void discardKeepsTheCurrentState() throws Exception {

        DataSnapshot snapshot = DataSnapshot.take(m_layout);
        write("webapp/WEB-INF/lib/new-module.jar", "new jar");
        Map<String, String> upgraded = treeWithoutSnapshot();
        snapshot.discard();
        assertFalse(DataSnapshot.existsFor(m_layout));
        assertEquals(upgraded, tree(m_data));
    }

    @Test
    void takeReplacesAnIncompleteCopyOfAnEarlierAttempt() throws Exception {

        Path incomplete = m_data.resolve(DataSnapshot.FOLDER + ".incomplete");
        Files.createDirectories(incomplete.resolve("db"));
        Files.writeString(incomplete.resolve("db/opencms.script"), "half a copy");
        Files.writeString(incomplete.resolve("stray.txt"), "x");
        assertFalse(DataSnapshot.existsFor(m_layout), "an incomplete copy is no snapshot");
        assertFalse(DataSnapshot.restoreInterrupted(m_layout), "an incomplete copy is never put back");
        Map<String, String> before = treeWithout(DataSnapshot.FOLDER + ".incomplete");

        DataSnapshot snapshot = DataSnapshot.take(m_layout);

        assertFalse(Files.exists(incomplete));
        Map<String, String> saved = tree(m_data.resolve(DataSnapshot.FOLDER));
        assertEquals("CREATE TABLE CMS_USERS", saved.get("db/opencms.script"));
        assertFalse(saved.containsKey("stray.txt"));
        write("db/opencms.script", "changed");
        snapshot.restore();
        assertEquals(before, tree(m_data));
    }

    @Test
    void aDataDirectoryWithNoneOfThePartsCanBeSavedAndPutBack() throws Exception {

        RuntimeLayout bare = RuntimeLayout.of(Files.createDirectories(m_tmp.resolve("bare")));
        Files.writeString(bare.dataDir().resolve("admin-password"), "secret");
        DataSnapshot snapshot = DataSnapshot.take(bare);
        assertTrue(DataSnapshot.existsFor(bare));
        Files.createDirectories(bare.databaseDir());
        Files.writeString(bare.databaseDir().resolve("opencms.script"), "created by the failed upgrade");
        snapshot.restore();
        assertFalse(Files.exists(bare.databaseDir()), "what the upgrade created is gone");
        assertEquals("secret", Files.readString(bare.dataDir().resolve("admin-password")));
        assertFalse(DataSnapshot.existsFor(bare));
    }

    // ------------------------------------------------------------------ helpers

    private void write(String relative, String content) throws IOException {

        Path file = m_data.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private Map<String, String> treeWithoutSnapshot() throws IOException {

        return treeWithout(DataSnapshot.FOLDER);
    }

    private Map<String, String> treeWithout(String top) throws IOException {

        Map<String, String> all = tree(m_data);
        all.keySet().removeIf(k -> k.equals(top) || k.startsWith(top + "/"));
        return all;
    }

    private static Map<String, String> outsideParts(Map<String, String> tree) {

        Map<String, String> outside = new TreeMap<>(tree);
        outside.keySet().removeIf(k -> DataSnapshot.parts().stream().anyMatch(part -> k.equals(part) || k.startsWith(part + "/")));
        return outside;
    }

    /** @return every file (relative path to content) and folder (relative path with "/" to "") below the root */
    private static Map<String, String> tree(Path root) throws IOException {

        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>)walk::iterator) {
                if (p.equals(root)) {
                    continue;
                }
                String relative = root.relativize(p).toString();
                result.put(Files.isDirectory(p) ? relative + "/" : relative, Files.isDirectory(p) ? "" : Files.readString(p));
            }
        }
        return result;
    }
}
