package org.portalkit.core.list;

import java.util.ArrayList;
import java.util.List;

/**
 * A list's pager as a JSP shows it: the links of {@link PageLinks} as {@code href}s after the page's own link (no
 * URL is built from request headers). Bean getters, so that JSP EL can read it; values are plain, to be encoded
 * ({@code fn:escapeXml}) when written.
 */
public final class PagerView {

    /** One page link. */
    public static final class Link {

        private final int m_number;
        private final boolean m_current;
        private final String m_href;

        Link(int number, boolean current, String href) {
            m_number = number;
            m_current = current;
            m_href = href;
        }

        public int getNumber() {
            return m_number;
        }

        public boolean isCurrent() {
            return m_current;
        }

        public String getHref() {
            return m_href;
        }
    }

    private final List<Link> m_pages;
    private final Link m_first;
    private final Link m_previous;
    private final Link m_next;
    private final Link m_last;
    private final int m_current;
    private final int m_lastNumber;
    private final boolean m_nofollow;

    private PagerView(PageLinks links, String base) {
        List<Link> pages = new ArrayList<>();
        for (PageLinks.Page page : links.pages()) {
            pages.add(link(page, base));
        }
        m_pages = List.copyOf(pages);
        m_first = link(links.first(), base);
        m_previous = link(links.previous(), base);
        m_next = link(links.next(), base);
        m_last = link(links.lastPage(), base);
        m_current = links.current();
        m_lastNumber = links.last();
        m_nofollow = links.nofollow();
    }

    /**
     * @param links the engine's pager
     * @param base  the link of the page the list is on, without query (e.g. {@code /tin-tuc/})
     * @return the pager's view
     */
    public static PagerView of(PageLinks links, String base) {
        return new PagerView(links, base);
    }

    /**
     * @param base        a link without query
     * @param queryString a state's query string, may be empty
     * @return the link with the query string, {@code base} alone when it is empty
     */
    public static String href(String base, String queryString) {
        return queryString == null || queryString.isEmpty() ? base : base + "?" + queryString;
    }

    private static Link link(PageLinks.Page page, String base) {
        return page == null ? null : new Link(page.number(), page.current(), href(base, page.queryString()));
    }

    /** @return the page numbers around the current one (at most {@value PageLinks#WINDOW}) */
    public List<Link> getPages() {
        return m_pages;
    }

    /** @return the first page, or {@code null} on the first page */
    public Link getFirst() {
        return m_first;
    }

    /** @return the previous page, or {@code null} on the first page */
    public Link getPrevious() {
        return m_previous;
    }

    /** @return the next page, or {@code null} on the last page */
    public Link getNext() {
        return m_next;
    }

    /** @return the last page, or {@code null} on the last page */
    public Link getLast() {
        return m_last;
    }

    public int getCurrent() {
        return m_current;
    }

    public int getLastNumber() {
        return m_lastNumber;
    }

    /** @return whether there is more than one page (else a page shows no pager) */
    public boolean isNeeded() {
        return m_lastNumber > 1;
    }

    /** @return whether the links lead to facet combinations ({@code rel="nofollow"}) */
    public boolean isNofollow() {
        return m_nofollow;
    }
}
