package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AddressItemLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"));

    private final AddressItemLimit limit = new AddressItemLimit(3, Duration.ofHours(1), 1000, clock);

    private int acquired(String address, String key, int tries) {
        int n = 0;
        for (int i = 0; i < tries; i++) {
            if (limit.tryAcquire(address, key)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void oneAddressAddsAtMostTheBoundToOneCounterPerWindow() {
        assertEquals(3, acquired("10.0.0.1", "news.views:a", 120));
        clock.advance(Duration.ofMinutes(59));
        assertFalse(limit.tryAcquire("10.0.0.1", "news.views:a"), "the window started with the first event");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(3, acquired("10.0.0.1", "news.views:a", 120), "a new window after an hour");
    }

    @Test
    void otherCountersAndOtherAddressesHaveTheirOwnBound() {
        assertEquals(3, acquired("10.0.0.1", "news.views:a", 10));
        assertEquals(3, acquired("10.0.0.1", "news.views:b", 10));
        assertEquals(3, acquired("10.0.0.2", "news.views:a", 10));
        // the separator keeps an address and a key from forming another pair's key
        assertTrue(limit.tryAcquire("10.0.0.1\nnews.views", "a"));
    }

    @Test
    void aReleasedEventCanBeAcquiredAgain() {
        assertEquals(3, acquired("10.0.0.3", "k", 3));
        limit.release("10.0.0.3", "k");
        assertTrue(limit.tryAcquire("10.0.0.3", "k"));
        assertFalse(limit.tryAcquire("10.0.0.3", "k"));
        limit.release("10.0.0.4", "k"); // nothing acquired: nothing happens
        assertEquals(3, acquired("10.0.0.4", "k", 5));
    }

    @Test
    void invalidLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AddressItemLimit(0, Duration.ofHours(1), 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new AddressItemLimit(1, Duration.ZERO, 10, clock));
        assertThrows(IllegalArgumentException.class, () -> new AddressItemLimit(1, Duration.ofHours(1), 0, clock));
    }
}
