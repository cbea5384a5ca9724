package org.portalkit.runtime.provision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.portalkit.runtime.FileTrees;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;

/**
 * A copy of everything an upgrade of the demo runtime changes (the database, WEB-INF's configuration,
 * libraries, search index and module packages, and the installer's records), taken while the server is
 * stopped, so that a failed upgrade can put back exactly the previous state: the same modules in the
 * same versions, the same content, the same settings.
 *
 * <p>The copy lives in {@code DATA/.upgrade-snapshot} until the upgrade has succeeded. One found at the
 * start of a run belongs to an upgrade that was interrupted; {@link #restoreInterrupted} puts it back.</p>
 */
public final class DataSnapshot {

    /** Folder of the snapshot inside the data directory. */
    public static final String FOLDER = ".upgrade-snapshot";

    /** File in the snapshot listing the parts it holds; a part not listed did not exist when it was taken. */
    static final String PARTS_LIST = ".snapshot-parts";

    private final RuntimeLayout m_layout;

    private DataSnapshot(RuntimeLayout layout) {
        m_layout = layout;
    }

    /** @return the paths, relative to the data directory, that a snapshot holds */
    static List<String> parts() {
        return List.of("db", "webapp/WEB-INF/config", "webapp/WEB-INF/lib", "webapp/WEB-INF/classes", "webapp/WEB-INF/index",
            "webapp/WEB-INF/solr", "webapp/WEB-INF/packages", "webapp/WEB-INF/web.xml", "runtime.properties",
            "installed-modules.properties", "seeded-demo.sha256", ".provisioned");
    }

    /**
     * Copies the current state (the server must be stopped).
     *
     * @param layout the data directory
     * @return the snapshot
     * @throws InstallException if the copy cannot be made (nothing is changed then)
     */
    public static DataSnapshot take(RuntimeLayout layout) throws InstallException {
        Path root = layout.dataDir().resolve(FOLDER);
        try {
            FileTrees.delete(root);
            Path incomplete = layout.dataDir().resolve(FOLDER + ".incomplete");
            FileTrees.delete(incomplete);
            Files.createDirectories(incomplete);
            List<String> held = new ArrayList<>();
            for (String part : parts()) {
                Path source = layout.dataDir().resolve(part);
                if (Files.exists(source)) {
                    copyTree(source, incomplete.resolve(part));
                    held.add(part);
                }
            }
            Files.write(incomplete.resolve(PARTS_LIST), held);
            // only a complete copy counts as a snapshot
            Files.move(incomplete, root, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InstallException("Cannot save the current state before the upgrade (" + e.getMessage()
                + "); nothing was changed. Is the disk full?", e);
        }
        return new DataSnapshot(layout);
    }

    /**
     * @param layout the data directory
     * @return whether a snapshot of an interrupted upgrade exists
     */
    public static boolean existsFor(RuntimeLayout layout) {
        return Files.isDirectory(layout.dataDir().resolve(FOLDER));
    }

    /**
     * Puts back the state saved by an upgrade that did not finish (the server must be stopped).
     *
     * @param layout the data directory
     * @return whether there was one
     * @throws InstallException if it cannot be put back
     */
    public static boolean restoreInterrupted(RuntimeLayout layout) throws InstallException {
        if (!existsFor(layout)) {
            return false;
        }
        new DataSnapshot(layout).restore();
        return true;
    }

    /**
     * Removes a snapshot left by an upgrade that got as far as starting the server.
     *
     * @param layout the data directory
     */
    public static void discardLeftover(RuntimeLayout layout) {
        if (existsFor(layout)) {
            new DataSnapshot(layout).discard();
        }
    }

    /**
     * Replaces the current state by the saved one and removes the snapshot.
     *
     * @throws InstallException if a file cannot be put back
     */
    public void restore() throws InstallException {
        Path root = m_layout.dataDir().resolve(FOLDER);
        try {
            Path list = root.resolve(PARTS_LIST);
            Set<String> held = Files.exists(list) ? new HashSet<>(Files.readAllLines(list)) : Set.of();
            for (String part : parts()) {
                Path saved = root.resolve(part);
                Path current = m_layout.dataDir().resolve(part);
                if (Files.exists(saved)) {
                    FileTrees.delete(current);
                    Files.createDirectories(current.getParent());
                    Files.move(saved, current, StandardCopyOption.ATOMIC_MOVE);
                } else if (!held.contains(part)) {
                    // it did not exist before the upgrade; a held part whose copy is gone was put back by an
                    // earlier restore that was cut short, and must stay
                    FileTrees.delete(current);
                }
            }
            removeSnapshot();
        } catch (IOException e) {
            throw new InstallException("Could not put back the state from before the upgrade: " + e.getMessage()
                + ". The saved copy is in " + root + "; the next ./install tries again.", e);
        }
    }

    /** Removes the snapshot after a successful upgrade. */
    public void discard() {
        try {
            removeSnapshot();
        } catch (IOException e) {
            // a leftover snapshot is found and put back by the next run, so try harder to remove it
            throw new IllegalStateException("Cannot remove " + m_layout.dataDir().resolve(FOLDER) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the snapshot folder. It is renamed first, so that a removal cut short never leaves a partial
     * snapshot that the next run would take for a whole one and put back.
     */
    private void removeSnapshot() throws IOException {
        Path root = m_layout.dataDir().resolve(FOLDER);
        if (!Files.exists(root)) {
            return;
        }
        Path trash = m_layout.dataDir().resolve(FOLDER + ".incomplete");
        FileTrees.delete(trash);
        Files.move(root, trash, StandardCopyOption.ATOMIC_MOVE);
        FileTrees.delete(trash);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (Files.isRegularFile(source)) {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>)walk::iterator) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
