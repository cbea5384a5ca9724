package org.portalkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portalkit.core.counter.ConnectionSource;

/**
 * A fresh in-memory HSQLDB database holding OpenCms's table CMS_COUNTERS, created with the statement from the
 * embedded runtime's DDL file (copied into this jar by the build).
 */
final class CountersTable implements ConnectionSource, AutoCloseable {

    private static final Pattern CREATE_COUNTERS =
        Pattern.compile("CREATE\\s+(?:MEMORY\\s+|CACHED\\s+)?TABLE\\s+CMS_COUNTERS\\s*\\((.*?)\\);", Pattern.DOTALL);

    private final String url = "jdbc:hsqldb:mem:bench-" + UUID.randomUUID();

    CountersTable() {
        try (Connection connection = getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(ddl());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, "SA", "");
    }

    /** @return the number of rows and the sum of all COUNTER values */
    long[] rowsAndSum() throws SQLException {
        try (Connection connection = getConnection(); Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT COUNT(*), COALESCE(SUM(CAST(COUNTER AS BIGINT)), 0)"
                + " FROM CMS_COUNTERS")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    /** Drops the in-memory database. */
    @Override
    public void close() throws SQLException {
        try (Connection connection = getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    private static String ddl() {
        try (InputStream in = CountersTable.class.getResourceAsStream("hsqldb-schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("hsqldb-schema.sql is missing from the benchmarks jar");
            }
            Matcher matcher = CREATE_COUNTERS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!matcher.find()) {
                throw new IllegalStateException("No CREATE TABLE CMS_COUNTERS in hsqldb-schema.sql");
            }
            String statement = matcher.group();
            return statement.substring(0, statement.length() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
