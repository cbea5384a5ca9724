package org.portalkit.core.list;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a list.
 *
 * @param id        the structure id
 * @param rootPath  the resource's root path
 * @param link      the link to it as OpenCms' link manager makes it (for {@code href}, still to be HTML-encoded)
 * @param type      the resource type
 * @param title     the title (the file name when the title field is empty)
 * @param date      the list's date, or {@code null}
 * @param teaser    the teaser text, or empty
 * @param imagePath  the image's root or site path (first line of the field), or empty
 * @param categories the item's category paths ({@code category_exact}, e.g. {@code lao-dong-viec-lam/})
 */
public record ListItem(String id, String rootPath, String link, String type, String title, Instant date, String teaser,
    String imagePath, List<String> categories) {

    /** Copies the categories ({@code null}: none). */
    public ListItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
