package org.portalkit.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portalkit.core.list.ListParameterException;

class SearchRequestStateTest {

    private static Map<String, String[]> params(String... keyValues) {
        Map<String, String[]> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.merge(keyValues[i], new String[] {keyValues[i + 1]}, (a, b) -> {
                String[] both = new String[a.length + b.length];
                System.arraycopy(a, 0, both, 0, a.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return map;
    }

    private static String refused(String... keyValues) {
        ListParameterException e = assertThrows(ListParameterException.class,
            () -> SearchRequestState.parse(params(keyValues)));
        return e.parameter() + " " + e.messageKey();
    }

    @Test
    void parsesEveryParameter() {
        SearchRequestState s = SearchRequestState.parse(params("q", " Hội  nghị ", "page", "3", "type", "pk-news",
            "type", "pk-page", "cat", "lao-dong", "sort", "date", "unknown", "{!x}"));
        assertEquals("Hội nghị", s.query());
        assertTrue(s.hasQuery());
        assertEquals(3, s.page());
        assertEquals(List.of("pk-news", "pk-page"), s.types());
        assertEquals(List.of("lao-dong/"), s.categories());
        assertEquals(SearchSort.DATE, s.sort());
        assertTrue(s.isCombination());
        SearchRequestState none = SearchRequestState.parse(Map.of());
        assertEquals("", none.query());
        assertFalse(none.hasQuery());
        assertEquals(SearchSort.RELEVANCE, none.sort());
    }

    @Test
    void anySearchTextIsAcceptedCleanedAndCapped() {
        for (String hostile : new String[] {"{!lucene}*:*", "*:*", "a\" OR \"b", "a\\b/", "\u0000\u202e", "x".repeat(10_000)}) {
            SearchRequestState s = SearchRequestState.parse(params("q", hostile));
            assertTrue(s.query().length() <= 200);
            assertFalse(s.query().chars().anyMatch(c -> c < 0x20 || c == 0x202e));
        }
        assertFalse(SearchRequestState.parse(params("q", "*:*")).hasQuery(), "no words: nothing to search");
        assertEquals("q list.error.repeated", refused("q", "a", "q", "b"));
    }

    @Test
    void refusesBadValuesWithTheirKeys() {
        assertEquals("page list.error.page", refused("page", "abc"));
        assertEquals("page list.error.page", refused("page", "9".repeat(10_000)));
        assertEquals("page list.error.repeated", refused("page", "1", "page", "2"));
        assertEquals("type search.error.type", refused("type", "pk news"));
        assertEquals("type search.error.type", refused("type", "{!lucene}"));
        assertEquals("type search.error.type", refused("type", "x".repeat(10_000)));
        assertEquals("cat list.error.category", refused("cat", "*:*"));
        assertEquals("cat list.error.category", refused("cat", "a/\u0000/"));
        assertEquals("sort search.error.sort", refused("sort", "score desc"));
        assertEquals("sort search.error.sort", refused("sort", "x".repeat(10_000)));
        String[] elevenTypes = new String[22];
        for (int i = 0; i < 11; i++) {
            elevenTypes[2 * i] = "type";
            elevenTypes[2 * i + 1] = "t" + i;
        }
        assertEquals("type list.error.repeated", refused(elevenTypes));
    }

    @Test
    void pageIsCappedAndQueryStringsRoundTrip() {
        assertEquals(100, SearchRequestState.parse(params("q", "a", "page", "999999999")).page());
        SearchRequestState s = SearchRequestState.parse(params("q", "hội nghị", "type", "pk-news", "sort", "date"));
        assertEquals("q=h%E1%BB%99i+ngh%E1%BB%8B&type=pk-news&sort=date", s.toQueryString());
        assertEquals("q=h%E1%BB%99i+ngh%E1%BB%8B&type=pk-news&sort=date&page=2", s.withPage(2).toQueryString());
        assertEquals("q=h%E1%BB%99i+ngh%E1%BB%8B&type=pk-news", s.withSort(SearchSort.RELEVANCE).toQueryString());
        assertEquals("q=x&type=pk-news&sort=date", s.withPage(4).withQuery("x").toQueryString(), "a new text: page 1");
        SearchRequestState toggled = s.toggle(SearchFacet.CATEGORY, "lao-dong/");
        assertEquals(List.of("lao-dong/"), toggled.categories());
        assertTrue(toggled.isCombination());
        assertEquals(List.of(), toggled.toggle(SearchFacet.CATEGORY, "lao-dong/").categories());
        assertEquals(List.of(), s.toggle(SearchFacet.TYPE, "pk-news").types());
        assertTrue(s.isSelected(SearchFacet.TYPE, "pk-news"));
        Map<String, String[]> back = new HashMap<>();
        for (String pair : s.withPage(2).toQueryString().split("&")) {
            String[] kv = pair.split("=");
            back.put(kv[0], new String[] {java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8)});
        }
        assertEquals(s.withPage(2).toQueryString(), SearchRequestState.parse(back).toQueryString());
    }
}
