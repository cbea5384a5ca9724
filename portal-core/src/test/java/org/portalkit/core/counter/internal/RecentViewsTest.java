package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RecentViewsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T08:00:20Z"));

    private final RecentViews views = new RecentViews(Duration.ofMinutes(30), 1000, clock);

    @Test
    void aRepeatWithinThirtyMinutesIsNotNew() {
        assertTrue(views.markIfNew("v1", "news.views:a"));
        assertFalse(views.markIfNew("v1", "news.views:a"));
        assertTrue(views.markIfNew("v1", "news.views:b"));
        assertTrue(views.markIfNew("v2", "news.views:a"));
        clock.advance(Duration.ofMinutes(30));
        assertFalse(views.markIfNew("v1", "news.views:a"));
    }

    @Test
    void afterThirtyOneMinutesItIsNewAgain() {
        assertTrue(views.markIfNew("v1", "news.views:a"));
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertFalse(views.markIfNew("v1", "news.views:a"));
        clock.advance(Duration.ofSeconds(61 + 60)); // 31 min after the first view
        assertTrue(views.markIfNew("v1", "news.views:a"));
        assertFalse(views.markIfNew("v1", "news.views:a"));
    }

    @Test
    void oldBucketsAreDroppedSoMemoryStaysBounded() {
        RecentViews small = new RecentViews(Duration.ofMinutes(30), 100, clock);
        for (int i = 0; i < 60; i++) {
            assertTrue(small.markIfNew("old" + i, "k"));
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 60; i++) {
            assertTrue(small.markIfNew("new" + i, "k"));
        }
        // 120 > 100: the oldest bucket (the first minute) was dropped
        assertEquals(60, small.size());
        assertTrue(small.markIfNew("old0", "k"));
        assertFalse(small.markIfNew("new0", "k"));
        clock.advance(Duration.ofHours(1));
        assertTrue(small.markIfNew("new0", "k"));
        assertEquals(1, small.size());
    }

    @Test
    void forgetAllowsTheNextViewToCount() {
        assertTrue(views.markIfNew("v", "k"));
        views.forget("v", "k");
        assertEquals(0, views.size());
        assertTrue(views.markIfNew("v", "k"));
    }

    @Test
    void hashSeparatesVisitorAndKey() {
        assertNotEquals(RecentViews.hash("ab", "c"), RecentViews.hash("a", "bc"));
        assertEquals(RecentViews.hash("a", "b"), RecentViews.hash("a", "b"));
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RecentViews(Duration.ofSeconds(5), 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new RecentViews(Duration.ofMinutes(30), 0, clock));
    }
}
