package org.portalkit.news;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.portalkit.core.url.SiteUrls;
import org.portalkit.core.url.Origin;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/**
 * An RSS 2.0 feed of news articles, written with Rome: item links are absolute, dates RFC 822, text XML-escaped
 * (characters XML cannot hold at all are dropped).
 */
public final class NewsFeed {

    /** Media type of the feed. */
    public static final String CONTENT_TYPE = "application/rss+xml; charset=UTF-8";

    private NewsFeed() {
    }

    /**
     * @param title       channel title
     * @param link        absolute URL of the site (the channel link)
     * @param description channel description
     * @param locale      language of the items
     * @param origin      the site's configured origin the item links are made absolute with
     *                    ({@link org.portalkit.core.url.SiteOrigin#primary()}); may be {@code null}
     * @param items       the items, newest first
     * @return the feed document (UTF-8 XML declaration included)
     */
    public static String rss(String title, String link, String description, Locale locale, Origin origin,
        List<NewsListItem> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(xml(title));
        feed.setLink(link);
        feed.setDescription(xml(description));
        feed.setLanguage(locale.toLanguageTag());
        List<SyndEntry> entries = new ArrayList<>();
        long newest = 0;
        for (NewsListItem item : items) {
            String url = SiteUrls.absolute(origin, item.getLink());
            if (url == null) {
                continue;
            }
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(xml(item.getTitle()));
            entry.setLink(url);
            entry.setUri(url);
            if (item.getDate() > 0) {
                entry.setPublishedDate(new Date(item.getDate()));
                newest = Math.max(newest, item.getDate());
            }
            if (!item.getLead().isEmpty()) {
                SyndContent content = new SyndContentImpl();
                content.setType("text/plain");
                content.setValue(xml(item.getLead()));
                entry.setDescription(content);
            }
            List<SyndCategory> categories = new ArrayList<>();
            for (String name : item.getCategories()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(xml(name));
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        if (newest > 0) {
            feed.setPublishedDate(new Date(newest));
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the news feed", e);
        }
    }

    /** Removes characters XML 1.0 cannot contain (controls other than tab and line ends, unpaired surrogates). */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
