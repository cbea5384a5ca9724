package org.portalkit.news;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portalkit.core.page.BackLink;
import org.portalkit.core.page.MetaTag;
import org.portalkit.core.url.SiteUrls;
import org.portalkit.core.html.HtmlSanitizer;
import org.portalkit.core.url.Origin;

/**
 * What the detail formatter, the news page and the print view show of one article: the article's values prepared
 * for output. Rich text is sanitized here ({@link HtmlSanitizer}), the footer line is HTML built with encoding, the
 * JSON-LD is JSON-encoded; all other getters return plain text that the JSP encodes ({@code c:out},
 * {@code fn:escapeXml}). All URLs are built on the server and are either site links or absolute {@code http(s)}
 * URLs.
 */
public final class NewsDetailView {

    private final NewsArticle article;
    private final Locale locale;
    private final ZoneId zone;
    private final long views;
    private final Urls urls;
    private final String siteName;
    private List<SectionView> sections;

    /**
     * @param article  the article
     * @param zone     time zone of the dates
     * @param views    the current number of views
     * @param urls     the links of the page
     * @param siteName the site's name (fallback for the publisher)
     */
    public NewsDetailView(NewsArticle article, ZoneId zone, long views, Urls urls, String siteName) {
        this(article, article.getLocale(), zone, views, urls, siteName);
    }

    private NewsDetailView(NewsArticle article, Locale locale, ZoneId zone, long views, Urls urls, String siteName) {
        this.article = article;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.zone = zone;
        this.views = views;
        this.urls = urls == null ? new Urls(null, "/", null, null, null, null) : urls;
        this.siteName = siteName == null ? "" : siteName;
    }

    /** A view for "no such article": {@link #isFound()} is false. */
    public static NewsDetailView notFound(Locale locale) {
        return new NewsDetailView(null, locale, NewsFormat.DEFAULT_ZONE, 0, null, null);
    }

    public boolean isFound() {
        return article != null;
    }

    public NewsArticle getArticle() {
        return article;
    }

    public Locale getLocale() {
        return locale;
    }

    /** Value for the {@code lang} attribute, e.g. {@code vi}. */
    public String getLang() {
        return getLocale().toLanguageTag();
    }

    /** Labels in the article's language: {@code ${news.text['news.back']}}. */
    public Map<String, String> getText() {
        return Messages.texts(getLocale());
    }

    /** The section in capitals, e.g. "VĂN PHÒNG SỞ"; empty when none. */
    public String getSectionHeading() {
        return article == null ? "" : NewsFormat.heading(article.getSection(), article.getLocale());
    }

    /** The body sections with sanitized HTML. */
    public List<SectionView> getSections() {
        if (sections == null) {
            List<SectionView> list = new ArrayList<>();
            if (article != null) {
                for (NewsArticle.Section section : article.getBody()) {
                    list.add(new SectionView(HtmlSanitizer.sanitize(section.getHtml()), section.getImage()));
                }
            }
            sections = Collections.unmodifiableList(list);
        }
        return sections;
    }

    public String getPublishDateText() {
        return article == null ? "" : NewsFormat.date(article.getPublishDate(), zone);
    }

    public String getEventDateText() {
        return article == null ? "" : NewsFormat.date(article.getEventDate(), zone);
    }

    /** ISO 8601 publication date for {@code <time datetime>}. */
    public String getPublishDateIso() {
        return article == null ? "" : NewsFormat.isoDateTime(article.getPublishDate(), zone);
    }

    public long getViews() {
        return views;
    }

    /** The footer line as plain text ({@code Đăng bởi : … Ngày đăng : … Lượt xem : …}). */
    public String getFooterText() {
        return article == null ? ""
            : NewsFormat.footerText(article.getPoster(), article.getPublishDate(), views, article.getLocale(), zone);
    }

    /** The footer line as HTML, values encoded; write it unescaped. */
    public String getFooterHtml() {
        return article == null ? ""
            : NewsFormat.footerHtml(article.getPoster(), article.getPublishDate(), views, article.getLocale(), zone);
    }

    /** Where "Back" leads: a page of this site the visitor came from, else the site's home page. */
    public String getBackUrl() {
        return urls.back;
    }

    /** The print view of the article. */
    public String getPrintUrl() {
        return urls.print;
    }

    /** Where the page's script sends the view beacon ({@code POST}). */
    public String getBeaconUrl() {
        return urls.beacon;
    }

    /** The module's style sheet for screens. */
    public String getCssUrl() {
        return urls.resource("news.css");
    }

    /** The style sheet of the print view. */
    public String getPrintCssUrl() {
        return urls.resource("news-print.css");
    }

    /** The shared page script (portal-core's {@code page.js}): sends the view beacon, runs the print button. */
    public String getScriptUrl() {
        return urls.script;
    }

    /** Related news with their dates as shown. */
    public List<NewsListItem> getRelated() {
        List<NewsListItem> list = new ArrayList<>();
        if (article != null) {
            for (NewsArticle.Link link : article.getRelated()) {
                list.add(new NewsListItem("", link.getText(), link.getHref(), link.getDate(),
                    NewsFormat.date(link.getDate(), zone), "", "", "", List.of(), 0));
            }
        }
        return list;
    }

    /** Absolute URL of the article's page (canonical URL), or {@code null} when unknown. */
    public String getCanonicalUrl() {
        return article == null ? null : SiteUrls.absolute(urls.origin, article.getLink());
    }

    /** Absolute URL of the article's image for social media, or {@code null}. */
    public String getImageUrl() {
        if (article == null || article.getSocialImage() == null) {
            return null;
        }
        return SiteUrls.absolute(urls.origin, article.getSocialImage().getSrc());
    }

    /** Name of the publishing body: the poster, else the site's name. */
    public String getPublisher() {
        return article == null || article.getPoster().isEmpty() ? siteName : article.getPoster();
    }

    public String getSiteName() {
        return siteName;
    }

    /** Text for {@code <meta name="description">}: the meta description, else the lead. */
    public String getDescription() {
        return article == null ? "" : article.getDescription();
    }

    /** The schema.org NewsArticle JSON-LD, ready for a {@code <script type="application/ld+json">} element. */
    public String getJsonLd() {
        return article == null ? "" : NewsJsonLd.build(article, getCanonicalUrl(), getImageUrl(), getPublisher(), zone);
    }

    /** Open Graph and Twitter tags for the page head. */
    public List<MetaTag> getMetaTags() {
        return article == null ? List.of()
            : NewsMetaTags.build(article, getCanonicalUrl(), getImageUrl(), siteName, zone);
    }

    /** One body section: sanitized HTML and an optional image. */
    public static final class SectionView {

        private final String html;
        private final NewsArticle.Image image;

        SectionView(String html, NewsArticle.Image image) {
            this.html = html;
            this.image = image;
        }

        /** Sanitized HTML; write it unescaped. */
        public String getHtml() {
            return html;
        }

        public NewsArticle.Image getImage() {
            return image;
        }
    }

    /** The links of a news page, all built on the server. */
    public static final class Urls {

        final Origin origin;
        final String back;
        final String print;
        final String beacon;
        final String resources;
        final String script;

        /**
         * @param origin    the site's configured origin ({@link org.portalkit.core.url.SiteOrigin#primary()}), for
         *                  absolute URLs; may be {@code null}
         * @param back      the validated "Back" target ({@link BackLink#resolve})
         * @param print     link to the print view, may be {@code null}
         * @param beacon    link to the view beacon, may be {@code null}
         * @param resources link to the module's {@code resources/} folder (with trailing slash), may be {@code null}
         * @param script    link to the page script ({@link org.portalkit.core.page.PageScript#link}), may be
         *                  {@code null}
         */
        public Urls(Origin origin, String back, String print, String beacon, String resources, String script) {
            this.origin = origin;
            this.back = back;
            this.print = print;
            this.beacon = beacon;
            this.resources = resources;
            this.script = script;
        }

        String resource(String name) {
            return resources == null ? null : resources + name;
        }
    }
}
