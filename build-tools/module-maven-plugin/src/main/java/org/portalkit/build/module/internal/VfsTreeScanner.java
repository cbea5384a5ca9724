package org.portalkit.build.module.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a VFS tree from disk ({@code src/main/vfs}): every folder and file below the root becomes a
 * {@link VfsEntry}, sorted. Placeholder and OS clutter files ({@code .gitkeep} and friends) are skipped, but the
 * folder that holds them is kept, so empty VFS folders can live in git.
 */
public final class VfsTreeScanner {

    /** File names that never go into a module. */
    public static final Set<String> IGNORED_FILE_NAMES = Set.of(".gitkeep", ".gitignore", ".DS_Store", "Thumbs.db");

    private VfsTreeScanner() {
    }

    public static List<VfsEntry> scan(Path root) throws ModulePackagingException {
        if (!Files.isDirectory(root)) {
            throw new ModulePackagingException("The VFS tree " + root + " does not exist; a module needs at least"
                + " its folder src/main/vfs/system/modules/<moduleName>/.");
        }
        List<VfsEntry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (path.equals(root) || IGNORED_FILE_NAMES.contains(path.getFileName().toString())) {
                    continue;
                }
                String vfsPath = toVfsPath(root.relativize(path));
                ModuleNames.requireValidVfsPath(vfsPath);
                if (Files.isDirectory(path)) {
                    entries.add(VfsEntry.folder(vfsPath));
                } else {
                    entries.add(VfsEntry.file(vfsPath, path));
                }
            }
        } catch (IOException e) {
            throw new ModulePackagingException("Cannot read the VFS tree " + root + ": " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new ModulePackagingException("The VFS tree " + root + " is empty; a module needs at least"
                + " its folder system/modules/<moduleName>/ (keep empty folders in git with a .gitkeep file).");
        }
        entries.sort(VfsEntry.BY_PATH);
        return entries;
    }

    private static String toVfsPath(Path relative) {
        List<String> segments = new ArrayList<>();
        relative.forEach(segment -> segments.add(segment.toString()));
        return String.join("/", segments);
    }
}
