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
 * @param views      the view count in a {@link ListSort#MOST_READ} list, otherwise {@value #NO_VIEWS}
 */
public record ListItem(String id, String rootPath, String link, String type, String title, Instant date, String teaser,
    String imagePath, List<String> categories, long views) {

    /** {@link #views()} of an item of a list that is not ordered by views. */
    public static final long NO_VIEWS = -1;

    /** Copies the categories ({@code null}: none). */
    public ListItem {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** An item without a view count. */
    public ListItem(String id, String rootPath, String link, String type, String title, Instant date, String teaser,
        String imagePath, List<String> categories) {
        this(id, rootPath, link, type, title, date, teaser, imagePath, categories, NO_VIEWS);
    }

    /**
     * @param count the view count
     * @return this item with the count
     */
    public ListItem withViews(long count) {
        return new ListItem(id, rootPath, link, type, title, date, teaser, imagePath, categories, count);
    }
}
