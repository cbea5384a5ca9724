package org.portalkit.news;

import org.portalkit.core.list.ListTypeMapping;

/**
 * What portal-core's list engine needs to know of news articles: which Solr fields (from the
 * {@code <searchsettings>} of {@code news.xsd}) hold title, date, teaser text and image, and the counter keys of
 * their views. Every news list (latest news, the archive, category lists, feeds) is a
 * {@link org.portalkit.core.list.ListDefinition} with this mapping.
 */
public final class NewsListMapping {

    /** The resource type of news articles. */
    public static final String TYPE = "pk-news";

    /** Counter keys of article views: this prefix and the article's structure id. */
    public static final String VIEWS_KEY_PREFIX = "pk.news.views.";

    /**
     * Title {@code newstitle_<locale>_s}, publication date {@code newsdate_<locale>_dt} (the list order), lead
     * {@code newslead_<locale>_s}, image {@code newsimage_<locale>_s} (social image, else the body images; the first
     * line counts), most-read key {@value #VIEWS_KEY_PREFIX}, Vietnamese title order {@code newstitle_<locale>_vsort}
     * (the title's collation key, a second {@code <solrfield>} of the title in {@code news.xsd}).
     */
    public static final ListTypeMapping MAPPING = new ListTypeMapping(TYPE, "newstitle_{locale}_s",
        "newsdate_{locale}_dt", "newslead_{locale}_s", "newsimage_{locale}_s", VIEWS_KEY_PREFIX,
        "newstitle_{locale}" + ListTypeMapping.COLLATION_SUFFIX);

    private NewsListMapping() {
    }
}
