package org.portalkit.core.counter.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.portalkit.core.counter.ConnectionSource;
import org.portalkit.core.counter.CounterStore;
import org.portalkit.core.counter.CounterStoreException;
import org.portalkit.core.counter.CounterValue;

/**
 * Stores counters in OpenCms's own table {@code CMS_COUNTERS (NAME VARCHAR(255) primary key, COUNTER INT)}, the table
 * behind {@code CmsObject.incrementCounter}. Every row of PortalKit has the name {@value #NAME_PREFIX} + key, so
 * PortalKit's counters never collide with counters of OpenCms or other modules.
 *
 * <p>Only portable SQL is used (no MERGE/UPSERT, no database functions): adding deltas is a JDBC batch of
 * {@code UPDATE ... SET COUNTER = COUNTER + ? WHERE NAME = ? AND COUNTER <= ?}, then an {@code INSERT} batch for
 * the counters that did not exist, all in one transaction. The column is an {@code INT}: a counter stops at
 * {@link Integer#MAX_VALUE} (it is set to that value and a warning is logged) instead of failing the whole batch.
 * See {@code docs/counters.md}.
 */
public final class JdbcCounterStore implements CounterStore {

    /** Prefix of the {@code NAME} of every PortalKit row in {@code CMS_COUNTERS}. */
    public static final String NAME_PREFIX = "portalkit:";

    /** The largest value the {@code COUNTER INT} column holds. */
    public static final long MAX_VALUE = Integer.MAX_VALUE;

    /** Rows per JDBC batch execution. */
    static final int BATCH_SIZE = 500;

    /** Names per {@code IN (...)} list. */
    static final int IN_LIST_SIZE = 100;

    private static final char LIKE_ESCAPE = '!';

    private static final String UPDATE_ADD =
        "UPDATE CMS_COUNTERS SET COUNTER = COUNTER + ? WHERE NAME = ? AND COUNTER <= ?";

    private static final String UPDATE_SET = "UPDATE CMS_COUNTERS SET COUNTER = ? WHERE NAME = ?";

    private static final String UPDATE_RAISE = "UPDATE CMS_COUNTERS SET COUNTER = ? WHERE NAME = ? AND COUNTER < ?";

    private static final String INSERT = "INSERT INTO CMS_COUNTERS (NAME, COUNTER) VALUES (?, ?)";

    private static final String SELECT_ONE = "SELECT COUNTER FROM CMS_COUNTERS WHERE NAME = ?";

    private static final String SELECT_TOP = "SELECT NAME, COUNTER FROM CMS_COUNTERS WHERE NAME LIKE ? ESCAPE '"
        + LIKE_ESCAPE + "' ORDER BY COUNTER DESC, NAME";

    private static final Log LOG = LogFactory.getLog(JdbcCounterStore.class);

    private final ConnectionSource connections;

    /** False once a driver answered a batch with {@link Statement#SUCCESS_NO_INFO}. */
    private volatile boolean batchCountsReported = true;

    /**
     * @param connections where connections come from; each one is closed after use
     */
    public JdbcCounterStore(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public void add(Map<String, Long> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        // Sorted: concurrent writers (several servers on one database) lock rows in the same order.
        TreeMap<String, Integer> byName = new TreeMap<>();
        deltas.forEach((key, delta) -> {
            if (delta < 0) {
                throw new IllegalArgumentException("Negative delta for " + key + ": " + delta);
            }
            if (delta > 0) {
                byName.put(NAME_PREFIX + key, (int) Math.min(delta, MAX_VALUE));
            }
        });
        if (byName.isEmpty()) {
            return;
        }
        try {
            addInTransaction(byName);
        } catch (CounterStoreException e) {
            if (!(e.getCause() instanceof BatchCountsUnknownException)) {
                throw e;
            }
            // The transaction was rolled back; from now on update row by row.
            LOG.info("The JDBC driver does not report batch update counts; counters are updated row by row");
            batchCountsReported = false;
            addInTransaction(byName);
        }
    }

    private void addInTransaction(TreeMap<String, Integer> byName) {
        inTransaction("add to " + byName.size() + " counter(s)", connection -> {
            List<String> notUpdated = batchCountsReported ? updateAll(connection, byName)
                : updateRowByRow(connection, byName);
            if (!notUpdated.isEmpty()) {
                Map<String, Long> existing = readByName(connection, notUpdated);
                List<String> saturated = new ArrayList<>();
                Map<String, Integer> inserts = new TreeMap<>();
                for (String name : notUpdated) {
                    if (existing.containsKey(name)) {
                        saturated.add(name);
                    } else {
                        inserts.put(name, byName.get(name));
                    }
                }
                if (!saturated.isEmpty()) {
                    LOG.warn("Counter(s) reached the largest INT value " + MAX_VALUE + " and stay there: " + saturated);
                    try (PreparedStatement update = connection.prepareStatement(UPDATE_SET)) {
                        for (String name : saturated) {
                            update.setInt(1, (int) MAX_VALUE);
                            update.setString(2, name);
                            update.executeUpdate();
                        }
                    }
                }
                insertAll(connection, inserts);
            }
            return null;
        });
    }

    @Override
    public long read(String key) {
        return inConnection("read counter " + key, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_ONE)) {
                select.setString(1, NAME_PREFIX + key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public Map<String, Long> read(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<String> names = new ArrayList<>(keys.size());
        for (String key : keys) {
            names.add(NAME_PREFIX + key);
        }
        Map<String, Long> byName = inConnection("read " + names.size() + " counters",
            connection -> readByName(connection, names));
        Map<String, Long> byKey = new HashMap<>(byName.size() * 2);
        byName.forEach((name, value) -> byKey.put(name.substring(NAME_PREFIX.length()), value));
        return byKey;
    }

    @Override
    public void raiseTo(String key, long value) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("A counter value must be between 0 and " + MAX_VALUE + ": " + value);
        }
        String name = NAME_PREFIX + key;
        inTransaction("set the start value of " + key, connection -> {
            try (PreparedStatement raise = connection.prepareStatement(UPDATE_RAISE)) {
                raise.setInt(1, (int) value);
                raise.setString(2, name);
                raise.setInt(3, (int) value);
                if (raise.executeUpdate() > 0) {
                    return null;
                }
            }
            if (readByName(connection, List.of(name)).isEmpty()) {
                insertAll(connection, Map.of(name, (int) value));
            }
            return null;
        });
    }

    @Override
    public List<CounterValue> top(String keyPrefix, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return inConnection("read the top counters of '" + keyPrefix + "'", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT_TOP)) {
                select.setString(1, escapeLike(NAME_PREFIX + keyPrefix) + "%");
                select.setMaxRows(limit);
                List<CounterValue> result = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next() && result.size() < limit) {
                        result.add(new CounterValue(rows.getString(1).substring(NAME_PREFIX.length()), rows.getLong(2)));
                    }
                }
                return result;
            }
        });
    }

    /** Escapes the LIKE wildcards {@code %} and {@code _} (and the escape character) with {@value #LIKE_ESCAPE}. */
    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Runs the increment batch.
     *
     * @return the names whose row was not updated (missing, or the increment would pass {@link #MAX_VALUE})
     */
    private static List<String> updateAll(Connection connection, TreeMap<String, Integer> byName) throws SQLException {
        List<String> names = new ArrayList<>(byName.keySet());
        List<String> notUpdated = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(UPDATE_ADD)) {
            for (int start = 0; start < names.size(); start += BATCH_SIZE) {
                List<String> chunk = names.subList(start, Math.min(names.size(), start + BATCH_SIZE));
                for (String name : chunk) {
                    int delta = byName.get(name);
                    update.setInt(1, delta);
                    update.setString(2, name);
                    update.setInt(3, (int) (MAX_VALUE - delta));
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < chunk.size(); i++) {
                    int count = i < counts.length ? counts[i] : Statement.EXECUTE_FAILED;
                    if (count == Statement.SUCCESS_NO_INFO || count == Statement.EXECUTE_FAILED) {
                        // Without per-row counts the missing counters are unknown: the caller rolls back and
                        // repeats everything row by row.
                        throw new BatchCountsUnknownException(count);
                    }
                    if (count == 0) {
                        notUpdated.add(chunk.get(i));
                    }
                }
            }
        }
        return notUpdated;
    }

    /** Like {@link #updateAll}, one {@code executeUpdate} per row, for drivers without batch update counts. */
    private static List<String> updateRowByRow(Connection connection, TreeMap<String, Integer> byName)
        throws SQLException {
        List<String> notUpdated = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(UPDATE_ADD)) {
            for (Map.Entry<String, Integer> entry : byName.entrySet()) {
                update.setInt(1, entry.getValue());
                update.setString(2, entry.getKey());
                update.setInt(3, (int) (MAX_VALUE - entry.getValue()));
                if (update.executeUpdate() == 0) {
                    notUpdated.add(entry.getKey());
                }
            }
        }
        return notUpdated;
    }

    /** A JDBC batch answered without per-row update counts. */
    private static final class BatchCountsUnknownException extends SQLException {

        private static final long serialVersionUID = 1L;

        BatchCountsUnknownException(int count) {
            super("The JDBC driver reported no update counts for a batch (" + count + ")");
        }
    }

    private static void insertAll(Connection connection, Map<String, Integer> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int inBatch = 0;
            for (Map.Entry<String, Integer> entry : values.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setInt(2, entry.getValue());
                insert.addBatch();
                if (++inBatch == BATCH_SIZE) {
                    insert.executeBatch();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                insert.executeBatch();
            }
        }
    }

    private static Map<String, Long> readByName(Connection connection, List<String> names) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        for (int start = 0; start < names.size(); start += IN_LIST_SIZE) {
            List<String> chunk = names.subList(start, Math.min(names.size(), start + IN_LIST_SIZE));
            StringBuilder sql = new StringBuilder("SELECT NAME, COUNTER FROM CMS_COUNTERS WHERE NAME IN (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(')');
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return result;
    }

    /** Work on one connection. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inConnection(String what, SqlWork<T> work) {
        try (Connection connection = connections.getConnection()) {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw new CounterStoreException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        return inConnection(what, connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(autoCommit);
                } catch (SQLException restoreFailure) {
                    LOG.debug("Could not restore auto-commit", restoreFailure);
                }
            }
        });
    }
}
