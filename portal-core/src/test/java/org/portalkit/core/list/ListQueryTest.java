package org.portalkit.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Locale VI = new Locale("vi");

    /** News with a collation key field and a counter prefix, as module-news maps them. */
    static final ListTypeMapping NEWS_SORTED = new ListTypeMapping("pk-news", "newstitle_{locale}_s",
        "newsdate_{locale}_dt", "newslead_{locale}_s", "newsimage_{locale}_s", "pk.news.views.",
        "newstitle_{locale}_vsort");

    private static ListDefinition.Builder news() {
        return ListDefinition.builder().type(ListDefinitionTest.NEWS);
    }

    private static SolrQuery query(ListDefinition def, ListRequestState state, int page) {
        return ListQuery.build(def, state, VI, ZONE, "/sites/default", page);
    }

    private static List<String> fq(SolrQuery q) {
        return Arrays.asList(q.getFilterQueries());
    }

    @Test
    void baseQueryHasTypeLocaleSiteAndVisibility() {
        SolrQuery q = query(news().build(), ListRequestState.firstPage(), 1);
        assertEquals("*:*", q.getQuery());
        assertEquals("Asia/Ho_Chi_Minh", q.get("TZ"));
        assertEquals(List.of("{!terms f=type}pk-news", "con_locales:\"vi\"", "parent-folders:\"/sites/default/\"",
            "search_exclude:\"false\"", "released:[* TO NOW/MINUTE]", "expired:[NOW/MINUTE+1MINUTE TO *]"), fq(q));
        assertEquals("newsdate_vi_dt desc,_version_ asc", q.get("sort"));
        assertEquals(10, q.getRows().intValue());
        assertEquals(0, q.getStart().intValue());
        assertEquals("solr_id,id,path,type,category_exact,newstitle_vi_s,newsdate_vi_dt,newslead_vi_s,newsimage_vi_s", q.getFields());
        assertNull(q.get("facet"));
    }

    @Test
    void foldersWithAndWithoutSubfolders() {
        SolrQuery q = query(news().folder("/sites/default/tin-tuc/", true).folder("/sites/default/thong-bao/", false)
            .build(), ListRequestState.firstPage(), 1);
        assertEquals("parent-folders:\"/sites/default/tin-tuc/\" OR (+path:\\/sites\\/default\\/thong\\-bao\\/* "
            + "-path:\\/sites\\/default\\/thong\\-bao\\/*\\/*)", fq(q).get(2));
    }

    @Test
    void categoriesAnyAndAll() {
        ListDefinition any = news().category("a/").category("b/c/").build();
        assertTrue(fq(query(any, ListRequestState.firstPage(), 1)).contains("category_exact:a\\/* OR category_exact:b\\/c\\/*"));
        ListDefinition all = news().category("a/").category("b/c/").categoryMode(CategoryMode.ALL).build();
        List<String> fq = fq(query(all, ListRequestState.firstPage(), 1));
        assertTrue(fq.contains("category_exact:a\\/*"));
        assertTrue(fq.contains("category_exact:b\\/c\\/*"));
    }

    @Test
    void eachDateRestriction() {
        Map<DateRestriction, String> expected = Map.of(
            DateRestriction.PAST, "newsdate_vi_dt:[* TO NOW/MINUTE]",
            DateRestriction.FUTURE, "newsdate_vi_dt:{NOW/MINUTE TO *]",
            DateRestriction.FROM_TODAY, "newsdate_vi_dt:[NOW/DAY TO *]",
            DateRestriction.range(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2021-12-31T23:59:59Z")),
            "newsdate_vi_dt:[2021-01-01T00:00:00Z TO 2021-12-31T23:59:59Z]");
        for (Map.Entry<DateRestriction, String> e : expected.entrySet()) {
            List<String> fq = fq(query(news().dates(e.getKey()).build(), ListRequestState.firstPage(), 1));
            assertEquals(e.getValue(), fq.get(fq.size() - 1), e.getKey().toString());
        }
        assertEquals(6, fq(query(news().build(), ListRequestState.firstPage(), 1)).size(), "NONE adds no filter");
    }

    @Test
    void pinnedItemsComeFirstInEveryOrderButMostRead() {
        assertEquals("pinned_vi_b desc,newsdate_vi_dt desc,_version_ asc", query(news().pinnedFirst("pinned_{locale}_b")
            .build(), ListRequestState.firstPage(), 1).get("sort"));
        assertEquals("pinned_vi_b desc,newsdate_vi_dt asc,_version_ asc", query(news().pinnedFirst("pinned_{locale}_b")
            .sort(ListSort.OLDEST).build(), ListRequestState.firstPage(), 1).get("sort"));
        assertEquals("_version_ asc", query(ListDefinition.builder().type(NEWS_SORTED).pinnedFirst("pinned_{locale}_b")
            .sort(ListSort.MOST_READ).build(), ListRequestState.firstPage(), 1).get("sort"));
        assertThrows(IllegalArgumentException.class, () -> news().pinnedFirst("pinned desc,x"));
        assertThrows(IllegalArgumentException.class, () -> news().pinnedFirst(null));
    }

    @Test
    void eachSort() {
        assertEquals("newsdate_vi_dt asc,_version_ asc", query(news().sort(ListSort.OLDEST).build(), ListRequestState.firstPage(), 1).get("sort"));
        assertEquals("newstitle_vi_s asc,_version_ asc", query(news().sort(ListSort.TITLE).build(), ListRequestState.firstPage(), 1).get("sort"),
            "without a collation key field: the title string");
        assertEquals("newstitle_vi_vsort asc,_version_ asc", query(ListDefinition.builder().type(NEWS_SORTED)
            .sort(ListSort.TITLE).build(), ListRequestState.firstPage(), 1).get("sort"), "Vietnamese collation key");
        assertEquals("_version_ asc", query(ListDefinition.builder().type(NEWS_SORTED).sort(ListSort.MOST_READ).build(),
            ListRequestState.firstPage(), 1).get("sort"), "most read: the engine orders by the counters");
        assertEquals("newsdate_vi_dt desc,_version_ asc", query(news().sort(ListSort.NEWEST).build(), ListRequestState.firstPage(), 1).get("sort"));
    }

    @Test
    void rowsAndPagingAreCapped() {
        SolrQuery q = query(news().pageSize(1000).build(), ListRequestState.firstPage(), 5000);
        assertEquals(50, q.getRows().intValue());
        assertEquals(99 * 50, q.getStart().intValue(), "page 100 at most");
        assertEquals(20, query(news().build(), ListRequestState.firstPage(), 3).getStart().intValue());
    }

    @Test
    void selectionsNarrowInTheSiteZone() {
        ListRequestState state = ListRequestState.parse(Map.of("cat", new String[] {"a/"}, "year", new String[] {"2021"},
            "month", new String[] {"2021-07"}));
        List<String> fq = fq(query(news().build(), state, 1));
        assertTrue(fq.contains("{!tag=pk_cat}category_exact:a\\/*"), fq.toString());
        assertTrue(fq.contains("{!tag=pk_year}newsdate_vi_dt:[2020-12-31T17:00:00Z TO 2021-12-31T17:00:00Z}"), fq.toString());
        assertTrue(fq.contains("{!tag=pk_month}newsdate_vi_dt:[2021-06-30T17:00:00Z TO 2021-07-31T17:00:00Z}"), fq.toString());
        assertTrue(fq(query(news().category("b/").build(), state, 1)).contains("category_exact:b\\/*"),
            "the definition's own categories are not tagged: no facet count escapes them");
    }

    @Test
    void facets() {
        SolrQuery q = query(news().facet(ListFacet.CATEGORY).facet(ListFacet.YEAR).facet(ListFacet.MONTH).build(),
            ListRequestState.firstPage(), 1);
        assertEquals("true", q.get("facet"));
        assertEquals("1", q.get("facet.mincount"));
        assertEquals(List.of("{!ex=pk_cat}category_exact"), Arrays.asList(q.getFacetFields()),
            "multi-select: categories counted without the category selections");
        String[] ranges = q.getParams("facet.range");
        assertEquals(2, ranges.length);
        assertTrue(ranges[0].startsWith("{!key=pk_year ex=pk_year ") && ranges[0].endsWith("facet.range.gap=+1YEAR}newsdate_vi_dt"), ranges[0]);
        assertTrue(ranges[1].startsWith("{!key=pk_month ex=pk_month ") && ranges[1].endsWith("facet.range.gap=+1MONTH}newsdate_vi_dt"), ranges[1]);
        assertFalse(query(news().facet(ListFacet.CATEGORY).build(), ListRequestState.firstPage(), 1).toString().contains("facet.range"));
    }

    @Test
    void mostReadIsRestrictedToTheCandidates() {
        ListDefinition def = ListDefinition.builder().type(NEWS_SORTED).sort(ListSort.MOST_READ).pageSize(5)
            .facet(ListFacet.CATEGORY).build();
        List<String> ids = List.of("0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d", "1a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d");
        SolrQuery q = ListQuery.buildRestricted(def, ListRequestState.parse(Map.of("page", new String[] {"7"})), VI,
            ZONE, "/sites/default", ids);
        List<String> fq = fq(q);
        assertEquals("{!terms f=id}" + String.join(",", ids), fq.get(fq.size() - 1));
        assertTrue(fq.contains("released:[* TO NOW/MINUTE]"), "the list's filters stay");
        assertEquals(0, q.getStart().intValue(), "all candidates in one answer, whatever the page");
        assertEquals(2, q.getRows().intValue());
        assertEquals("true", q.get("facet"));
        assertThrows(IllegalArgumentException.class, () -> ListQuery.buildRestricted(def, ListRequestState.firstPage(),
            VI, ZONE, "/sites/default", List.of("x) OR *:*")), "only checked ids reach Solr");
        assertThrows(IllegalArgumentException.class, () -> ListQuery.buildRestricted(def, ListRequestState.firstPage(),
            VI, ZONE, "/sites/default", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ListQuery.buildRestricted(def, ListRequestState.firstPage(),
            VI, ZONE, "/sites/default", java.util.Collections.nCopies(101, ids.get(0))), "at most Counters.MAX_TOP");
    }

    @Test
    void lastPageIsCapped() {
        assertEquals(1, ListEngine.lastPage(0, 10));
        assertEquals(4, ListEngine.lastPage(31, 10));
        assertEquals(100, ListEngine.lastPage(100_000, 10));
    }
}
