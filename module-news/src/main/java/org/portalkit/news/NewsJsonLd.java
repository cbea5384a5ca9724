package org.portalkit.news;

import java.io.IOException;
import java.time.ZoneId;

import org.portalkit.core.page.ScriptSafeJson;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The schema.org {@code NewsArticle} description of an article for search engines, as JSON-LD for a
 * {@code <script type="application/ld+json">} element. All URLs must already be absolute. The JSON is written by
 * Jackson with {@link ScriptSafeJson}'s escapes ({@code < > &} and U+2028/U+2029 as {@code \}{@code uXXXX}), so that
 * the result can be written into the page unchanged.
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
        return ScriptSafeJson.write(json -> {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "NewsArticle");
            json.writeStringField("headline", article.getTitle());
            writeIfPresent(json, "description", article.getDescription());
            if (url != null) {
                json.writeStringField("url", url);
                json.writeObjectFieldStart("mainEntityOfPage");
                json.writeStringField("@type", "WebPage");
                json.writeStringField("@id", url);
                json.writeEndObject();
            }
            writeIfPresent(json, "datePublished", NewsFormat.isoDateTime(article.getPublishDate(), zone));
            writeIfPresent(json, "dateModified",
                NewsFormat.isoDateTime(Math.max(article.getLastModified(), article.getPublishDate()), zone));
            if (imageUrl != null) {
                json.writeArrayFieldStart("image");
                json.writeString(imageUrl);
                json.writeEndArray();
            }
            writeIfPresent(json, "articleSection", article.getSection());
            json.writeStringField("inLanguage", article.getLocale().toLanguageTag());
            if (publisher != null && !publisher.isBlank()) {
                for (String field : new String[] {"author", "publisher"}) {
                    json.writeObjectFieldStart(field);
                    json.writeStringField("@type", "Organization");
                    json.writeStringField("name", publisher.strip());
                    json.writeEndObject();
                }
            }
            if (!article.getCategories().isEmpty()) {
                json.writeStringField("keywords", String.join(", ", article.getCategories()));
            }
            json.writeEndObject();
        });
    }

    private static void writeIfPresent(JsonGenerator json, String key, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            json.writeStringField(key, value);
        }
    }
}
