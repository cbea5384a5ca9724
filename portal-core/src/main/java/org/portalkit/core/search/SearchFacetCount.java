package org.portalkit.core.search;

/**
 * One value of a facet of the site search.
 *
 * @param facet       the facet
 * @param value       the type name or category path
 * @param count       hits with this value
 * @param selected    whether the visitor selected it
 * @param queryString the query string that toggles it (page 1)
 * @param nofollow    whether that link leads to a combination of selections
 */
public record SearchFacetCount(SearchFacet facet, String value, long count, boolean selected, String queryString,
    boolean nofollow) {
}
