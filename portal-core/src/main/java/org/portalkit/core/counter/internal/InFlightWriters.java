package org.portalkit.core.counter.internal;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts the threads that are inside a short write section, so that another thread can wait until all of them have
 * left. Lock-free for the writers: entering and leaving are one atomic add each on a slot chosen by the thread, and
 * the slots are spread over separate cache lines so that threads on different cores rarely share one.
 *
 * <p>Used by {@link PendingDeltas}: a writer enters, checks that the generation it is about to write to is still the
 * current one and writes; the flusher first replaces the current generation (a volatile write) and then waits for
 * {@link #awaitNone()}. Because all these accesses are volatile (sequentially consistent), a writer either sees the
 * new generation and writes there, or its {@link #enter()} is seen by {@link #awaitNone()}, which waits for its
 * {@link #exit(int)}.
 */
final class InFlightWriters {

    /** Number of slots, a power of two. */
    private static final int SLOTS = 64;

    /** Distance between two slots in longs: 16 × 8 bytes = 128 bytes, two cache lines. */
    private static final int STRIDE = 16;

    private static final int SPINS_BEFORE_YIELD = 200;

    private static final int YIELDS_BEFORE_PARK = 50;

    private static final long PARK_NANOS = 20_000L;

    private final AtomicLongArray counts = new AtomicLongArray(SLOTS * STRIDE);

    /**
     * Enters the write section.
     *
     * @return the slot (an index into the counts) to pass to {@link #exit(int)}
     */
    int enter() {
        int index = slotOfCurrentThread() * STRIDE;
        counts.getAndIncrement(index);
        return index;
    }

    /**
     * Leaves the write section.
     *
     * @param slot what {@link #enter()} returned
     */
    void exit(int slot) {
        counts.getAndDecrement(slot);
    }

    /** Waits until no thread is inside the write section (spinning briefly, then yielding, then parking). */
    void awaitNone() {
        for (int slot = 0; slot < SLOTS; slot++) {
            int index = slot * STRIDE;
            int attempts = 0;
            while (counts.get(index) != 0) {
                attempts++;
                if (attempts < SPINS_BEFORE_YIELD) {
                    Thread.onSpinWait();
                } else if (attempts < SPINS_BEFORE_YIELD + YIELDS_BEFORE_PARK) {
                    Thread.yield();
                } else {
                    LockSupport.parkNanos(PARK_NANOS);
                }
            }
        }
    }

    private static int slotOfCurrentThread() {
        // Fibonacci hashing of the thread id: consecutive ids land on different slots.
        long id = Thread.currentThread().getId();
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(SLOTS)));
    }
}
