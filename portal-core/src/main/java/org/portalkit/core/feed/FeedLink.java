package org.portalkit.core.feed;

/**
 * A feed a page announces in its head ({@code <link rel="alternate" type="application/rss+xml">}): JSPs write both
 * values escaped ({@code fn:escapeXml}).
 *
 * @param href  the feed's link (server-relative, from OpenCms' link manager)
 * @param title the feed's title
 */
public record FeedLink(String href, String title) {

    /** @return the media type of the link, {@code application/rss+xml} */
    public String getType() {
        return "application/rss+xml";
    }

    /** @return {@link #href()}, for JSP EL */
    public String getHref() {
        return href;
    }

    /** @return {@link #title()}, for JSP EL */
    public String getTitle() {
        return title;
    }
}
