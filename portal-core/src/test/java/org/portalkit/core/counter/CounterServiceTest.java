package org.portalkit.core.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portalkit.core.counter.internal.CountersDatabase;

class CounterServiceTest {

    @AfterEach
    void reset() {
        CounterService.shutdown();
    }

    @Test
    void installedCountersAreSharedAndFlushedOnShutdown() throws SQLException {
        CountersDatabase database = new CountersDatabase();
        CloseableCounters counters = CounterService.create(CounterService.jdbcStore(database), Duration.ZERO);
        CounterService.install(counters);
        assertSame(counters, CounterService.get());
        ViewTracker tracker = CounterService.viewTracker();
        assertSame(tracker, CounterService.viewTracker());
        CounterService.get().increment("site.visits:total");
        assertEquals(-1, database.rawValue("portalkit:site.visits:total"));
        CounterService.shutdown();
        assertEquals(1, database.rawValue("portalkit:site.visits:total"));
    }

    @Test
    void installingAnotherInstanceClosesThePreviousOne() throws SQLException {
        CountersDatabase database = new CountersDatabase();
        CounterService.install(CounterService.create(CounterService.jdbcStore(database), Duration.ZERO));
        ViewTracker firstTracker = CounterService.viewTracker();
        CounterService.get().increment("a");
        CounterService.install(CounterService.create(CounterService.jdbcStore(database), Duration.ZERO));
        assertEquals(1, database.rawValue("portalkit:a"));
        assertEquals(1, CounterService.get().value("a"));
        assertNotSame(firstTracker, CounterService.viewTracker());
    }

    @Test
    void withoutOpenCmsTheDefaultInstanceCountsInMemoryAndReportsTheDatabaseError() {
        Counters counters = CounterService.get();
        counters.increment("a");
        assertThrows(CounterStoreException.class, () -> counters.value("a"));
        assertThrows(CounterStoreException.class, counters::flush);
        // shutdown logs the failed last flush instead of throwing
        CounterService.shutdown();
    }
}
