package org.portalkit.core.search;

import java.time.Instant;
import java.util.List;

/**
 * One hit of the site search.
 *
 * @param id          the structure id
 * @param rootPath    the resource's root path
 * @param link        the link as OpenCms' link manager makes it (for {@code href}, still to be HTML-encoded)
 * @param type        the resource type
 * @param title       the title as plain text (to be HTML-encoded)
 * @param date        the type's date, or {@code null}
 * @param snippetHtml the text around the matches, <em>already HTML</em>: encoded text with {@code <mark>} around the
 *                    matches (or the encoded teaser), write it as it is
 * @param categories  the hit's category paths
 */
public record SearchHit(String id, String rootPath, String link, String type, String title, Instant date,
    String snippetHtml, List<String> categories) {

    /** Copies the categories ({@code null}: none). */
    public SearchHit {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
