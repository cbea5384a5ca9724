package org.portalkit.core.list.internal;

/**
 * The last sort field of every list and site search, for a stable order among equal dates, titles or scores.
 */
public final class StableOrder {

    /**
     * Solr's {@code _version_}: a number unique per indexed document, with doc values. It replaced {@code solr_id}:
     * with a string tie-breaker Lucene resolved term ordinals for every competitive hit, 35–40 % of the time of
     * page 100 of 100,000 news (docs/benchmarks.md). Sitemaps keep {@code solr_id}: they page by its value.
     */
    public static final String FIELD = "_version_";

    private StableOrder() {
    }
}
