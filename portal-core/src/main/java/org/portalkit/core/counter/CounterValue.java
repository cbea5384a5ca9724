package org.portalkit.core.counter;

import java.util.Objects;

/**
 * A counter and its value.
 *
 * @param key   the counter key
 * @param value the value
 */
public record CounterValue(String key, long value) {

    /**
     * @param key   the counter key, not {@code null}
     * @param value the value
     */
    public CounterValue {
        Objects.requireNonNull(key, "key");
    }
}
