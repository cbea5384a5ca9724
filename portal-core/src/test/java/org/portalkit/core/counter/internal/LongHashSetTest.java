package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void addContainsRemove() {
        LongHashSet set = new LongHashSet();
        assertTrue(set.add(42));
        assertFalse(set.add(42));
        assertTrue(set.contains(42));
        assertFalse(set.contains(43));
        assertTrue(set.remove(42));
        assertFalse(set.remove(42));
        assertFalse(set.contains(42));
        assertEquals(0, set.size());
        assertThrows(IllegalArgumentException.class, () -> set.add(0));
    }

    @Test
    void behavesLikeAHashSetUnderRandomOperations() {
        LongHashSet set = new LongHashSet();
        Set<Long> reference = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // a small value range forces collisions, long probe runs and backward shifts
            long value = 1 + random.nextInt(5_000) * 1024L;
            int operation = random.nextInt(3);
            if (operation == 0) {
                assertEquals(reference.add(value), set.add(value));
            } else if (operation == 1) {
                assertEquals(reference.remove(value), set.remove(value));
            } else {
                assertEquals(reference.contains(value), set.contains(value));
            }
        }
        assertEquals(reference.size(), set.size());
        for (long value : reference) {
            assertTrue(set.contains(value));
        }
    }
}
