package org.portalkit.core.counter;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Persistent storage of counter values, written in batches by {@link Counters} implementations. Keys are valid
 * {@link CounterKeys}. Every method throws {@link CounterStoreException} if the storage fails.
 */
public interface CounterStore {

    /**
     * Adds deltas to counters, creating missing counters, all in one transaction: either every delta is stored or
     * none (then the exception is thrown and the caller may retry with the same deltas).
     *
     * @param deltas counter key → amount to add (positive)
     */
    void add(Map<String, Long> deltas);

    /**
     * @param key a counter
     * @return its stored value, 0 if it does not exist
     */
    long read(String key);

    /**
     * @param keys counters
     * @return the stored values of those that exist
     */
    Map<String, Long> read(Collection<String> keys);

    /**
     * Sets a counter to {@code value} if it does not exist or is lower; otherwise leaves it.
     *
     * @param key   a counter
     * @param value the value
     * @throws IllegalArgumentException if the store cannot hold the value
     */
    void raiseTo(String key, long value);

    /**
     * @param keyPrefix a key prefix, empty for all
     * @param limit     how many, 1 or more
     * @return the stored counters with the highest values whose keys start with the prefix, highest first, ties by key
     */
    List<CounterValue> top(String keyPrefix, int limit);
}
