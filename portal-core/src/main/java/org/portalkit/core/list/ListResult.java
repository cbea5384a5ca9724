package org.portalkit.core.list;

import java.util.List;
import java.util.Map;

/**
 * The answer of the {@link ListEngine}: one page of items, the exact total, facet counts and the pager.
 *
 * @param items  the items of the page
 * @param total  how many items the whole list has (Solr's numFound under the visibility filters)
 * @param pager  page numbers and links
 * @param facets counts per facet asked for in the {@link ListDefinition}, values in index order (categories by
 *               count, years and months newest first)
 * @param mode   how the search ran (see docs/lists.md)
 */
public record ListResult(List<ListItem> items, long total, PageLinks pager, Map<ListFacet, List<FacetCount>> facets,
    SearchMode mode) {

    /** How the engine reached Solr. */
    public enum SearchMode {
        /** Guest in the Online project: Solr's own paging, the page's items read as the guest. */
        DIRECT,
        /** OpenCms' permission-checked {@code CmsSolrIndex.search} (Offline project, logged-in users, fallback). */
        CHECKED
    }
}
