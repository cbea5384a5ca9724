package org.portalkit.core.counter.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Allows at most {@code maxPerWindow} events per subject (a remote address, a visitor id) in each fixed time window
 * (e.g. 60 counted views per address per minute). Fixed windows are simple and need one counter per subject; a
 * client that times its bursts can get up to twice the limit across a window boundary, which is fine for keeping a
 * script loop from inflating view counts.
 *
 * <p>Memory is bounded: at most {@code maxSubjects} subjects per window. When a window already has that many, new
 * subjects are refused until the next window (under such a flood, not counting is the right answer).
 *
 * <p>Thread-safe, lock-free except for the window change.
 */
public final class RateLimiter {

    /** The counts of one window. */
    private static final class Window {

        final long index;

        final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        Window(long index) {
            this.index = index;
        }
    }

    private final int maxPerWindow;

    private final long windowMillis;

    private final int maxSubjects;

    private final Clock clock;

    private volatile Window window = new Window(Long.MIN_VALUE);

    /**
     * @param maxPerWindow how many events a subject may have per window
     * @param window       the window length, at least one millisecond
     * @param maxSubjects  how many subjects one window tracks at most
     * @param clock        the time source
     */
    public RateLimiter(int maxPerWindow, Duration window, int maxSubjects, Clock clock) {
        if (maxPerWindow < 1 || maxSubjects < 1 || window.toMillis() < 1) {
            throw new IllegalArgumentException("Invalid rate limit: " + maxPerWindow + " per " + window + ", "
                + maxSubjects + " subjects");
        }
        this.maxPerWindow = maxPerWindow;
        this.windowMillis = window.toMillis();
        this.maxSubjects = maxSubjects;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Counts an event of a subject if it is within the limit.
     *
     * @param subject who causes the event
     * @return true if the event is allowed (and was counted), false if the subject is over its limit
     */
    public boolean tryAcquire(String subject) {
        Window current = currentWindow();
        AtomicInteger count = current.counts.get(subject);
        if (count == null) {
            if (current.counts.size() >= maxSubjects) {
                return false;
            }
            count = current.counts.computeIfAbsent(subject, s -> new AtomicInteger());
        }
        while (true) {
            int used = count.get();
            if (used >= maxPerWindow) {
                return false;
            }
            if (count.compareAndSet(used, used + 1)) {
                return true;
            }
        }
    }

    private Window currentWindow() {
        long index = Math.floorDiv(clock.millis(), windowMillis);
        Window current = window;
        if (current.index >= index) {
            // same window, or the clock went back: stay in the current window
            return current;
        }
        synchronized (this) {
            if (window.index < index) {
                window = new Window(index);
            }
            return window;
        }
    }
}
