package org.portalkit.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.portalkit.core.list.ListTypeMapping;

class SearchQueryTest {

    private static final Locale VI = new Locale("vi");
    private static final ListTypeMapping NEWS = new ListTypeMapping("pk-news", "newstitle_{locale}_s",
        "newsdate_{locale}_dt", "newslead_{locale}_s", null, null);
    private static final ListTypeMapping PAGE = new ListTypeMapping("pk-page", "Title_prop", "lastmodified", null, null,
        null);

    private static SearchDefinition.Builder def() {
        return SearchDefinition.builder().type(NEWS).type(PAGE).facet(SearchFacet.TYPE).facet(SearchFacet.CATEGORY);
    }

    private static SolrQuery query(SearchDefinition def, String... params) {
        Map<String, String[]> map = new java.util.HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], new String[] {params[i + 1]});
        }
        SearchRequestState state = SearchRequestState.parse(map);
        return SearchQuery.build(def, state, VI, "/sites/default", state.page());
    }

    @Test
    void theVisitorTextIsAnEscapedEdismaxQueryWithFixedParserSettings() {
        SolrQuery q = query(def().build(), "q", "{!lucene}*:* title:x");
        assertEquals("\\{\\!lucene\\}\\*\\:\\* title\\:x", q.getQuery());
        assertEquals("edismax", q.get("defType"));
        assertEquals("-*", q.get("uf"), "no field queries");
        assertEquals("100%", q.get("mm"));
        assertTrue(q.get("qf").startsWith("pk_search_title_exact^8 pk_search_exact_vi^4"), q.get("qf"));
        assertTrue(q.get("qf").endsWith(" pk_search_folded_vi"), "the text of the locale only: " + q.get("qf"));
        assertEquals("lucene title x", q.get("spellcheck.q"));
        assertEquals("5", q.get("spellcheck.maxCollationTries"), "Solr offers only collations that find something");
        assertFalse(q.getQuery().startsWith("{"));
    }

    @Test
    void visibilityFiltersAreTheLists() {
        List<String> fq = Arrays.asList(query(def().build(), "q", "a").getFilterQueries());
        assertEquals(List.of("{!terms f=type}pk-news,pk-page", "con_locales:\"vi\"", "parent-folders:\"/sites/default/\"",
            "search_exclude:\"false\"", "released:[* TO NOW/MINUTE]", "expired:[NOW/MINUTE+1MINUTE TO *]"), fq);
        List<String> own = Arrays.asList(query(def().folder("/sites/default/tin-tuc/").folder("/sites/default/trang/").build(),
            "q", "a").getFilterQueries());
        assertEquals("parent-folders:\"/sites/default/tin-tuc/\" OR parent-folders:\"/sites/default/trang/\"", own.get(2));
    }

    @Test
    void selectionsAndSorts() {
        SolrQuery q = query(def().build(), "q", "a", "type", "pk-news", "cat", "lao-dong/x", "sort", "date");
        assertEquals(6, query(def().build(), "q", "a", "type", "pk-unknown").getFilterQueries().length,
            "a type the search does not have adds no filter");
        List<String> fq = Arrays.asList(q.getFilterQueries());
        assertTrue(fq.contains("{!terms f=type tag=pk_type}pk-news"), fq.toString());
        assertTrue(fq.contains("category_exact:lao\\-dong\\/x\\/*"), fq.toString());
        assertEquals("def(newsdate_vi_dt,lastmodified) desc,_version_ asc", q.getSortField());
        assertEquals("score desc,def(newsdate_vi_dt,lastmodified) desc,_version_ asc",
            query(def().build(), "q", "a").getSortField());
        assertEquals("newsdate_vi_dt desc,_version_ asc",
            query(SearchDefinition.builder().type(NEWS).build(), "q", "a", "sort", "date").getSortField());
        assertEquals(Arrays.asList("{!ex=pk_type}type", "category_exact"), Arrays.asList(q.getFacetFields()));
    }

    @Test
    void rowsAndPagesAreCapped() {
        SolrQuery q = query(def().pageSize(1000).build(), "q", "a", "page", "5000");
        assertEquals(Integer.valueOf(50), q.getRows());
        assertEquals(Integer.valueOf(99 * 50), q.getStart());
        assertEquals(Integer.valueOf(10), query(def().build(), "q", "a").getRows());
    }

    @Test
    void highlightingUsesThePrivateMarkersAndNoSolrEncoder() {
        SolrQuery q = query(def().build(), "q", "a");
        assertEquals("content_vi", q.get("hl.fl"));
        assertEquals("\uE000", q.get("hl.tag.pre"));
        assertEquals("\uE001", q.get("hl.tag.post"));
        assertEquals("false", q.get("hl.requireFieldMatch"));
    }
}
