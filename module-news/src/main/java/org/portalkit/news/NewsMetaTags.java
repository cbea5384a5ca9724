package org.portalkit.news;

import java.time.ZoneId;
import java.util.List;

import org.portalkit.core.page.MetaTag;
import org.portalkit.core.page.MetaTags;

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
        String description = article.getDescription();
        NewsArticle.Image image = article.getSocialImage();
        String imageAlt = image == null ? "" : image.getAlt();
        MetaTags tags = new MetaTags();
        tags.property("og:type", "article").property("og:title", article.getTitle())
            .property("og:description", description).property("og:url", url).property("og:site_name", siteName)
            .property("og:locale", MetaTags.ogLocale(article.getLocale())).property("og:image", imageUrl);
        if (imageUrl != null) {
            tags.property("og:image:alt", imageAlt);
        }
        tags.property("article:published_time", NewsFormat.isoDateTime(article.getPublishDate(), zone))
            .property("article:modified_time",
                NewsFormat.isoDateTime(Math.max(article.getLastModified(), article.getPublishDate()), zone))
            .property("article:section", article.getSection())
            .name("twitter:card", imageUrl == null ? "summary" : "summary_large_image")
            .name("twitter:title", article.getTitle()).name("twitter:description", description)
            .name("twitter:image", imageUrl);
        if (imageUrl != null) {
            tags.name("twitter:image:alt", imageAlt);
        }
        return tags.build();
    }
}
