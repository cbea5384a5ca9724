package org.portalkit.core.sitemap.internal;

import java.util.List;
import java.util.Locale;

import org.apache.solr.client.solrj.SolrQuery;
import org.portalkit.core.list.internal.Values;
import org.portalkit.core.list.internal.Visibility;

/**
 * The Solr queries of the sitemaps, on the Online index: the given types below the site root, with the list
 * engine's visibility filters ({@link Visibility}), in {@code solr_id} order (Solr's unique key, so that paging by
 * key is stable and every answer is the same for the same index).
 */
public final class SitemapQueries {

    /** Documents fetched per Solr request. */
    public static final int ROWS = 1000;

    /** Stored fields a sitemap entry needs. */
    static final String[] FIELDS = {"solr_id", "id", "path", "type", "lastmodified"};

    private SitemapQueries() {
    }

    /**
     * @param types    resource type names (checked names only)
     * @param siteRoot the site root, e.g. {@code /sites/default}
     * @return the query of every visible document of those types in the site, without paging
     */
    public static SolrQuery pages(List<String> types, String siteRoot) {
        SolrQuery q = new SolrQuery("*:*");
        StringBuilder terms = new StringBuilder();
        for (String type : types) {
            if (Values.isName(type)) {
                terms.append(terms.length() == 0 ? "" : ",").append(type);
            }
        }
        q.addFilterQuery("{!terms f=type}" + terms);
        String root = siteRoot.endsWith("/") ? siteRoot : siteRoot + "/";
        q.addFilterQuery("parent-folders:\"" + Values.quoted(root) + "\"");
        for (String visibility : Visibility.publicationFilters()) {
            q.addFilterQuery(visibility);
        }
        q.setFields(FIELDS);
        q.addSort("solr_id", SolrQuery.ORDER.asc);
        return q;
    }

    /** @return the query that only counts ({@code rows=0}) */
    public static SolrQuery count(List<String> types, String siteRoot) {
        SolrQuery q = pages(types, siteRoot);
        q.setRows(Integer.valueOf(0));
        return q;
    }

    /**
     * @param offset the position of a part's first document
     * @return the query of the {@code solr_id} at that position
     */
    public static SolrQuery boundary(List<String> types, String siteRoot, long offset) {
        SolrQuery q = pages(types, siteRoot);
        q.setFields("solr_id");
        q.setStart(Integer.valueOf((int)Math.min(offset, Integer.MAX_VALUE)));
        q.setRows(Integer.valueOf(1));
        return q;
    }

    /**
     * @param types    the sitemap's types
     * @param siteRoot the site root
     * @param after    the {@code solr_id} of the last document already seen, or {@code null} for the first request
     * @param rows     most documents
     * @return the next documents in {@code solr_id} order (paging by key, never by a deep start)
     */
    public static SolrQuery after(List<String> types, String siteRoot, String after, int rows) {
        SolrQuery q = pages(types, siteRoot);
        if (after != null) {
            q.addFilterQuery("solr_id:{\"" + Values.quoted(after) + "\" TO *]");
        }
        q.setRows(Integer.valueOf(rows));
        return q;
    }

    /**
     * @param type       the news type
     * @param titleField the Solr field of the title (locale filled in)
     * @param dateField  the Solr field of the publication date (locale filled in)
     * @param locale     the content locale
     * @param siteRoot   the site root
     * @param rows       most articles
     * @return the articles published in the last two days (from two days before the current minute) up to now,
     *         newest first
     */
    public static SolrQuery news(String type, String titleField, String dateField, Locale locale, String siteRoot,
        int rows) {
        SolrQuery q = pages(List.of(type), siteRoot);
        q.addFilterQuery("con_locales:\"" + Values.quoted(locale.toString()) + "\"");
        // up to NOW itself, not NOW/MINUTE: an article dated a few seconds ago belongs in it (one query per request,
        // so the filter cache has nothing to lose)
        q.addFilterQuery(dateField + ":[NOW/MINUTE-2DAYS TO NOW]");
        q.setFields("solr_id", "id", "path", "type", titleField, dateField);
        q.clearSorts();
        q.addSort(dateField, SolrQuery.ORDER.desc);
        q.addSort("solr_id", SolrQuery.ORDER.asc);
        q.setRows(Integer.valueOf(rows));
        return q;
    }
}
