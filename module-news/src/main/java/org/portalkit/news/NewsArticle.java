package org.portalkit.news;

import org.portalkit.core.url.SiteUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One news article (resource type {@code pk-news}) in one locale, as read from its XML content: plain values, no
 * markup added and nothing encoded yet. Links are already site links (what {@code cms:link} would write), or empty.
 * Instances are immutable; build them with {@link #builder()}.
 */
public final class NewsArticle {

    private final String id;
    private final Locale locale;
    private final String link;
    private final String title;
    private final String section;
    private final String lead;
    private final List<Section> body;
    private final String byline;
    private final String poster;
    private final long publishDate;
    private final long eventDate;
    private final long lastModified;
    private final String sourceName;
    private final String sourceUrl;
    private final List<String> categories;
    private final boolean featured;
    private final List<Link> attachments;
    private final List<Link> related;
    private final String metaDescription;
    private final Image socialImage;

    private NewsArticle(Builder b) {
        this.id = nonNull(b.id);
        this.locale = b.locale == null ? Locale.ENGLISH : b.locale;
        this.link = nonNull(b.link);
        this.title = nonNull(b.title).strip();
        this.section = nonNull(b.section).strip();
        this.lead = nonNull(b.lead).strip();
        this.body = List.copyOf(b.body);
        this.byline = nonNull(b.byline).strip();
        this.poster = nonNull(b.poster).strip();
        this.publishDate = b.publishDate;
        this.eventDate = b.eventDate;
        this.lastModified = b.lastModified;
        this.sourceName = nonNull(b.sourceName).strip();
        this.sourceUrl = nonNull(b.sourceUrl).strip();
        this.categories = List.copyOf(b.categories);
        this.featured = b.featured;
        this.attachments = List.copyOf(b.attachments);
        this.related = List.copyOf(b.related);
        this.metaDescription = nonNull(b.metaDescription).strip();
        this.socialImage = b.socialImage;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The structure id of the resource (a UUID), the key of its view counter. */
    public String getId() {
        return id;
    }

    public Locale getLocale() {
        return locale;
    }

    /** Link to the article's page (site link, e.g. {@code /opencms/news/x.xml}). */
    public String getLink() {
        return link;
    }

    public String getTitle() {
        return title;
    }

    /** The department or section heading, as entered (e.g. "Văn phòng Sở"). */
    public String getSection() {
        return section;
    }

    public String getLead() {
        return lead;
    }

    public List<Section> getBody() {
        return body;
    }

    public String getByline() {
        return byline;
    }

    /** Who posted the article: the article's own value, else the configured default, else empty. */
    public String getPoster() {
        return poster;
    }

    /** Publication date in milliseconds since the epoch, 0 when unknown. */
    public long getPublishDate() {
        return publishDate;
    }

    /** Date of the reported event in milliseconds since the epoch, 0 when not set. */
    public long getEventDate() {
        return eventDate;
    }

    /** Last modification of the resource in milliseconds since the epoch. */
    public long getLastModified() {
        return lastModified;
    }

    public String getSourceName() {
        return sourceName;
    }

    /** The source's web address; only ever an {@code http(s)} URL (anything else is dropped when building). */
    public String getSourceUrl() {
        return sourceUrl;
    }

    /** Category titles. */
    public List<String> getCategories() {
        return categories;
    }

    public boolean isFeatured() {
        return featured;
    }

    public List<Link> getAttachments() {
        return attachments;
    }

    /** Related news articles (only readable {@code pk-news} resources). */
    public List<Link> getRelated() {
        return related;
    }

    public String getMetaDescription() {
        return metaDescription;
    }

    /** The image for social media: the article's own choice, else the first body image; may be {@code null}. */
    public Image getSocialImage() {
        if (socialImage != null) {
            return socialImage;
        }
        for (Section s : body) {
            if (s.getImage() != null) {
                return s.getImage();
            }
        }
        return null;
    }

    /** The text for search engines and link previews: the meta description, else the lead. */
    public String getDescription() {
        return metaDescription.isEmpty() ? lead : metaDescription;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** One body section: editor HTML (not yet sanitized) and an optional image. */
    public static final class Section {

        private final String html;
        private final Image image;

        public Section(String html, Image image) {
            this.html = nonNull(html);
            this.image = image;
        }

        /** The section's HTML as stored (links resolved); sanitize before output. */
        public String getHtml() {
            return html;
        }

        public Image getImage() {
            return image;
        }
    }

    /** An image: its link, caption and alternative text. */
    public static final class Image {

        private final String src;
        private final String caption;
        private final String alt;

        public Image(String src, String caption, String alt) {
            this.src = nonNull(src);
            this.caption = nonNull(caption).strip();
            this.alt = nonNull(alt).strip();
        }

        /** Site link of the image. */
        public String getSrc() {
            return src;
        }

        public String getCaption() {
            return caption;
        }

        public String getAlt() {
            return alt;
        }
    }

    /** A link with its text and an optional date (related news) in milliseconds, 0 when none. */
    public static final class Link {

        private final String href;
        private final String text;
        private final long date;

        public Link(String href, String text, long date) {
            this.href = nonNull(href);
            this.text = nonNull(text).strip();
            this.date = date;
        }

        public String getHref() {
            return href;
        }

        public String getText() {
            return text;
        }

        public long getDate() {
            return date;
        }
    }

    /** Collects the values of a {@link NewsArticle}. */
    public static final class Builder {

        private String id;
        private Locale locale;
        private String link;
        private String title;
        private String section;
        private String lead;
        private final List<Section> body = new ArrayList<>();
        private String byline;
        private String poster;
        private long publishDate;
        private long eventDate;
        private long lastModified;
        private String sourceName;
        private String sourceUrl;
        private final List<String> categories = new ArrayList<>();
        private boolean featured;
        private final List<Link> attachments = new ArrayList<>();
        private final List<Link> related = new ArrayList<>();
        private String metaDescription;
        private Image socialImage;

        private Builder() {
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder locale(Locale value) {
            this.locale = value;
            return this;
        }

        public Builder link(String value) {
            this.link = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder section(String value) {
            this.section = value;
            return this;
        }

        public Builder lead(String value) {
            this.lead = value;
            return this;
        }

        public Builder addSection(Section value) {
            body.add(Objects.requireNonNull(value));
            return this;
        }

        public Builder byline(String value) {
            this.byline = value;
            return this;
        }

        public Builder poster(String value) {
            this.poster = value;
            return this;
        }

        public Builder publishDate(long value) {
            this.publishDate = value;
            return this;
        }

        public Builder eventDate(long value) {
            this.eventDate = value;
            return this;
        }

        public Builder lastModified(long value) {
            this.lastModified = value;
            return this;
        }

        /** Sets the source; a URL that is not {@code http(s)} is dropped (the name stays). */
        public Builder source(String name, String url) {
            this.sourceName = name;
            this.sourceUrl = SiteUrls.isHttpUrl(url) ? url.strip() : "";
            return this;
        }

        public Builder addCategory(String value) {
            if (value != null && !value.isBlank()) {
                categories.add(value.strip());
            }
            return this;
        }

        public Builder featured(boolean value) {
            this.featured = value;
            return this;
        }

        public Builder addAttachment(Link value) {
            attachments.add(Objects.requireNonNull(value));
            return this;
        }

        public Builder addRelated(Link value) {
            related.add(Objects.requireNonNull(value));
            return this;
        }

        public Builder metaDescription(String value) {
            this.metaDescription = value;
            return this;
        }

        public Builder socialImage(Image value) {
            this.socialImage = value;
            return this;
        }

        public NewsArticle build() {
            return new NewsArticle(this);
        }
    }
}
