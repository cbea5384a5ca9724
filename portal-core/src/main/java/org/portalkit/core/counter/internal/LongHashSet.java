package org.portalkit.core.counter.internal;

/**
 * A set of {@code long} values in one array (open addressing, linear probing, deletion by backward shift): 8 to 16
 * bytes per element instead of the ~50 bytes of a {@code HashSet<Long>}. The value 0 cannot be stored (it marks
 * free slots). Not thread-safe.
 */
final class LongHashSet {

    private static final int MIN_CAPACITY = 16;

    private long[] slots;

    private int size;

    LongHashSet() {
        slots = new long[MIN_CAPACITY];
    }

    /** @return the number of elements */
    int size() {
        return size;
    }

    /**
     * @param value a non-zero value
     * @return whether it is in the set
     */
    boolean contains(long value) {
        requireNonZero(value);
        int mask = slots.length - 1;
        for (int i = indexOf(value, mask); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return false;
            }
            if (slot == value) {
                return true;
            }
        }
    }

    /**
     * @param value a non-zero value
     * @return whether it was added (false if it was there already)
     */
    boolean add(long value) {
        requireNonZero(value);
        if ((size + 1) * 2 > slots.length) {
            resize(slots.length * 2);
        }
        int mask = slots.length - 1;
        for (int i = indexOf(value, mask); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = value;
                size++;
                return true;
            }
            if (slot == value) {
                return false;
            }
        }
    }

    /**
     * @param value a non-zero value
     * @return whether it was removed (false if it was not there)
     */
    boolean remove(long value) {
        requireNonZero(value);
        int mask = slots.length - 1;
        int i = indexOf(value, mask);
        while (slots[i] != value) {
            if (slots[i] == 0) {
                return false;
            }
            i = (i + 1) & mask;
        }
        // Backward shift: move later elements of the same probe run into the gap.
        int gap = i;
        for (int j = (gap + 1) & mask; slots[j] != 0; j = (j + 1) & mask) {
            int home = indexOf(slots[j], mask);
            // Move slots[j] if its home position is not cyclically within (gap, j].
            boolean homeBetweenGapAndJ = gap <= j ? (gap < home && home <= j) : (gap < home || home <= j);
            if (!homeBetweenGapAndJ) {
                slots[gap] = slots[j];
                gap = j;
            }
        }
        slots[gap] = 0;
        size--;
        return true;
    }

    private void resize(int capacity) {
        long[] old = slots;
        slots = new long[capacity];
        int mask = capacity - 1;
        for (long value : old) {
            if (value != 0) {
                int i = indexOf(value, mask);
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = value;
            }
        }
    }

    private static int indexOf(long value, int mask) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static void requireNonZero(long value) {
        if (value == 0) {
            throw new IllegalArgumentException("0 cannot be stored");
        }
    }
}
