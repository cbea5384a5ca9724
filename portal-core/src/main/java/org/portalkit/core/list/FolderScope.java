package org.portalkit.core.list;

import org.portalkit.core.list.internal.Values;

/**
 * A folder a list shows items from.
 *
 * @param rootPath   the folder's root path with a trailing slash, e.g. {@code /sites/default/tin-tuc/}
 * @param subfolders whether items in folders below it count too
 */
public record FolderScope(String rootPath, boolean subfolders) {

    /** Checks the path: a root path of {@code a-z 0-9 . _ - /} ending in a slash, no {@code //} or {@code ..}. */
    public FolderScope {
        if (!Values.isFolderPath(rootPath)) {
            throw new IllegalArgumentException("Not a folder root path: " + Values.shown(rootPath));
        }
    }
}
