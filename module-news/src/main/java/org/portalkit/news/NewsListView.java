package org.portalkit.news;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of news for a JSP (latest news, most read): the items and the texts around them. Values are plain text;
 * the JSP encodes them.
 */
public final class NewsListView {

    private final List<NewsListItem> items;
    private final Locale locale;
    private final String error;

    /**
     * @param items  the items
     * @param locale the language of the page
     * @param error  a text explaining why there are no items (bad parameter), or {@code null}
     */
    public NewsListView(List<NewsListItem> items, Locale locale, String error) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.error = error == null ? "" : error;
    }

    public List<NewsListItem> getItems() {
        return items;
    }

    /** Why the list is empty because of a bad request, else empty. */
    public String getError() {
        return error;
    }

    public String getLang() {
        return locale.toLanguageTag();
    }

    /** Labels in the page's language: {@code ${list.text['news.latest.title']}}. */
    public Map<String, String> getText() {
        return new NewsTexts(locale);
    }
}
