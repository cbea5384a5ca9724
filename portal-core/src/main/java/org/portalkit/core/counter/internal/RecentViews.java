package org.portalkit.core.counter.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;

/**
 * Remembers which visitor viewed which counter recently, so that reloading a page does not count again.
 *
 * <p>Each (visitor, counter) pair is stored as a 64-bit hash (a collision, about 1 in 10<sup>7</sup> with 500,000
 * entries, only means one view not counted) in time buckets of {@code window / 30} (one minute for 30 minutes). A pair
 * counts as recent while its bucket is within the window, so a repeat view is counted again between {@code window}
 * and {@code window + bucket} after the first (30 to 31 minutes), never earlier. Memory is bounded: with more than
 * {@code maxEntries} pairs, the oldest bucket is dropped (its visitors may be counted again early, which only happens
 * under heavy load). 16 to 32 bytes per pair, at most about 16 MB for the default 500,000.
 *
 * <p>Thread-safe (synchronized; one short critical section per counted view).
 */
public final class RecentViews {

    private static final int BUCKETS_PER_WINDOW = 30;

    /** The pairs first seen during one bucket's time span. */
    private static final class Bucket {

        final long index;

        final LongHashSet pairs = new LongHashSet();

        Bucket(long index) {
            this.index = index;
        }
    }

    private final long bucketMillis;

    private final int maxEntries;

    private final Clock clock;

    /** Oldest first. */
    private final ArrayDeque<Bucket> buckets = new ArrayDeque<>();

    private int entries;

    /**
     * @param window     how long a view is remembered, at least 30 seconds
     * @param maxEntries how many pairs at most
     * @param clock      the time source
     */
    public RecentViews(Duration window, int maxEntries, Clock clock) {
        if (window.toSeconds() < BUCKETS_PER_WINDOW) {
            throw new IllegalArgumentException("window too short: " + window);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.bucketMillis = window.toMillis() / BUCKETS_PER_WINDOW;
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records that a visitor views a counter's page.
     *
     * @param visitor the visitor id
     * @param key     the counter
     * @return true if the visitor did not view it within the window (the view should count), false if it did
     */
    public synchronized boolean markIfNew(String visitor, String key) {
        long pair = hash(visitor, key);
        long now = clock.millis() / bucketMillis;
        expire(now);
        for (Bucket bucket : buckets) {
            if (bucket.pairs.contains(pair)) {
                return false;
            }
        }
        Bucket newest = buckets.peekLast();
        if (newest == null || newest.index < now) {
            newest = new Bucket(now);
            buckets.addLast(newest);
        }
        newest.pairs.add(pair);
        entries++;
        while (entries > maxEntries && !buckets.isEmpty()) {
            entries -= buckets.removeFirst().pairs.size();
        }
        return true;
    }

    /**
     * Forgets a view recorded by {@link #markIfNew(String, String)}, e.g. because it was not counted after all.
     *
     * @param visitor the visitor id
     * @param key     the counter
     */
    public synchronized void forget(String visitor, String key) {
        long pair = hash(visitor, key);
        for (Bucket bucket : buckets) {
            if (bucket.pairs.remove(pair)) {
                entries--;
                return;
            }
        }
    }

    /** @return how many pairs are remembered */
    public synchronized int size() {
        return entries;
    }

    /** Drops the buckets that lie completely before the window that ends with bucket {@code now}. */
    private void expire(long now) {
        Iterator<Bucket> oldestFirst = buckets.iterator();
        while (oldestFirst.hasNext()) {
            Bucket bucket = oldestFirst.next();
            if (bucket.index >= now - BUCKETS_PER_WINDOW) {
                return;
            }
            entries -= bucket.pairs.size();
            oldestFirst.remove();
        }
    }

    /** 64-bit FNV-1a over the UTF-8 bytes of visitor, a separator and key, then the MurmurHash3 finaliser; never 0. */
    static long hash(String visitor, String key) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, visitor.getBytes(StandardCharsets.UTF_8));
        h = (h ^ 0x1F) * 0x100000001b3L;
        h = fnv(h, key.getBytes(StandardCharsets.UTF_8));
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static long fnv(long seed, byte[] bytes) {
        long h = seed;
        for (byte b : bytes) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }
}
