package org.portalkit.notices;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portalkit.core.html.HtmlSanitizer;
import org.portalkit.core.page.MetaTag;
import org.portalkit.core.page.MetaTags;
import org.portalkit.core.text.DisplayDates;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteUrls;

/**
 * What the detail formatter, the notice page and the print view show of one notice, prepared for output: the body
 * is sanitized ({@link HtmlSanitizer}), the JSON-LD JSON-encoded; every other getter returns plain text that the JSP
 * encodes. All links are built on the server.
 */
public final class NoticeView {

    private final Notice notice;
    private final Locale locale;
    private final ZoneId zone;
    private final long views;
    private final Urls urls;
    private final String siteName;
    private final long now;

    /**
     * @param notice   the notice
     * @param zone     time zone of the dates
     * @param views    its current number of views
     * @param urls     the links of the page
     * @param siteName the site's name
     * @param now      the current time (whether the deadline has passed)
     */
    NoticeView(Notice notice, ZoneId zone, long views, Urls urls, String siteName, long now) {
        this(notice, notice.getLocale(), zone, views, urls, siteName, now);
    }

    private NoticeView(Notice notice, Locale locale, ZoneId zone, long views, Urls urls, String siteName,
        long now) {
        this.notice = notice;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.zone = zone == null ? DisplayDates.DEFAULT_ZONE : zone;
        this.views = views;
        this.urls = urls == null ? new Urls(null, "/", "", "", "", "", "") : urls;
        this.siteName = siteName == null ? "" : siteName;
        this.now = now;
    }

    /** A view for "no such notice": {@link #isFound()} is false. */
    static NoticeView notFound(Locale locale) {
        return new NoticeView(null, locale, null, 0, null, null, 0);
    }

    public boolean isFound() {
        return notice != null;
    }

    public Notice getNotice() {
        return notice;
    }

    /** Value for {@code lang}, e.g. {@code vi}. */
    public String getLang() {
        return locale.toLanguageTag();
    }

    /** Labels in the notice's language: {@code ${notice.text['notices.number']}}. */
    public Map<String, String> getText() {
        return Messages.texts(locale);
    }

    /** The body, sanitized; write it unescaped. */
    public String getBodyHtml() {
        return notice == null ? "" : HtmlSanitizer.sanitize(notice.getBodyHtml());
    }

    /** The issue date as {@code dd/MM/yyyy}. */
    public String getIssueDateText() {
        return notice == null ? "" : DisplayDates.date(notice.getIssueDate(), zone);
    }

    /** The issue date for {@code <time datetime>}. */
    public String getIssueDateIso() {
        return notice == null ? "" : DisplayDates.isoDateTime(notice.getIssueDate(), zone);
    }

    /** The deadline as {@code dd/MM/yyyy}, empty when none. */
    public String getDeadlineText() {
        return notice == null ? "" : DisplayDates.date(notice.getDeadline(), zone);
    }

    public String getDeadlineIso() {
        return notice == null ? "" : DisplayDates.isoDateTime(notice.getDeadline(), zone);
    }

    /** Whether the notice has a deadline that has passed. */
    public boolean isDeadlinePassed() {
        return notice != null && notice.getDeadline() > 0 && notice.getDeadline() < now;
    }

    /** The documents with their download links, kinds ("PDF") and sizes ("1,5 MB"). */
    public List<DocumentView> getDocuments() {
        List<DocumentView> list = new ArrayList<>();
        if (notice != null) {
            for (Notice.Document document : notice.getDocuments()) {
                list.add(new DocumentView(urls.download + "&n=" + document.getIndex(), document.getText(),
                    NoticeFormat.kind(document.getFileName()), NoticeFormat.size(document.getBytes(), locale)));
            }
        }
        return list;
    }

    public long getViews() {
        return views;
    }

    /** Where "Back" leads: a page of this site the visitor came from, else the home page. */
    public String getBackUrl() {
        return urls.back;
    }

    public String getPrintUrl() {
        return urls.print;
    }

    /** Where the page's script sends the view beacon ({@code POST}). */
    public String getBeaconUrl() {
        return urls.beacon;
    }

    public String getCssUrl() {
        return urls.resources + "notices.css";
    }

    public String getPrintCssUrl() {
        return urls.resources + "notices-print.css";
    }

    /** The shared page script (portal-core's {@code page.js}): view beacon, print button. */
    public String getScriptUrl() {
        return urls.script;
    }

    /** Absolute URL of the notice's page, or {@code null} when the site has no configured address. */
    public String getCanonicalUrl() {
        return notice == null ? null : SiteUrls.absolute(urls.origin, notice.getLink());
    }

    /** The issuing unit, else the site's name. */
    public String getPublisher() {
        return notice == null || notice.getIssuingUnit().isEmpty() ? siteName : notice.getIssuingUnit();
    }

    public String getSiteName() {
        return siteName;
    }

    /** For {@code <meta name="description">}: the summary, else the number and title. */
    public String getDescription() {
        if (notice == null) {
            return "";
        }
        if (!notice.getSummary().isEmpty()) {
            return notice.getSummary();
        }
        return notice.getNumber().isEmpty() ? notice.getTitle() : notice.getNumber() + " - " + notice.getTitle();
    }

    /** The schema.org JSON-LD ({@link NoticeJsonLd}). */
    public String getJsonLd() {
        return notice == null ? "" : NoticeJsonLd.build(notice, getCanonicalUrl(), getPublisher(), zone);
    }

    /** Open Graph and Twitter tags for the page head. */
    public List<MetaTag> getMetaTags() {
        if (notice == null) {
            return List.of();
        }
        return new MetaTags().property("og:type", "article").property("og:title", notice.getTitle())
            .property("og:description", getDescription()).property("og:url", getCanonicalUrl())
            .property("og:site_name", siteName).property("og:locale", MetaTags.ogLocale(locale))
            .property("article:published_time", getIssueDateIso())
            .property("article:modified_time",
                DisplayDates.isoDateTime(Math.max(notice.getLastModified(), notice.getIssueDate()), zone))
            .property("article:expiration_time", DisplayDates.isoDateTime(notice.getExpiry(), zone))
            .name("twitter:card", "summary").name("twitter:title", notice.getTitle())
            .name("twitter:description", getDescription()).build();
    }

    /** One document as the page lists it. */
    public static final class DocumentView {

        private final String href;
        private final String text;
        private final String kind;
        private final String size;

        DocumentView(String href, String text, String kind, String size) {
            this.href = href;
            this.text = text;
            this.kind = kind;
            this.size = size;
        }

        /** The download link (the notice's id and the document's number, never a file path). */
        public String getHref() {
            return href;
        }

        public String getText() {
            return text;
        }

        /** The document's kind from its name, e.g. {@code PDF}; empty when unknown. */
        public String getKind() {
            return kind;
        }

        /** The size in the page's language, e.g. {@code 1,5 MB}. */
        public String getSize() {
            return size;
        }
    }

    /** The links of a notice page, all built on the server. */
    static final class Urls {

        final Origin origin;
        final String back;
        final String print;
        final String beacon;
        final String resources;
        final String download;
        final String script;

        /**
         * @param origin    the site's configured origin, may be {@code null}
         * @param back      the validated "Back" target
         * @param print     the print view
         * @param beacon    the view beacon
         * @param resources the module's {@code resources/} folder, with the trailing slash
         * @param download  the download endpoint with the notice's id ({@code …/download.jsp?id=…})
         * @param script    the page script ({@link org.portalkit.core.page.PageScript#link})
         */
        Urls(Origin origin, String back, String print, String beacon, String resources, String download,
            String script) {
            this.origin = origin;
            this.back = back;
            this.print = print;
            this.beacon = beacon;
            this.resources = resources;
            this.download = download;
            this.script = script;
        }
    }
}
