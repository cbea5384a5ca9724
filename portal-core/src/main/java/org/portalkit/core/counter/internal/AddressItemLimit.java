package org.portalkit.core.counter.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Bounds what one remote address can add to one counter in a window (e.g. 20 views of one article per address and
 * hour), whatever cookies or user agents its requests carry: the rule a script loop cannot get around by sending a
 * fresh visitor cookie each time. Readers behind one address (an office behind NAT) still count, each once, up to
 * the bound.
 *
 * <p>The window of an (address, counter) pair starts with its first counted event and lasts {@code window}; the
 * windows are the entries of a Caffeine cache that expire after that time. Memory is bounded by {@code maxPairs}
 * (Caffeine evicts the least used pairs first, so a pair that a loop keeps hitting stays).
 *
 * <p>Thread-safe.
 */
public final class AddressItemLimit {

    private final int m_max;

    private final Cache<String, AtomicInteger> m_counts;

    /**
     * @param max      how many events one address may add to one counter per window
     * @param window   the window
     * @param maxPairs how many (address, counter) pairs are tracked at most
     * @param clock    the time source
     */
    public AddressItemLimit(int max, Duration window, long maxPairs, Clock clock) {
        if (max < 1 || maxPairs < 1 || window.toMillis() < 1) {
            throw new IllegalArgumentException("Invalid limit: " + max + " per " + window + ", " + maxPairs + " pairs");
        }
        Objects.requireNonNull(clock, "clock");
        m_max = max;
        m_counts = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(maxPairs)
            .ticker(() -> clock.millis() * 1_000_000L).executor(Runnable::run).build();
    }

    /**
     * Counts an event of an address on a counter if it is within the bound.
     *
     * @param address    the remote address
     * @param counterKey the counter
     * @return true if the event counts (and was recorded), false if the address has reached the bound
     */
    public boolean tryAcquire(String address, String counterKey) {
        AtomicInteger used = m_counts.get(address + '\n' + counterKey, key -> new AtomicInteger());
        while (true) {
            int n = used.get();
            if (n >= m_max) {
                return false;
            }
            if (used.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /**
     * Gives back an event acquired by {@link #tryAcquire} that did not count after all (a later rule refused it).
     *
     * @param address    the remote address
     * @param counterKey the counter
     */
    public void release(String address, String counterKey) {
        AtomicInteger used = m_counts.getIfPresent(address + '\n' + counterKey);
        if (used != null) {
            used.updateAndGet(n -> Math.max(0, n - 1));
        }
    }
}
