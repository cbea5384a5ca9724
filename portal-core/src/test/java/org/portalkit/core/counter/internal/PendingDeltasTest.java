package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class PendingDeltasTest {

    @Test
    void addGetAndDrain() {
        PendingDeltas pending = new PendingDeltas();
        pending.add("a", 1);
        pending.add("a", 2);
        pending.add("b", 5);
        assertEquals(3, pending.get("a"));
        assertEquals(0, pending.get("c"));
        assertEquals(Map.of("a", 3L), pending.withPrefix("a"));
        assertEquals(Map.of("a", 3L, "b", 5L), pending.drain());
        assertEquals(0, pending.get("a"));
        assertEquals(0, pending.size());
        assertEquals(Map.of(), pending.drain());
    }

    @Test
    void drainingWhileWritingNeverLosesOrDuplicates() throws Exception {
        PendingDeltas pending = new PendingDeltas();
        int writers = 8;
        int perWriter = 200_000;
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong drained = new AtomicLong();
        Thread drainer = new Thread(() -> {
            while (!done.get()) {
                pending.drain().values().forEach(drained::addAndGet);
            }
        });
        drainer.start();
        Thread[] threads = new Thread[writers];
        for (int t = 0; t < writers; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < perWriter; i++) {
                    pending.add("k" + (i & 3), 1);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        done.set(true);
        drainer.join();
        pending.drain().values().forEach(drained::addAndGet);
        assertEquals((long) writers * perWriter, drained.get());
    }
}
