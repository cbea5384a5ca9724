package org.portalkit.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentValuesTest {

    @Test
    void aDateElementIsItsEpochMilliseconds() {
        assertEquals(1631588400000L, ContentValues.millis(" 1631588400000\n"));
    }

    @Test
    void anEmptyOrBrokenDateIsZero() {
        assertEquals(0, ContentValues.millis(null));
        assertEquals(0, ContentValues.millis(""));
        assertEquals(0, ContentValues.millis("12.5.2026"));
        assertEquals(0, ContentValues.millis("99999999999999999999"));
    }
}
