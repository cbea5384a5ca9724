package org.portalkit.core.counter.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that only moves when told to. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** @param start the initial time */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /** @param duration how far to move forward */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
