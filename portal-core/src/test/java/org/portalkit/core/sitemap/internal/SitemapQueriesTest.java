package org.portalkit.core.sitemap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.portalkit.core.list.internal.Visibility;

class SitemapQueriesTest {

    private static List<String> filters(SolrQuery q) {
        return Arrays.asList(q.getFilterQueries());
    }

    @Test
    void pagesOfTheSiteWithTheListsVisibilityInSolrIdOrder() {
        SolrQuery q = SitemapQueries.pages(List.of("pk-page", "pk-news", "bad type", "{!x}"), "/sites/default");
        assertTrue(filters(q).contains("{!terms f=type}pk-page,pk-news"), filters(q).toString());
        assertTrue(filters(q).contains("parent-folders:\"/sites/default/\""), filters(q).toString());
        assertTrue(filters(q).containsAll(Visibility.publicationFilters()), "the very filters of the list engine");
        assertEquals("solr_id asc", q.get("sort"));
        assertNull(q.get("cursorMark"));
    }

    @Test
    void partsPageByKeyAfterTheLastIdSeen() {
        SolrQuery first = SitemapQueries.after(List.of("pk-news"), "/sites/default", null, SitemapQueries.ROWS);
        assertNull(first.get("cursorMark"));
        assertNull(first.getStart(), "never a deep start");
        assertEquals(Integer.valueOf(SitemapQueries.ROWS), first.getRows());
        assertFalse(filters(first).stream().anyMatch(f -> f.startsWith("solr_id:")));
        SolrQuery later = SitemapQueries.after(List.of("pk-news"), "/sites/default", "ab\"c", 10);
        assertTrue(filters(later).contains("solr_id:{\"ab\\\"c\" TO *]"), "exclusive, the key quoted: " + filters(later));
        assertEquals(Integer.valueOf(10), later.getRows());
        SolrQuery boundary = SitemapQueries.boundary(List.of("pk-news"), "/sites/default", 100_000);
        assertEquals(Integer.valueOf(100_000), boundary.getStart());
        assertEquals(Integer.valueOf(1), boundary.getRows());
        assertEquals(Integer.valueOf(0), SitemapQueries.count(List.of("pk-news"), "/sites/default").getRows());
    }

    @Test
    void newsOfTheLastTwoDaysUpToNow() {
        SolrQuery q = SitemapQueries.news("pk-news", "newstitle_vi_s", "newsdate_vi_dt", Locale.forLanguageTag("vi"),
            "/sites/default", 1000);
        assertTrue(filters(q).contains("newsdate_vi_dt:[NOW/MINUTE-2DAYS TO NOW]"), filters(q).toString());
        assertTrue(filters(q).contains("con_locales:\"vi\""), filters(q).toString());
        assertTrue(filters(q).containsAll(Visibility.publicationFilters()));
        assertEquals("newsdate_vi_dt desc,solr_id asc", q.get("sort"));
        assertEquals(Integer.valueOf(1000), q.getRows());
    }
}
