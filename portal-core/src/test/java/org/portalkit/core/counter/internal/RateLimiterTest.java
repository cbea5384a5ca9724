package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"));

    @Test
    void allowsTheLimitPerWindowAndSubject() {
        RateLimiter limiter = new RateLimiter(60, Duration.ofMinutes(1), 1000, clock);
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.tryAcquire("address:10.0.0.1"));
        }
        assertFalse(limiter.tryAcquire("address:10.0.0.1"));
        assertTrue(limiter.tryAcquire("address:10.0.0.2"));
        clock.advance(Duration.ofSeconds(59));
        assertFalse(limiter.tryAcquire("address:10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.tryAcquire("address:10.0.0.1"));
    }

    @Test
    void refusesNewSubjectsWhenAWindowIsFull() {
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(1), 2, clock);
        assertTrue(limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("b"));
        assertFalse(limiter.tryAcquire("c"));
        assertTrue(limiter.tryAcquire("a"));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(limiter.tryAcquire("c"));
    }
}
