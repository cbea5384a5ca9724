package org.portalkit.build.module.internal;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One folder or file that goes into the module: its VFS path (no leading or trailing slash) and, for a file,
 * the file on disk whose bytes become the content.
 *
 * @param path    VFS path without leading slash, e.g. {@code system/modules/org.portalkit.news/schemas/news.xsd}
 * @param folder  whether this is a folder
 * @param content the file to copy (null for folders)
 */
public record VfsEntry(String path, boolean folder, Path content) {

    /** Parents before children, siblings by name; compares segment by segment so that subtrees stay together. */
    public static final Comparator<VfsEntry> BY_PATH = Comparator.comparing(VfsEntry::path, VfsEntry::comparePaths);

    public VfsEntry {
        Objects.requireNonNull(path, "path");
        if (!folder) {
            Objects.requireNonNull(content, "content of file " + path);
        }
    }

    public static VfsEntry folder(String path) {
        return new VfsEntry(path, true, null);
    }

    public static VfsEntry file(String path, Path content) {
        return new VfsEntry(path, false, content);
    }

    /** The last path segment. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The parent folder path, or the empty string for a top-level entry. */
    public String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The root-relative VFS path as OpenCms writes it: leading slash, and a trailing slash for folders. */
    public String rootPath() {
        return "/" + path + (folder ? "/" : "");
    }

    static int comparePaths(String left, String right) {
        String[] a = left.split("/");
        String[] b = right.split("/");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
