package org.portalkit.news;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portalkit.news.internal.Json;

/**
 * The schema.org {@code NewsArticle} description of an article for search engines, as JSON-LD for a
 * {@code <script type="application/ld+json">} element. All URLs must already be absolute; every text is JSON-encoded
 * so that the result can be written into the page unchanged.
 */
public final class NewsJsonLd {

    private NewsJsonLd() {
    }

    /**
     * @param article   the article
     * @param url       absolute URL of the article's page
     * @param imageUrl  absolute URL of its image, or {@code null}
     * @param publisher name of the publishing body (the poster, else the site's title)
     * @param zone      time zone of the dates
     * @return the JSON-LD object
     */
    public static String build(NewsArticle article, String url, String imageUrl, String publisher, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("headline", article.getTitle());
        putIfPresent(json, "description", article.getDescription());
        if (url != null) {
            json.put("url", url);
            json.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        }
        putIfPresent(json, "datePublished", NewsFormat.isoDateTime(article.getPublishDate(), zone));
        putIfPresent(json, "dateModified",
            NewsFormat.isoDateTime(Math.max(article.getLastModified(), article.getPublishDate()), zone));
        if (imageUrl != null) {
            json.put("image", List.of(imageUrl));
        }
        putIfPresent(json, "articleSection", article.getSection());
        json.put("inLanguage", article.getLocale().toLanguageTag());
        if (publisher != null && !publisher.isBlank()) {
            Map<String, Object> organization = new LinkedHashMap<>();
            organization.put("@type", "Organization");
            organization.put("name", publisher.strip());
            json.put("author", organization);
            json.put("publisher", organization);
        }
        if (!article.getCategories().isEmpty()) {
            json.put("keywords", String.join(", ", article.getCategories()));
        }
        return Json.write(json);
    }

    private static void putIfPresent(Map<String, Object> json, String key, String value) {
        if (value != null && !value.isBlank()) {
            json.put(key, value);
        }
    }
}
