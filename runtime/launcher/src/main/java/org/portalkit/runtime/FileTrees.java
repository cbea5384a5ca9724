package org.portalkit.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting folders with everything in them; the launcher does it in several places. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Deletes a file, or a folder with everything below it; nothing happens if it does not exist.
     *
     * @param path the file or folder
     * @throws IOException if something cannot be deleted
     */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path);
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Deletes everything inside a folder and keeps the folder.
     *
     * @param dir the folder
     * @throws IOException if something cannot be deleted
     */
    public static void empty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.toList()) {
                delete(child);
            }
        }
    }
}
