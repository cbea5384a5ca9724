package org.portalkit.core.list;

/** The facets a list can count and a visitor can select. */
public enum ListFacet {
    /** OpenCms categories ({@code category_exact}); parameter {@value ListRequestState#PARAM_CATEGORY}. */
    CATEGORY,
    /** Years of the list's date in the site's time zone; parameter {@value ListRequestState#PARAM_YEAR}. */
    YEAR,
    /** Year-months ({@code 2021-07}) of the list's date; parameter {@value ListRequestState#PARAM_MONTH}. */
    MONTH
}
