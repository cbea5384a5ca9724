package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Values of any length and shape are refused quickly with {@link NewsParams.BadParameter}, never with a
 * {@link StackOverflowError} or a long search, and the caps hold exactly.
 */
class NewsParamsLimitsTest {

    private static final String SITE = "/sites/default";

    /** 3000 segments, about 6 KB: what overflowed the stack of the old folder pattern on the server. */
    private static final String SIX_KB = "/a".repeat(3000) + "/";

    /** About 100 KB. */
    private static final String HUNDRED_KB = "/a".repeat(50_000) + "/";

    @Test
    void aSixKilobyteFolderIsRefusedWithoutOverflowingTheStack() {
        assertRefusedFast("news.error.folder", v -> NewsParams.folder(v, SITE), SIX_KB);
        assertRefusedFast("news.error.folder", v -> NewsParams.folder(v, SITE), " " + SIX_KB + " ");
    }

    @Test
    void aHundredKilobyteFolderIsRefusedFast() {
        assertRefusedFast("news.error.folder", v -> NewsParams.folder(v, SITE), HUNDRED_KB);
        assertRefusedFast("news.error.folder", v -> NewsParams.folder(v, SITE), "/" + "a".repeat(100_000));
    }

    @Test
    void theMoreFolderFollowsTheFolderRulesWithItsOwnMessage() {
        assertRefusedFast("news.error.more", v -> NewsParams.more(v, SITE), SIX_KB);
        assertRefusedFast("news.error.more", v -> NewsParams.more(v, SITE), HUNDRED_KB);
        assertRefusedFast("news.error.more", v -> NewsParams.more(v, SITE), "/../system/");
        assertEquals("/sites/default/tin-tuc/", NewsParams.more("/tin-tuc/", SITE));
        assertNull(NewsParams.more(null, SITE));
    }

    @Test
    void foldersUpTo512CharactersAnd32SegmentsAreAcceptedLongerOnesRefused() {
        assertEquals(SITE + "/tin-tuc/", NewsParams.folder("/tin-tuc/", SITE));
        assertEquals(SITE + "/tin-tuc/2020/", NewsParams.folder(" /tin-tuc/2020 ", SITE));
        assertEquals(SITE + "/A.b_c~d$e-f/x..y/", NewsParams.folder("/A.b_c~d$e-f/x..y", SITE));
        assertEquals(SITE + "/", NewsParams.folder("/", SITE));
        assertNull(NewsParams.folder("  ", SITE));
        for (String bad : new String[] {"/a/./b/", "/a/../", "/a//b", "a/b", "/a b/", "/ä/", "/a\u0000/"}) {
            assertRefusedFast("news.error.folder", v -> NewsParams.folder(v, SITE), bad);
        }

        String longestName = "/" + "a".repeat(NewsParams.MAX_FOLDER_LENGTH - 2) + "/";
        assertEquals(512, longestName.length());
        assertEquals(SITE + longestName, NewsParams.folder(longestName, SITE));
        assertEquals(SITE + longestName, NewsParams.folder(longestName.substring(0, 511), SITE), "without slash");
        assertRefusedFast("news.error.folder", v -> NewsParams.folder(v, SITE), "/" + "a".repeat(511) + "/");

        String deepest = "/s".repeat(NewsParams.MAX_FOLDER_SEGMENTS) + "/";
        assertEquals(SITE + deepest, NewsParams.folder(deepest, SITE));
        assertEquals(SITE + deepest, NewsParams.folder(deepest.substring(0, deepest.length() - 1), SITE));
        assertRefusedFast("news.error.folder", v -> NewsParams.folder(v, SITE), "/s" + deepest);
        assertRefusedFast("news.error.folder", v -> NewsParams.folder(v, SITE), "/s/" + deepest.substring(1, 64));
        assertRefusedFast("news.error.more", v -> NewsParams.more(v, SITE), "/s" + deepest);
    }

    @Test
    void categoriesAreCappedAt200CharactersAnd32Segments() {
        String longest = "c".repeat(NewsParams.MAX_CATEGORY_LENGTH);
        assertEquals(longest + "/", NewsParams.category(longest));
        assertEquals(longest + "/", NewsParams.category(" " + longest + " "));
        assertRefusedFast("news.error.category", NewsParams::category, longest + "c");
        assertRefusedFast("news.error.category", NewsParams::category, "c/".repeat(50_000));
        assertRefusedFast("news.error.category", NewsParams::category, "c".repeat(100_000));

        String deepest = "c/".repeat(NewsParams.MAX_CATEGORY_SEGMENTS);
        assertEquals(deepest, NewsParams.category(deepest));
        assertEquals(deepest, NewsParams.category("/" + deepest));
        assertRefusedFast("news.error.category", NewsParams::category, "c/" + deepest);

        assertEquals("chu-de/lao-dong/", NewsParams.category("chu-de/lao-dong"));
        assertEquals("tin-hoat-dong/", NewsParams.category("/tin-hoat-dong/"));
        for (String bad : new String[] {"//a", "a//", "a//b", "/", "//", "A", "a.b"}) {
            assertRefusedFast("news.error.category", NewsParams::category, bad);
        }
    }

    @Test
    void numbersAndIdsRefuseLongValuesAndPageNumbersHaveTheirOwnMessage() {
        assertEquals("60970dbd-eb4c-11f1-b81e-0f5d1783e4b8",
            NewsParams.structureId("60970DBD-EB4C-11F1-B81E-0F5D1783E4B8"));
        assertRefusedFast("news.error.id", NewsParams::structureId, "6".repeat(100_000));
        // Arabic-Indic digit three: a digit to Character.digit, not to a UUID
        assertRefusedFast("news.error.id", NewsParams::structureId, "\u0663".repeat(8) + "-eb4c-11f1-b81e-0f5d1783e4b8");
        assertRefusedFast("news.error.id", NewsParams::structureId, "60970dbd-eb4c-11f1-b81e-0f5d1783e4bg");
        assertRefusedFast("news.error.id", NewsParams::structureId, "60970dbd0eb4c-11f1-b81e-0f5d1783e4b8");
        assertRefusedFast("news.error.count", v -> NewsParams.count(v, 10, 50), "1".repeat(100_000));
        assertRefusedFast("news.error.count", v -> NewsParams.count(v, 10, 50), " ".repeat(100_000));
        assertRefusedFast("news.error.page", v -> NewsParams.page(v, 100), "1".repeat(19));
        assertRefusedFast("news.error.page", v -> NewsParams.page(v, 100), "abc");
        assertRefusedFast("news.error.page", v -> NewsParams.page(v, 100), "\u0663");
        assertEquals(100, NewsParams.page("9".repeat(18), 100), "a long but possible number is capped");
        assertEquals(2, NewsParams.page(" 2 ", 100));
        assertEquals(1, NewsParams.page(null, 100));
        assertEquals(1, NewsParams.page("", 100));
    }

    @Test
    void aRefusedParameterCarriesNoStackTraceButTheValueLength() {
        NewsParams.BadParameter e = assertThrows(NewsParams.BadParameter.class,
            () -> NewsParams.folder(HUNDRED_KB, SITE));
        assertEquals(0, e.getStackTrace().length, "nothing to log");
        assertEquals(HUNDRED_KB.length(), e.getValueLength());
    }

    private static void assertRefusedFast(String key, Function<String, ?> check, String value) {
        long start = System.nanoTime();
        NewsParams.BadParameter e = assertThrows(NewsParams.BadParameter.class, () -> check.apply(value),
            () -> "refused: " + shorten(value));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(key, e.getMessageKey(), shorten(value));
        assertTrue(millis < 200, "refused in " + millis + " ms: " + shorten(value));
    }

    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "… (" + value.length() + " characters)";
    }
}
