package org.portalkit.core.list.internal;

import java.util.List;

/**
 * The Solr filter queries that decide what a visitor may see, shared by every query PortalKit sends to OpenCms'
 * Solr indexes itself (lists, sitemaps): released, not expired, not excluded from search. "Now" is rounded to the
 * minute so that Solr's filter cache keeps each filter for a minute; an item appears up to a minute after its
 * release and disappears up to a minute before its expiry, never outside its window (docs/lists.md, Visibility).
 */
public final class Visibility {

    /** OpenCms' Solr field of the release date. */
    public static final String FIELD_RELEASED = "released";

    /** OpenCms' Solr field of the expiry date. */
    public static final String FIELD_EXPIRED = "expired";

    /** The filter queries, in the order they are sent. */
    public static final List<String> FILTERS = List.of(
        "search_exclude:\"false\"",
        FIELD_RELEASED + ":[* TO NOW/MINUTE]",
        FIELD_EXPIRED + ":[NOW/MINUTE+1MINUTE TO *]");

    private Visibility() {
    }
}
