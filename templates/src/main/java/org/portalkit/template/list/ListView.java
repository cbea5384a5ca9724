package org.portalkit.template.list;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portalkit.core.list.PagerView;

/**
 * A {@code pk-list} as its formatters and the tags in {@code tags/} show it. Values are plain; the tags encode them.
 */
public final class ListView {

    private final String m_id;
    private final ListVariant m_variant;
    private final String m_heading;
    private final Locale m_locale;
    private List<ListEntry> m_items = List.of();
    private long m_total;
    private PagerView m_pager;
    private String m_moreHref;
    private String m_allLink;
    private List<FacetView> m_facets = List.of();
    private String m_emptyText = "";
    private String m_error = "";
    private String m_note = "";
    private String m_stylesheet = "";
    private String m_feed = "";
    private String m_script = "";

    ListView(String id, ListVariant variant, String heading, Locale locale) {
        m_id = (id == null ? "" : id) + "-" + variant.key();
        m_variant = variant;
        m_heading = heading == null ? "" : heading;
        m_locale = locale == null ? Locale.ENGLISH : locale;
    }

    ListView items(List<ListEntry> items, long total) {
        m_items = List.copyOf(items);
        m_total = total;
        return this;
    }

    ListView links(PagerView pager, String moreHref, String allLink) {
        m_pager = pager;
        m_moreHref = moreHref;
        m_allLink = allLink;
        return this;
    }

    ListView facets(List<FacetView> facets) {
        m_facets = List.copyOf(facets);
        return this;
    }

    ListView emptyText(String text) {
        m_emptyText = text == null ? "" : text;
        return this;
    }

    ListView error(String text) {
        m_error = text == null ? "" : text;
        return this;
    }

    ListView note(String text) {
        m_note = text == null ? "" : text;
        return this;
    }

    ListView assets(String stylesheet, String script) {
        m_stylesheet = stylesheet == null ? "" : stylesheet;
        m_script = script == null ? "" : script;
        return this;
    }

    /** @return the link of {@code resources/list.css} */
    /**
     * @param href the server-relative link of the list's RSS feed
     * @return this view
     */
    ListView feed(String href) {
        m_feed = href == null ? "" : href;
        return this;
    }

    /** @return the link of the list's RSS feed (a list page of its own), else empty */
    public String getFeed() {
        return m_feed;
    }

    public String getStylesheet() {
        return m_stylesheet;
    }

    /** @return the link of {@code resources/list.js} (the "show more" enhancement) */
    public String getScript() {
        return m_script;
    }

    /**
     * @return the structure id of the list configuration and the variant ({@code <id>-full}): marks the list for the
     *         "show more" script, which finds the same list in the next page
     */
    public String getId() {
        return m_id;
    }

    /** @return {@code full}, {@code latest}, {@code compact} or {@code teaser} */
    public String getVariant() {
        return m_variant.key();
    }

    /** @return the heading: the element's setting, else the list's title */
    public String getHeading() {
        return m_heading;
    }

    public List<ListEntry> getItems() {
        return m_items;
    }

    /** @return how many items the whole list has */
    public long getTotal() {
        return m_total;
    }

    /** @return the numbered pager when the list pages that way and has more than one page, else {@code null} */
    public PagerView getPager() {
        return m_pager;
    }

    /** @return the "show more" link (the next page) in {@link PagingMode#MORE}, or {@code null} on the last page */
    public String getMoreHref() {
        return m_moreHref;
    }

    /** @return the link of the element's {@code more} setting ("show all"), or {@code null} */
    public String getAllLink() {
        return m_allLink;
    }

    /** @return the facets to show (values with counts and toggle links) */
    public List<FacetView> getFacets() {
        return m_facets;
    }

    /** @return the text of an empty list */
    public String getEmptyText() {
        return m_emptyText;
    }

    /** @return why the list is not shown (an editor's mistake or a bad visitor value on a page of its own), or empty */
    public String getError() {
        return m_error;
    }

    /** @return why the first page is shown instead of the visitor's, or empty */
    public String getNote() {
        return m_note;
    }

    public String getLang() {
        return m_locale.toLanguageTag();
    }

    /** @return labels in the page's language: {@code ${view.text['pklist.more']}} */
    public Map<String, String> getText() {
        return new ListTexts(m_locale);
    }
}
