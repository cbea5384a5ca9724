package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.portalkit.core.counter.CounterValue;

/**
 * 64 threads × 10,000 increments, with flushes running all the time in between (a 1 ms timer and a thread that
 * flushes in a loop), must give exact totals in the database.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BatchingCountersConcurrencyTest {

    private static final int THREADS = 64;

    private static final int INCREMENTS_PER_THREAD = 10_000;

    @Test
    void oneHotKeyLosesNothing() throws Exception {
        CountersDatabase database = new CountersDatabase();
        run(database, i -> "news.views:hot");
        assertEquals((long) THREADS * INCREMENTS_PER_THREAD, database.rawValue("portalkit:news.views:hot"));
    }

    @Test
    void oneHundredKeysLoseNothing() throws Exception {
        CountersDatabase database = new CountersDatabase();
        String[] keys = new String[100];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = "news.views:" + k;
        }
        run(database, i -> keys[i % keys.length]);
        long expectedPerKey = (long) THREADS * INCREMENTS_PER_THREAD / keys.length;
        List<CounterValue> all = new JdbcCounterStore(database).top("news.views:", 100);
        assertEquals(100, all.size());
        for (CounterValue value : all) {
            assertEquals(expectedPerKey, value.value(), value.key());
        }
    }

    @Test
    void failingFlushesDuringTheRunLoseNothing() throws Exception {
        CountersDatabase database = new CountersDatabase();
        Thread outage = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    database.setFailing(i % 2 == 0);
                    Thread.sleep(3);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                database.setFailing(false);
            }
        });
        outage.start();
        run(database, i -> "k:" + (i % 10));
        outage.join();
        JdbcCounterStore store = new JdbcCounterStore(database);
        Map<String, Long> values = store.read(List.of("k:0", "k:1", "k:2", "k:3", "k:4", "k:5", "k:6", "k:7", "k:8",
            "k:9"));
        assertEquals((long) THREADS * INCREMENTS_PER_THREAD, values.values().stream().mapToLong(Long::longValue).sum());
    }

    private static void run(CountersDatabase database, IntFunction<String> keyOfIteration) throws Exception {
        BatchingCounters counters = new BatchingCounters(new JdbcCounterStore(database), Duration.ofMillis(1));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                    counters.increment(keyOfIteration.apply(i));
                }
                return null;
            }));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<?> flusher = pool.submit(() -> {
            start.await();
            // a flag, not interruption: the database driver may swallow interrupts
            while (writing.get()) {
                try {
                    counters.flush();
                } catch (RuntimeException e) {
                    // a simulated outage: the deltas stay pending
                }
                Thread.sleep(0, 200_000);
            }
            return null;
        });
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        writing.set(false);
        flusher.get();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        database.setFailing(false);
        counters.close();
        assertEquals(0, counters.pendingCounters());
    }
}
