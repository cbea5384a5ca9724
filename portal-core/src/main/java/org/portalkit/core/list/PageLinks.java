package org.portalkit.core.list;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The pager of a list: page numbers around the current one plus first/previous/next/last, each with its query
 * string (keeping the facet selections). No URL is built from request headers: the page puts the query strings
 * after its own link.
 *
 * @param current  the page shown
 * @param last     the last page (at least 1, at most {@link ListRequestState#MAX_PAGE})
 * @param pages    the page numbers to show (at most {@value #WINDOW}), the current one marked
 * @param first    the first page, or {@code null} on the first page
 * @param previous the previous page, or {@code null} on the first page
 * @param next     the next page, or {@code null} on the last page
 * @param lastPage the last page, or {@code null} on the last page
 * @param nofollow whether links should carry {@code rel="nofollow"} (facet combinations)
 */
public record PageLinks(int current, int last, List<Page> pages, Page first, Page previous, Page next, Page lastPage,
    boolean nofollow) {

    /** How many numbers the pager shows at most. */
    public static final int WINDOW = 7;

    /**
     * @param number      a page number
     * @param current     whether it is the page shown
     * @param queryString its query string
     */
    public record Page(int number, boolean current, String queryString) {
    }

    /**
     * @param state the current state (its page, capped to {@code last}, is the current page)
     * @param last  the last page, at least 1
     * @return the pager
     */
    public static PageLinks of(ListRequestState state, int last) {
        return of(state.page(), last, n -> state.withPage(n).toQueryString(), state.isCombination());
    }

    /**
     * The pager of any paged state (lists, site search).
     *
     * @param requested   the requested page (capped to {@code last})
     * @param last        the last page, at least 1
     * @param queryString the query string of page n
     * @param nofollow    whether links should carry {@code rel="nofollow"}
     * @return the pager
     */
    public static PageLinks of(int requested, int last, IntFunction<String> queryString, boolean nofollow) {
        int lastPage = Math.max(1, last);
        int current = Math.max(1, Math.min(requested, lastPage));
        int from = Math.max(1, Math.min(current - WINDOW / 2, lastPage - WINDOW + 1));
        int to = Math.min(lastPage, from + WINDOW - 1);
        List<Page> pages = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            pages.add(page(queryString, n, current));
        }
        boolean notFirst = current > 1;
        boolean notLast = current < lastPage;
        return new PageLinks(current, lastPage, List.copyOf(pages), notFirst ? page(queryString, 1, current) : null,
            notFirst ? page(queryString, current - 1, current) : null,
            notLast ? page(queryString, current + 1, current) : null,
            notLast ? page(queryString, lastPage, current) : null, nofollow);
    }

    private static Page page(IntFunction<String> queryString, int number, int current) {
        return new Page(number, number == current, queryString.apply(number));
    }
}
