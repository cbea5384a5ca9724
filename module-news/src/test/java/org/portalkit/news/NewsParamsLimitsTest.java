package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Ids of any length and shape are refused quickly with {@link NewsParams.BadParameter} (the list settings' limits
 * are tested in portal-core's {@code ElementSettingsTest}).
 */
class NewsParamsLimitsTest {

    /** About 100 KB. */
    private static final String HUNDRED_KB = "/a".repeat(50_000) + "/";

    @Test
    void idsRefuseLongValues() {
        assertEquals("60970dbd-eb4c-11f1-b81e-0f5d1783e4b8",
            NewsParams.structureId("60970DBD-EB4C-11F1-B81E-0F5D1783E4B8"));
        assertRefusedFast("news.error.id", NewsParams::structureId, "6".repeat(100_000));
        // Arabic-Indic digit three: a digit to Character.digit, not to a UUID
        assertRefusedFast("news.error.id", NewsParams::structureId, "\u0663".repeat(8) + "-eb4c-11f1-b81e-0f5d1783e4b8");
        assertRefusedFast("news.error.id", NewsParams::structureId, "60970dbd-eb4c-11f1-b81e-0f5d1783e4bg");
        assertRefusedFast("news.error.id", NewsParams::structureId, "60970dbd0eb4c-11f1-b81e-0f5d1783e4b8");
    }

    @Test
    void aRefusedParameterCarriesNoStackTraceButTheValueLength() {
        NewsParams.BadParameter e = assertThrows(NewsParams.BadParameter.class,
            () -> NewsParams.structureId(HUNDRED_KB));
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
