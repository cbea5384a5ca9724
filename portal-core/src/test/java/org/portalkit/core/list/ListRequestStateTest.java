package org.portalkit.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListRequestStateTest {

    private static ListRequestState parse(String... keyValues) {
        Map<String, String[]> map = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.merge(keyValues[i], new String[] {keyValues[i + 1]}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
        return ListRequestState.parse(map);
    }

    private static String rejected(String... keyValues) {
        return assertThrows(ListParameterException.class, () -> parse(keyValues)).messageKey();
    }

    @Test
    void defaultsAndUnknownParametersIgnored() {
        ListRequestState state = parse("q", "{!lucene}*:*", "sort", "x");
        assertEquals(1, state.page());
        assertEquals(List.of(), state.categories());
        assertEquals(0, state.year());
        assertEquals("", state.toQueryString());
    }

    @Test
    void pageIsCappedAndMustBeDigits() {
        assertEquals(7, parse("page", "7").page());
        assertEquals(ListRequestState.MAX_PAGE, parse("page", "99999").page());
        assertEquals(1, parse("page", "0").page());
        for (String bad : new String[] {"abc", "-1", "1e3", "9999999999", "1 OR 1", "x".repeat(10_000), "1\u0000"}) {
            assertEquals(ListParameterException.KEY_PAGE, rejected("page", bad), bad.length() > 40 ? "long" : bad);
        }
        assertEquals(ListParameterException.KEY_REPEATED, rejected("page", "1", "page", "2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{!lucene}*:*", "*:*", "a\" OR \"b", "a\\b/", "a/../b/", "a//b/", "A/", "lao dong/",
        "a/\u0000/", "a/\u202e/", "a/b/c/d/e/f/", "đ/", "a:b/", "a*/", "(a)/"})
    void hostileCategoriesAreRejected(String value) {
        assertEquals(ListParameterException.KEY_CATEGORY, rejected("cat", value));
    }

    @Test
    void veryLongCategoryIsRejectedBeforeAnyCheck() {
        assertEquals(ListParameterException.KEY_CATEGORY, rejected("cat", "a".repeat(10_000)));
    }

    @Test
    void categoriesAreNormalised() {
        ListRequestState state = parse("cat", "/lao-dong-viec-lam", "cat", "nguoi-co-cong/con_em/");
        assertEquals(List.of("lao-dong-viec-lam/", "nguoi-co-cong/con_em/"), state.categories());
        assertEquals(ListParameterException.KEY_REPEATED, rejected("cat", "a/", "cat", "b/", "cat", "c/", "cat", "d/",
            "cat", "e/", "cat", "f/"));
    }

    @Test
    void yearAndMonth() {
        assertEquals(2021, parse("year", "2021").year());
        assertEquals("2021-07", parse("month", "2021-07").month());
        for (String bad : new String[] {"21", "20211", "1899", "2101", "*", "2021)"}) {
            assertEquals(ListParameterException.KEY_YEAR, rejected("year", bad));
        }
        for (String bad : new String[] {"2021-13", "2021-00", "2021-7", "2021/07", "2021-07-01", "*:*-1"}) {
            assertEquals(ListParameterException.KEY_MONTH, rejected("month", bad));
        }
    }

    @Test
    void queryStringKeepsTheSelectionsAndMarksCombinations() {
        ListRequestState state = parse("cat", "a/", "year", "2021", "page", "3");
        assertEquals("cat=a%2F&year=2021&page=3", state.toQueryString());
        assertEquals("cat=a%2F&year=2021", state.withPage(1).toQueryString());
        assertTrue(state.isCombination());
        ListRequestState fewer = state.toggle(ListFacet.YEAR, "2021");
        assertEquals("cat=a%2F", fewer.toQueryString(), "toggling a selected value removes it, back to page 1");
        assertFalse(fewer.isCombination());
        assertTrue(fewer.isSelected(ListFacet.CATEGORY, "a/"));
        assertEquals("cat=a%2F&month=2020-02", fewer.toggle(ListFacet.MONTH, "2020-02").toQueryString());
        assertThrows(ListParameterException.class, () -> fewer.toggle(ListFacet.CATEGORY, "*:*"));
    }

    @Test
    void pageLinksKeepTheStateAndCapTheWindow() {
        PageLinks links = PageLinks.of(parse("year", "2021", "page", "50"), 100);
        assertEquals(50, links.current());
        assertEquals(PageLinks.WINDOW, links.pages().size());
        assertEquals(47, links.pages().get(0).number());
        assertTrue(links.pages().get(3).current());
        assertEquals("year=2021", links.first().queryString());
        assertEquals("year=2021&page=49", links.previous().queryString());
        assertEquals("year=2021&page=51", links.next().queryString());
        assertEquals("year=2021&page=100", links.lastPage().queryString());
        assertFalse(links.nofollow());
        PageLinks single = PageLinks.of(parse("page", "9"), 1);
        assertEquals(1, single.current());
        assertEquals(null, single.next());
        assertEquals(null, single.previous());
    }
}
