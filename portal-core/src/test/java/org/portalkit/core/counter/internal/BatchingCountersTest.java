package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portalkit.core.counter.CounterStoreException;
import org.portalkit.core.counter.CounterValue;
import org.portalkit.core.counter.Counters;

class BatchingCountersTest {

    private final CountersDatabase database = new CountersDatabase();

    private final JdbcCounterStore store = new JdbcCounterStore(database);

    private final BatchingCounters counters = new BatchingCounters(store, Duration.ZERO);

    @AfterEach
    void close() {
        counters.close();
    }

    @Test
    void incrementsStayInMemoryUntilFlushedButValueIncludesThem() throws SQLException {
        counters.increment("news.views:a");
        counters.increment("news.views:a");
        assertEquals(2, counters.value("news.views:a"));
        assertEquals(-1, database.rawValue("portalkit:news.views:a"));
        assertEquals(1, counters.pendingCounters());
        counters.flush();
        assertEquals(2, database.rawValue("portalkit:news.views:a"));
        assertEquals(2, counters.value("news.views:a"));
        assertEquals(0, counters.pendingCounters());
        counters.increment("news.views:a");
        assertEquals(3, counters.value("news.views:a"));
    }

    @Test
    void failedFlushKeepsEveryIncrement() throws SQLException {
        for (int i = 0; i < 5; i++) {
            counters.increment("a");
        }
        counters.increment("b");
        database.setFailing(true);
        assertThrows(CounterStoreException.class, counters::flush);
        counters.increment("a");
        assertThrows(CounterStoreException.class, counters::flush);
        database.setFailing(false);
        assertEquals(6, counters.value("a"));
        counters.flush();
        assertEquals(6, database.rawValue("portalkit:a"));
        assertEquals(1, database.rawValue("portalkit:b"));
        assertEquals(0, counters.pendingCounters());
    }

    @Test
    void aNewInstanceOnTheSameDatabaseKeepsTheCounts() {
        counters.increment("site.visits:2024");
        counters.increment("site.visits:2024");
        counters.close();
        try (BatchingCounters restarted = new BatchingCounters(new JdbcCounterStore(database), Duration.ZERO)) {
            assertEquals(2, restarted.value("site.visits:2024"));
            restarted.increment("site.visits:2024");
            restarted.flush();
        }
        try (BatchingCounters again = new BatchingCounters(new JdbcCounterStore(database), Duration.ZERO)) {
            assertEquals(3, again.value("site.visits:2024"));
        }
    }

    @Test
    void closeFlushesAndIsIdempotent() throws SQLException {
        counters.increment("a");
        counters.close();
        counters.close();
        assertEquals(1, database.rawValue("portalkit:a"));
    }

    @Test
    void closeWithAFailingDatabaseDoesNotThrowAndKeepsTheCounts() throws SQLException {
        counters.increment("a");
        database.setFailing(true);
        counters.close();
        database.setFailing(false);
        counters.flush();
        assertEquals(1, database.rawValue("portalkit:a"));
    }

    @Test
    void setStartValueImportsMigratedCountsIdempotently() {
        counters.setStartValue("news.views:old", 2079);
        counters.setStartValue("news.views:old", 2079);
        assertEquals(2079, counters.value("news.views:old"));
        counters.increment("news.views:old");
        counters.setStartValue("news.views:old", 2079);
        assertEquals(2080, counters.value("news.views:old"));
        counters.flush();
        counters.setStartValue("news.views:old", 1000);
        assertEquals(2080, counters.value("news.views:old"));
        counters.setStartValue("news.views:old", 5000);
        assertEquals(5000, counters.value("news.views:old"));
        assertThrows(IllegalArgumentException.class, () -> counters.setStartValue("news.views:old", -5));
    }

    @Test
    void topMergesStoredAndPendingCounts() {
        counters.setStartValue("news.views:a", 10);
        counters.setStartValue("news.views:b", 8);
        counters.setStartValue("news.views:c", 1);
        counters.setStartValue("banner.clicks:x", 50);
        for (int i = 0; i < 12; i++) {
            counters.increment("news.views:c"); // stored 1, pending 12: now the highest
        }
        counters.increment("news.views:d"); // only pending
        counters.increment("news.views:b");
        counters.increment("banner.clicks:x");
        assertEquals(List.of(new CounterValue("news.views:c", 13), new CounterValue("news.views:a", 10)),
            counters.top("news.views:", 2));
        assertEquals(List.of(new CounterValue("news.views:c", 13), new CounterValue("news.views:a", 10),
            new CounterValue("news.views:b", 9), new CounterValue("news.views:d", 1)), counters.top("news.views:", 10));
        counters.flush();
        assertEquals(counters.top("news.views:", 10), store.top("news.views:", 10));
        assertEquals(new CounterValue("banner.clicks:x", 51), counters.top("", 1).get(0));
        assertEquals(List.of(), counters.top("news.views:", 0));
    }

    @Test
    void topIsCappedAtOneHundred() {
        for (int i = 0; i < 150; i++) {
            counters.increment("k:" + i);
        }
        assertEquals(Counters.MAX_TOP, counters.top("k:", 1000).size());
        counters.flush();
        assertEquals(Counters.MAX_TOP, counters.top("k:", 1000).size());
    }

    @Test
    void keysAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> counters.increment("news views"));
        assertThrows(IllegalArgumentException.class, () -> counters.increment(""));
        assertThrows(IllegalArgumentException.class, () -> counters.increment(null));
        assertThrows(IllegalArgumentException.class, () -> counters.increment("x".repeat(201)));
        assertThrows(IllegalArgumentException.class, () -> counters.increment("tin-tức"));
        assertThrows(IllegalArgumentException.class, () -> counters.value("a'b"));
        assertThrows(IllegalArgumentException.class, () -> counters.top("a%", 10));
        counters.increment("x".repeat(200));
        counters.increment("Aa0._:-");
        assertEquals(2, counters.pendingCounters());
    }

    @Test
    void theTimerFlushesPeriodically() throws Exception {
        try (BatchingCounters timed = new BatchingCounters(store, Duration.ofMillis(20))) {
            timed.increment("timed");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (database.rawValue("portalkit:timed") != 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(1, database.rawValue("portalkit:timed"));
        }
    }

    @Test
    void theTimerSurvivesFailedFlushes() throws Exception {
        try (BatchingCounters timed = new BatchingCounters(store, Duration.ofMillis(10))) {
            database.setFailing(true);
            timed.increment("retried");
            Thread.sleep(100);
            database.setFailing(false);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (database.rawValue("portalkit:retried") != 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(1, database.rawValue("portalkit:retried"));
            assertTrue(timed.value("retried") == 1);
        }
    }
}
