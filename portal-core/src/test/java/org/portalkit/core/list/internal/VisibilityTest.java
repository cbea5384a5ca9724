package org.portalkit.core.list.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisibilityTest {

    /** 12:00:30 of some day. */
    private static final long NOW = 1_700_000_000_000L - Math.floorMod(1_700_000_000_000L, 60_000L) + 30_000L;
    private static final long MINUTE = NOW - 30_000L;

    @Test
    void theJavaWindowIsTheFiltersRoundedToTheMinute() {
        assertTrue(Visibility.isInWindow(0, Long.MAX_VALUE, NOW), "no release date, never expires");
        assertTrue(Visibility.isInWindow(MINUTE, Long.MAX_VALUE, NOW), "released at the start of the minute");
        assertFalse(Visibility.isInWindow(MINUTE + 1, Long.MAX_VALUE, NOW), "released later in the minute: next minute");
        assertTrue(Visibility.isInWindow(0, MINUTE + 60_000L, NOW), "expires at the end of the minute");
        assertFalse(Visibility.isInWindow(0, MINUTE + 59_999L, NOW), "expires within the minute: gone already");
        assertFalse(Visibility.isInWindow(0, NOW - 1, NOW), "expired");
    }
}
