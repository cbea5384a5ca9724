package org.portalkit.notices;

import java.time.ZoneId;

import org.portalkit.core.page.ScriptSafeJson;
import org.portalkit.core.text.DisplayDates;

/**
 * The schema.org description of a notice page for search engines: an {@code Article} of the genre "notice" whose
 * publisher is the issuing unit (a {@code GovernmentOrganization}), with the notice number as identifier and the
 * resource's expiry as {@code expires}. Written with {@link ScriptSafeJson}, so it can stand inside
 * {@code <script type="application/ld+json">} whatever the editors typed.
 */
final class NoticeJsonLd {

    private NoticeJsonLd() {
    }

    /**
     * @param notice    the notice
     * @param url       absolute URL of its page, or {@code null}
     * @param publisher the issuing unit, else the site's name
     * @param zone      time zone of the dates
     * @return the JSON text
     */
    static String build(Notice notice, String url, String publisher, ZoneId zone) {
        return ScriptSafeJson.write(json -> {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "Article");
            json.writeStringField("genre", "notice");
            json.writeStringField("headline", notice.getTitle());
            if (!notice.getNumber().isEmpty()) {
                json.writeStringField("identifier", notice.getNumber());
            }
            if (!notice.getSummary().isEmpty()) {
                json.writeStringField("description", notice.getSummary());
            }
            json.writeStringField("inLanguage", notice.getLocale().toLanguageTag());
            if (notice.getIssueDate() > 0) {
                json.writeStringField("datePublished", DisplayDates.isoDateTime(notice.getIssueDate(), zone));
            }
            long modified = Math.max(notice.getLastModified(), notice.getIssueDate());
            if (modified > 0) {
                json.writeStringField("dateModified", DisplayDates.isoDateTime(modified, zone));
            }
            if (notice.getExpiry() > 0) {
                json.writeStringField("expires", DisplayDates.isoDateTime(notice.getExpiry(), zone));
            }
            if (url != null) {
                json.writeStringField("url", url);
                json.writeObjectFieldStart("mainEntityOfPage");
                json.writeStringField("@type", "WebPage");
                json.writeStringField("@id", url);
                json.writeEndObject();
            }
            if (publisher != null && !publisher.isEmpty()) {
                json.writeObjectFieldStart("publisher");
                json.writeStringField("@type", "GovernmentOrganization");
                json.writeStringField("name", publisher);
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }
}
