package org.portalkit.core.list;

/**
 * One value of a facet with the number of items of the current result that have it.
 *
 * @param facet       the facet
 * @param value       the value: category path ({@code lao-dong-viec-lam/}), year ({@code 2021}) or year-month
 *                    ({@code 2021-07})
 * @param count       items of the current result with this value
 * @param selected    whether the visitor selected it
 * @param queryString the query string that toggles this value (page 1), see {@link ListRequestState#toQueryString()}
 * @param nofollow    whether that link leads to a combination of facets (give it {@code rel="nofollow"})
 */
public record FacetCount(ListFacet facet, String value, long count, boolean selected, String queryString,
    boolean nofollow) {
}
