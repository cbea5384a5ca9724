package org.portalkit.news;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Open Graph and Twitter card tags of a news page, so that shared links show title, description and image.
 */
public final class NewsMetaTags {

    private NewsMetaTags() {
    }

    /**
     * @param article  the article
     * @param url      absolute URL of the page, or {@code null}
     * @param imageUrl absolute URL of the image, or {@code null}
     * @param siteName the site's name, or {@code null}
     * @param zone     time zone of the dates
     * @return the tags in the order they should appear
     */
    public static List<MetaTag> build(NewsArticle article, String url, String imageUrl, String siteName,
        ZoneId zone) {
        List<MetaTag> tags = new ArrayList<>();
        String description = article.getDescription();
        NewsArticle.Image image = article.getSocialImage();
        String imageAlt = image == null ? "" : image.getAlt();
        og(tags, "og:type", "article");
        og(tags, "og:title", article.getTitle());
        og(tags, "og:description", description);
        og(tags, "og:url", url);
        og(tags, "og:site_name", siteName);
        og(tags, "og:locale", ogLocale(article.getLocale()));
        og(tags, "og:image", imageUrl);
        if (imageUrl != null) {
            og(tags, "og:image:alt", imageAlt);
        }
        og(tags, "article:published_time", NewsFormat.isoDateTime(article.getPublishDate(), zone));
        og(tags, "article:modified_time",
            NewsFormat.isoDateTime(Math.max(article.getLastModified(), article.getPublishDate()), zone));
        og(tags, "article:section", article.getSection());
        name(tags, "twitter:card", imageUrl == null ? "summary" : "summary_large_image");
        name(tags, "twitter:title", article.getTitle());
        name(tags, "twitter:description", description);
        name(tags, "twitter:image", imageUrl);
        if (imageUrl != null) {
            name(tags, "twitter:image:alt", imageAlt);
        }
        return tags;
    }

    /** {@code vi} becomes {@code vi_VN}, {@code en} {@code en_US}; other locales keep their own form. */
    static String ogLocale(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale.getLanguage() + "_" + locale.getCountry();
        }
        switch (locale.getLanguage()) {
            case "vi":
                return "vi_VN";
            case "en":
                return "en_US";
            default:
                return locale.getLanguage();
        }
    }

    private static void og(List<MetaTag> tags, String key, String value) {
        if (value != null && !value.isBlank()) {
            tags.add(new MetaTag("property", key, value.strip()));
        }
    }

    private static void name(List<MetaTag> tags, String key, String value) {
        if (value != null && !value.isBlank()) {
            tags.add(new MetaTag("name", key, value.strip()));
        }
    }
}
