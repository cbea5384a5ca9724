package org.portalkit.core.feed;

import java.util.Locale;
import java.util.Objects;

/**
 * What a feed says about itself: title, the page it belongs to, description, language and its own address.
 *
 * @param title       the channel title
 * @param link        absolute URL of the page that shows the list (or the site's home page)
 * @param description the channel description (RSS requires one; may be empty)
 * @param language    the language of the items
 * @param selfLink    absolute URL of the feed itself ({@code atom:link rel="self"}), or {@code null}
 */
public record FeedChannel(String title, String link, String description, Locale language, String selfLink) {

    /** Checks the required parts. */
    public FeedChannel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        description = description == null ? "" : description;
        Objects.requireNonNull(language, "language");
    }
}
