package org.portalkit.core.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CounterKeysTest {

    @Test
    void validKeys() {
        assertTrue(CounterKeys.isValid("news.views:0b7a4f6e-1c2d-11ef-9a3b-0242ac120002"));
        assertTrue(CounterKeys.isValid("site.visits:2024-05"));
        assertTrue(CounterKeys.isValid("banner.clicks:home_top"));
        assertTrue(CounterKeys.isValid("x".repeat(CounterKeys.MAX_LENGTH)));
    }

    @Test
    void invalidKeys() {
        assertFalse(CounterKeys.isValid(null));
        assertFalse(CounterKeys.isValid(""));
        assertFalse(CounterKeys.isValid("x".repeat(CounterKeys.MAX_LENGTH + 1)));
        assertFalse(CounterKeys.isValid("news views"));
        assertFalse(CounterKeys.isValid("news/views"));
        assertFalse(CounterKeys.isValid("tin-tức"));
        assertFalse(CounterKeys.isValid("a%"));
        assertFalse(CounterKeys.isValid("a'--"));
    }

    @Test
    void requireValidNamesTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> CounterKeys.requireValid("a b"));
        assertTrue(e.getMessage().contains("'a b'"), e.getMessage());
        assertEquals("a", CounterKeys.requireValid("a"));
    }

    @Test
    void prefixesMayBeEmpty() {
        assertEquals("", CounterKeys.requireValidPrefix(""));
        assertEquals("news.views:", CounterKeys.requireValidPrefix("news.views:"));
        assertThrows(IllegalArgumentException.class, () -> CounterKeys.requireValidPrefix(null));
        assertThrows(IllegalArgumentException.class, () -> CounterKeys.requireValidPrefix("news%"));
    }
}
