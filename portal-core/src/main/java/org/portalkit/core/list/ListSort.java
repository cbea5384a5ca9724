package org.portalkit.core.list;

/** The order of a list. Every order ends with the Solr document id, so that paging is stable. */
public enum ListSort {
    /** Newest date first. */
    NEWEST,
    /** Oldest date first. */
    OLDEST,
    /**
     * Title A-Z in Vietnamese alphabetical order (Đ after D, Ư after U, tone marks a secondary difference, case
     * ignored) by the mapping's {@link ListTypeMapping#titleSortField() collation key field}; a mapping without one
     * sorts its title string field by code point.
     */
    TITLE,
    /**
     * Most viewed first (ties by Solr id), from the counters ({@link ListTypeMapping#mostReadKey()}): among the
     * {@value org.portalkit.core.counter.Counters#MAX_TOP} most viewed items of the list's types, those the list's
     * filters admit. Items never viewed, or not among them, are not in the list (see docs/lists.md).
     */
    MOST_READ
}
