package org.portalkit.core.counter;

import java.util.List;

/**
 * Named, persistent counters: news article views, site visits, banner clicks.
 *
 * <p>Keys are 1 to {@value CounterKeys#MAX_LENGTH} characters of {@code A-Z a-z 0-9 . _ : -} (see
 * {@link CounterKeys}); by convention a lower-case kind, a colon and an id, e.g. {@code news.views:<structure id>}.
 * Increments are cheap and are written to the database in batches, so a value read right after an increment already
 * includes it ({@link #value(String)} adds what is not yet written).
 *
 * <p>Implementations are thread-safe. Methods that read or write the database throw {@link CounterStoreException}
 * when it fails; {@link #increment(String)} never touches the database.
 */
public interface Counters {

    /** The largest number of entries {@link #top(String, int)} returns. */
    int MAX_TOP = 100;

    /**
     * Adds one to a counter (creating it on first use). Never blocks on the database.
     *
     * @param key the counter
     * @throws IllegalArgumentException if the key is not valid
     */
    void increment(String key);

    /**
     * @param key the counter
     * @return the stored value plus the increments not yet written; 0 for a counter that does not exist
     * @throws IllegalArgumentException if the key is not valid
     * @throws CounterStoreException    if the database cannot be read
     */
    long value(String key);

    /**
     * Imports a counter value, e.g. the view count of an article migrated from an older portal. Idempotent: the stored
     * value becomes {@code value} if the counter does not exist or is lower, otherwise nothing changes. Increments not
     * yet written are added on top as usual.
     *
     * @param key   the counter
     * @param value the value, 0 or more (the store may limit the range, the JDBC store to {@link Integer#MAX_VALUE})
     * @throws IllegalArgumentException if the key or the value is not valid
     * @throws CounterStoreException    if the database cannot be written
     */
    void setStartValue(String key, long value);

    /**
     * The counters with the highest values among those whose key starts with a prefix, highest first, ties by key.
     *
     * @param keyPrefix the key prefix, e.g. {@code news.views:}; empty for all counters
     * @param limit     how many, at most {@value #MAX_TOP} (larger values are capped, 0 or less gives an empty list)
     * @return the counters with their current values (stored plus not yet written)
     * @throws IllegalArgumentException if the prefix has characters no key can have
     * @throws CounterStoreException    if the database cannot be read
     */
    List<CounterValue> top(String keyPrefix, int limit);

    /**
     * Writes all increments made so far to the database now. If that fails, the increments stay pending and are
     * written with a later flush.
     *
     * @throws CounterStoreException if the database cannot be written
     */
    void flush();
}
