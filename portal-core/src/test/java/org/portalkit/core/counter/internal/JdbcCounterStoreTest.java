package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portalkit.core.counter.CounterStoreException;
import org.portalkit.core.counter.CounterValue;

class JdbcCounterStoreTest {

    private final CountersDatabase database = new CountersDatabase();

    private final JdbcCounterStore store = new JdbcCounterStore(database);

    @Test
    void ddlComesFromTheRuntimeSchema() {
        String ddl = CountersDatabase.countersDdl();
        assertTrue(ddl.contains("NAME") && ddl.contains("COUNTER") && ddl.contains("PRIMARY KEY (NAME)"), ddl);
    }

    @Test
    void addCreatesAndIncrementsRowsWithThePortalKitPrefix() throws SQLException {
        store.add(Map.of("news.views:a", 3L, "news.views:b", 1L));
        store.add(Map.of("news.views:a", 2L));
        assertEquals(5, store.read("news.views:a"));
        assertEquals(1, store.read("news.views:b"));
        assertEquals(0, store.read("news.views:missing"));
        assertEquals(5, database.rawValue("portalkit:news.views:a"));
        assertEquals(-1, database.rawValue("news.views:a"));
    }

    @Test
    void doesNotTouchCountersOfOpenCmsOrOtherModules() throws SQLException {
        database.execute("INSERT INTO CMS_COUNTERS (NAME, COUNTER) VALUES ('news.views:a', 7)");
        store.add(Map.of("news.views:a", 1L));
        assertEquals(7, database.rawValue("news.views:a"));
        assertEquals(1, store.read("news.views:a"));
        assertEquals(List.of(new CounterValue("news.views:a", 1)), store.top("", 10));
    }

    @Test
    void addsManyCountersAcrossSeveralBatches() {
        Map<String, Long> deltas = new HashMap<>();
        for (int i = 0; i < JdbcCounterStore.BATCH_SIZE * 2 + 7; i++) {
            deltas.put("k:" + i, (long) i + 1);
        }
        store.add(deltas);
        store.add(deltas);
        Map<String, Long> read = store.read(deltas.keySet());
        assertEquals(deltas.size(), read.size());
        deltas.forEach((key, delta) -> assertEquals(2 * delta, read.get(key), key));
    }

    @Test
    void readManyLeavesOutMissingCounters() {
        store.add(Map.of("a", 1L, "b", 2L));
        assertEquals(Map.of("a", 1L, "b", 2L), store.read(List.of("a", "b", "c")));
        assertEquals(Map.of(), store.read(List.of()));
    }

    @Test
    void failingDatabaseThrowsAndChangesNothing() throws SQLException {
        store.add(Map.of("a", 1L));
        database.setFailing(true);
        assertThrows(CounterStoreException.class, () -> store.add(Map.of("a", 5L)));
        assertThrows(CounterStoreException.class, () -> store.read("a"));
        database.setFailing(false);
        assertEquals(1, store.read("a"));
    }

    @Test
    void aFailureInTheMiddleRollsBackTheWholeBatch() throws SQLException {
        store.add(Map.of("a", 1L));
        // A row the INSERT cannot create (NAME too long for VARCHAR(255)) makes the transaction fail after the
        // UPDATE of "a" ran: "a" must keep its value.
        Map<String, Long> deltas = new HashMap<>();
        deltas.put("a", 10L);
        deltas.put("x".repeat(300), 1L);
        assertThrows(CounterStoreException.class, () -> store.add(deltas));
        assertEquals(1, store.read("a"));
        assertEquals(1, database.rowCount());
    }

    @Test
    void raiseToSetsOnlyWhenMissingOrLower() {
        store.raiseTo("news.views:x", 2079);
        assertEquals(2079, store.read("news.views:x"));
        store.raiseTo("news.views:x", 2079);
        store.raiseTo("news.views:x", 100);
        assertEquals(2079, store.read("news.views:x"));
        store.add(Map.of("news.views:x", 1L));
        store.raiseTo("news.views:x", 3000);
        assertEquals(3000, store.read("news.views:x"));
        assertThrows(IllegalArgumentException.class, () -> store.raiseTo("a", -1));
        assertThrows(IllegalArgumentException.class, () -> store.raiseTo("a", Integer.MAX_VALUE + 1L));
    }

    @Test
    void countersStopAtTheIntMaximum() {
        store.raiseTo("big", Integer.MAX_VALUE - 2);
        store.add(Map.of("big", 5L, "small", 1L));
        assertEquals(Integer.MAX_VALUE, store.read("big"));
        assertEquals(1, store.read("small"));
        store.add(Map.of("big", 1L));
        assertEquals(Integer.MAX_VALUE, store.read("big"));
    }

    @Test
    void topOrdersByValueThenKeyAndFiltersByPrefix() {
        store.add(Map.of("news.views:a", 5L, "news.views:b", 9L, "news.views:c", 5L, "banner.clicks:z", 100L));
        assertEquals(List.of(new CounterValue("news.views:b", 9), new CounterValue("news.views:a", 5)),
            store.top("news.views:", 2));
        assertEquals(4, store.top("", 10).size());
        assertEquals(List.of(), store.top("news.views:", 0));
    }

    @Test
    void topPrefixTreatsLikeWildcardsLiterally() {
        store.add(Map.of("a_b:1", 1L, "axb:2", 2L, "a_b_c:3", 3L));
        assertEquals(List.of(new CounterValue("a_b_c:3", 3), new CounterValue("a_b:1", 1)), store.top("a_b", 10));
        assertEquals("portalkit:a!_b!!!%", JdbcCounterStore.escapeLike("portalkit:a_b!%"));
    }

    @Test
    void negativeDeltasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> store.add(Map.of("a", -1L)));
    }
}
