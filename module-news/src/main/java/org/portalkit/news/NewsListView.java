package org.portalkit.news;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portalkit.core.list.PagerView;

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
     * @param error  a text explaining a refused parameter (why there are no items, or why the first page is shown),
     *               or {@code null}
     */
    public NewsListView(List<NewsListItem> items, Locale locale, String error) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.error = error == null ? "" : error;
    }

    private PagerView m_pager;
    private String m_moreLink;

    /**
     * @param pager the list's pager (portal-core builds its links), or null
     * @param more  link to the full list, or null
     * @return this view
     */
    public NewsListView withLinks(PagerView pager, String more) {
        m_pager = pager != null && pager.isNeeded() ? pager : null;
        m_moreLink = more;
        return this;
    }

    /** @return the pager (numbers, previous/next, first/last) when the list pages and has more than one page */
    public PagerView getPager() {
        return m_pager;
    }

    /** @return the link to the page with all news, or null */
    public String getMoreLink() {
        return m_moreLink;
    }

    public List<NewsListItem> getItems() {
        return items;
    }

    /** The reason for a refused parameter (shown above the items, if any), else empty. */
    public String getError() {
        return error;
    }

    public String getLang() {
        return locale.toLanguageTag();
    }

    /** Labels in the page's language: {@code ${list.text['news.latest.title']}}. */
    public Map<String, String> getText() {
        return Messages.texts(locale);
    }
}
