package org.portalkit.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Settings of an included element are what the page passed: OpenCms merges include parameters (first) with the
 * visitor's query string (after them); the visitor's values are taken away again.
 */
class ElementSettingsTest {

    @Test
    void anIncludedElementIgnoresWhatOnlyTheVisitorSent() {
        // the landing page passes n=10&more=/tin-tuc/, the visitor adds ?folder=/nope/&n=9999&paging=true&page=2
        Map<String, String[]> visitor = Map.of("folder", new String[] {"/nope/"}, "n", new String[] {"9999"},
            "paging", new String[] {"true"}, "page", new String[] {"2"});
        Map<String, String[]> merged = Map.of("folder", new String[] {"/nope/"}, "n", new String[] {"10", "9999"},
            "more", new String[] {"/tin-tuc/"}, "paging", new String[] {"true"}, "page", new String[] {"2"});
        ElementSettings params = new ElementSettings(true, merged, visitor);
        assertNull(params.setting("folder"));
        assertNull(params.setting("paging"));
        assertEquals("10", params.setting("n"));
        assertEquals("/tin-tuc/", params.setting("more"));
        assertNull(params.setting("page"), "the page number is no setting");
        assertEquals("2", params.visitor("page"));
        assertNull(params.visitor("more"));
    }

    @Test
    void aPageValueEqualToTheVisitorsStillCounts() {
        Map<String, String[]> visitor = Map.of("n", new String[] {"10"});
        ElementSettings params = new ElementSettings(true, Map.of("n", new String[] {"10", "10"}), visitor);
        assertEquals("10", params.setting("n"));
        assertEquals(List.of("5"), ElementSettings.pageValues(new String[] {"5", "10", "5"}, new String[] {"10", "5"}));
        assertEquals(List.of(), ElementSettings.pageValues(new String[] {"x", "x"}, new String[] {"x", "x"}));
    }

    @Test
    void aJspRequestedDirectlyTakesTheRequestsParameters() {
        Map<String, String[]> request = Map.of("folder", new String[] {"/tin-tuc/"});
        ElementSettings params = new ElementSettings(false, request, request);
        assertEquals("/tin-tuc/", params.setting("folder"));
        assertEquals("/tin-tuc/", params.visitor("folder"));
        assertNull(params.setting("n"));
    }

    @Test
    void manyVisitorValuesAreSubtractedInLinearTime() {
        String[] sent = new String[200_000];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = "/v" + i + "/";
        }
        String[] merged = new String[sent.length + 1];
        merged[0] = "/tin-tuc/";
        System.arraycopy(sent, 0, merged, 1, sent.length);
        long start = System.nanoTime();
        assertEquals(List.of("/tin-tuc/"), ElementSettings.pageValues(merged, sent));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(true, millis < 2000, millis + " ms");
    }

    private static final String SITE = "/sites/default";

    /** 3000 segments, about 6 KB: what overflowed the stack of an old folder pattern on the server. */
    private static final String SIX_KB = "/a".repeat(3000) + "/";

    private static ElementSettings direct(String... pairs) {
        Map<String, String[]> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return new ElementSettings(false, map, map);
    }

    @Test
    void countsAreCapped() {
        assertEquals(10, direct().count("n", 10, 50));
        assertEquals(10, direct("n", " ").count("n", 10, 50));
        assertEquals(5, direct("n", "5").count("n", 10, 50));
        assertEquals(50, direct("n", "51").count("n", 10, 50));
        assertEquals(50, direct("n", "999999999999999999").count("n", 10, 50));
        assertEquals(1, direct("n", "0").count("n", 10, 50));
        for (String bad : new String[] {"-1", "abc", "1e3", "5;drop", "9999999999999999999", "1 0", "\u0663",
            "1".repeat(100_000), " ".repeat(100_000)}) {
            assertRefusedFast(ListParameterException.KEY_COUNT, v -> direct("n", v).count("n", 10, 50), bad);
        }
    }

    @Test
    void foldersAreRootPathsInsideTheSite() {
        assertEquals("/sites/default/tin-tuc/", direct("folder", "/tin-tuc").folder("folder", SITE));
        assertEquals("/sites/default/tin-tuc/2020/", direct("folder", " /tin-tuc/2020/ ").folder("folder", SITE + "/"));
        assertEquals("/sites/default/", direct("folder", "/").folder("folder", SITE));
        assertNull(direct().folder("folder", SITE));
        assertNull(direct("folder", "  ").folder("folder", SITE));
        for (String bad : new String[] {"tin-tuc", "/../system/", "/tin-tuc/../../", "/./", "//evil", "/a b/", "/a\"b/",
            "/%2e%2e/", "/tin-tuc\\x", "http://evil.example/", "/\u00e4/", "/a\u0000/", SIX_KB, "/a".repeat(50_000),
            "/" + "a".repeat(200)}) {
            assertRefusedFast(ListParameterException.KEY_FOLDER, v -> direct("folder", v).folder("folder", SITE), bad);
        }
        assertRefusedFast(ListParameterException.KEY_FOLDER, v -> direct("folder", v).folder("folder", ""), "/system/");
    }

    @Test
    void theMoreFolderFollowsTheFolderRulesWithItsOwnMessage() {
        assertEquals("/sites/default/tin-tuc/", direct("more", "/tin-tuc/").folder("more", SITE));
        for (String bad : new String[] {SIX_KB, "/../system/"}) {
            assertRefusedFast(ListParameterException.KEY_MORE, v -> direct("more", v).folder("more", SITE), bad);
        }
    }

    @Test
    void categoriesGetATrailingSlashAndAreCapped() {
        assertEquals("tin-hoat-dong/", direct("category", "tin-hoat-dong").category("category"));
        assertEquals("chu-de/lao_dong/", direct("category", "/chu-de/lao_dong/").category("category"));
        assertNull(direct().category("category"));
        assertEquals("c/c/c/c/c/", direct("category", "c/".repeat(5)).category("category"));
        for (String bad : new String[] {"Tin", "a b", "a\"b", "a:b", "*", "a/../b", "a//b", "/", "tin-hoạt-động",
            "x)OR(y", "c/".repeat(6), "c".repeat(201), "c/".repeat(50_000), "{!lucene}*:*"}) {
            assertRefusedFast(ListParameterException.KEY_CATEGORY, v -> direct("category", v).category("category"), bad);
        }
    }

    @Test
    void onlyTheListsOwnVisitorParametersCount() {
        ListDefinition plain = ListDefinition.builder()
            .type(new ListTypeMapping("pk-news", "t_{locale}_s", "d_{locale}_dt", null, null, null)).build();
        Map<String, String[]> visitor = Map.of("page", new String[] {"3"}, "cat", new String[] {"x"},
            "year", new String[] {"nope"});
        ElementSettings settings = new ElementSettings(true, visitor, visitor);
        assertEquals(3, settings.state(plain, true).page());
        assertEquals(0, settings.state(plain, true).categories().size(), "no facet: cat and year are ignored");
        assertEquals(1, settings.state(plain, false).page(), "no paging: the page is ignored");
        ElementSettings bad = new ElementSettings(true, Map.of("page", new String[] {"1".repeat(6000)}),
            Map.of("page", new String[] {"1".repeat(6000)}));
        assertEquals(ListParameterException.KEY_PAGE,
            assertThrows(ListParameterException.class, () -> bad.state(plain, true)).messageKey());
        assertEquals(0, assertThrows(ListParameterException.class, () -> bad.state(plain, true)).getStackTrace().length,
            "nothing to log");
    }

    @Test
    void flagsAreTrueOnlyForTrue() {
        assertTrue(direct("paging", "true").flag("paging"));
        assertEquals(false, direct("paging", "yes").flag("paging"));
        assertEquals(false, direct().flag("paging"));
    }

    private static void assertRefusedFast(String key, Function<String, ?> check, String value) {
        long start = System.nanoTime();
        ListParameterException e = assertThrows(ListParameterException.class, () -> check.apply(value),
            () -> "refused: " + shorten(value));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(key, e.messageKey(), shorten(value));
        assertTrue(millis < 200, "refused in " + millis + " ms: " + shorten(value));
    }

    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "… (" + value.length() + " characters)";
    }
}
