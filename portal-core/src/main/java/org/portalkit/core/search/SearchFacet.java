package org.portalkit.core.search;

/** Facets of the site search. */
public enum SearchFacet {
    /** The resource type (news, notices, pages): counted over all types of the definition, whatever is selected. */
    TYPE,
    /** OpenCms categories ({@code category_exact}), counted in the current, narrowed result. */
    CATEGORY
}
