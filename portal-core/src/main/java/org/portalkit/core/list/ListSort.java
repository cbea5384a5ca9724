package org.portalkit.core.list;

/** The order of a list. Every order ends with the Solr document id, so that paging is stable. */
public enum ListSort {
    /** Newest date first. */
    NEWEST,
    /** Oldest date first. */
    OLDEST,
    /**
     * Title A-Z by the mapping's title string field (code point order, case-sensitive). Not yet the Vietnamese
     * collation: that needs a collation key field in the index (see docs/lists.md).
     */
    TITLE,
    /**
     * Most read first. An extension point: view counts are not in Solr yet, so a {@link ListDefinition} with this
     * order is rejected (see docs/lists.md).
     */
    MOST_READ
}
