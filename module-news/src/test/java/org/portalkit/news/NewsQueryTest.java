package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opencms.search.solr.CmsSolrQuery;

class NewsQueryTest {

    private static List<String> filters(CmsSolrQuery query) {
        return Arrays.asList(query.getFilterQueries());
    }

    @Test
    void latestNewsOfTheSiteNewestFirst() {
        CmsSolrQuery query = NewsQuery.latest(Locale.forLanguageTag("vi")).rows(20).toSolrQuery("/sites/default");
        String fq = String.join(" | ", filters(query));
        assertTrue(filters(query).contains("type:pk-news"), fq);
        assertTrue(filters(query).contains("parent-folders:\"/sites/default/\""), fq);
        assertTrue(filters(query).contains("con_locales:\"vi\""), fq);
        assertTrue(filters(query).contains("released:[* TO NOW]"), fq);
        assertTrue(filters(query).contains("expired:[NOW TO *]"), fq);
        assertEquals("newsdate_vi_dt desc,lastmodified desc", query.get("sort"));
        assertEquals(Integer.valueOf(20), query.getRows());
        assertEquals(Integer.valueOf(0), query.getStart());
    }

    @Test
    void rowsAreCapped() {
        assertEquals(50, NewsQuery.latest(Locale.ENGLISH).rows(5000).getRows());
        assertEquals(1, NewsQuery.latest(Locale.ENGLISH).rows(-1).getRows());
        assertEquals(Integer.valueOf(50),
            NewsQuery.latest(Locale.ENGLISH).rows(Integer.MAX_VALUE).toSolrQuery("/sites/default").getRows());
    }

    @Test
    void folderAndCategoryFilters() {
        CmsSolrQuery query = NewsQuery.latest(Locale.ENGLISH).inFolder("/sites/default/tin-tuc/")
            .inCategory("chu-de/lao-dong/").toSolrQuery("/sites/default");
        String fq = String.join(" | ", filters(query));
        assertTrue(filters(query).contains("parent-folders:\"/sites/default/tin-tuc/\""), fq);
        assertTrue(filters(query).contains("category_exact:(\"chu-de/lao-dong/\" OR chu\\-de\\/lao\\-dong\\/*)"), fq);
        assertTrue(!filters(query).contains("parent-folders:\"/sites/default/\""), fq);
    }

    @Test
    void categoriesMustComeFromTheAllowList() {
        assertThrows(IllegalArgumentException.class,
            () -> NewsQuery.latest(Locale.ENGLISH).inCategory("x\" OR type:*"));
    }

    @Test
    void fieldNamesFollowTheSchema() {
        assertEquals("newsdate_vi_dt", NewsQuery.field("newsdate", Locale.forLanguageTag("vi"), "_dt"));
    }
}
