package org.portalkit.core.counter.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counter increments that are not yet written, kept in memory without locks:
 * a {@code ConcurrentHashMap<String, LongAdder>} per <em>generation</em>.
 *
 * <p>{@link #add(String, long)} adds to the current generation. {@link #drain()} installs a fresh generation, waits
 * until no writer is still inside the old one ({@link InFlightWriters}) and returns the old one's sums. So no
 * increment can slip between reading and resetting a counter: each one is counted in exactly one generation, and a
 * drained generation is never written again. Only one thread may drain at a time (the caller serialises that).
 */
final class PendingDeltas {

    /** One map of deltas and the writers currently inside it. */
    private static final class Generation {

        final ConcurrentHashMap<String, LongAdder> deltas = new ConcurrentHashMap<>();

        final InFlightWriters writers = new InFlightWriters();

        LongAdder adder(String key) {
            // get() first: computeIfAbsent may lock the hash bin even when the key is present
            LongAdder adder = deltas.get(key);
            return adder != null ? adder : deltas.computeIfAbsent(key, k -> new LongAdder());
        }
    }

    private volatile Generation current = new Generation();

    /**
     * Adds to a counter's pending delta. Lock-free.
     *
     * @param key   the counter
     * @param delta the amount
     */
    void add(String key, long delta) {
        while (true) {
            Generation generation = current;
            int slot = generation.writers.enter();
            try {
                if (generation == current) {
                    generation.adder(key).add(delta);
                    return;
                }
            } finally {
                generation.writers.exit(slot);
            }
        }
    }

    /**
     * @param key a counter
     * @return its pending delta in the current generation (0 if none)
     */
    long get(String key) {
        LongAdder adder = current.deltas.get(key);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * @param prefix a key prefix, empty for all
     * @return the non-zero pending deltas of the current generation whose keys start with the prefix
     */
    Map<String, Long> withPrefix(String prefix) {
        Map<String, Long> result = new HashMap<>();
        current.deltas.forEach((key, adder) -> {
            if (key.startsWith(prefix)) {
                long sum = adder.sum();
                if (sum != 0) {
                    result.put(key, sum);
                }
            }
        });
        return result;
    }

    /** @return the number of counters with pending deltas (an estimate while writers are active) */
    int size() {
        return current.deltas.size();
    }

    /**
     * Takes all pending deltas out: afterwards they are no longer pending. Must not be called concurrently with
     * itself.
     *
     * @return counter key → delta, without zero deltas
     */
    Map<String, Long> drain() {
        Generation drained = current;
        current = new Generation();
        drained.writers.awaitNone();
        Map<String, Long> result = new HashMap<>(drained.deltas.size() * 2);
        drained.deltas.forEach((key, adder) -> {
            long sum = adder.sum();
            if (sum != 0) {
                result.put(key, sum);
            }
        });
        return result;
    }
}
