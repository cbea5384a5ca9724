package org.portalkit.core.search;

import java.util.List;
import java.util.Map;

import org.portalkit.core.list.ListResult;
import org.portalkit.core.list.PageLinks;

/**
 * The answer of the {@link SearchEngine}.
 *
 * @param state       the state answered (its page capped to the last page)
 * @param hits        the hits of the page
 * @param total       all hits under the visibility filters (Solr's numFound)
 * @param pager       page numbers and links
 * @param facets      counts per facet of the definition
 * @param suggestions proposals when there are no hits, else empty
 * @param mode        how Solr was reached ({@code null} when nothing was searched)
 */
public record SearchResult(SearchRequestState state, List<SearchHit> hits, long total, PageLinks pager,
    Map<SearchFacet, List<SearchFacetCount>> facets, List<Suggestion> suggestions, ListResult.SearchMode mode) {

    /**
     * @param state a state without search text
     * @return the answer without a search
     */
    public static SearchResult nothing(SearchRequestState state) {
        return new SearchResult(state, List.of(), 0, PageLinks.of(1, 1, n -> state.withPage(n).toQueryString(), false),
            Map.of(), List.of(), null);
    }

    /** @return whether a search ran (there was a text to search for) */
    public boolean searched() {
        return mode != null;
    }
}
