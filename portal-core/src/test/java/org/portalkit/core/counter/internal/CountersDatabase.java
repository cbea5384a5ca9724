package org.portalkit.core.counter.internal;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portalkit.core.counter.ConnectionSource;

/**
 * A fresh in-memory HSQLDB database with the table CMS_COUNTERS created by the statement of the runtime's real DDL
 * file ({@code runtime/launcher/.../hsqldb-schema.sql}, copied to the test classpath by the pom). Its connection
 * source can be told to fail, to test failed flushes.
 */
public final class CountersDatabase implements ConnectionSource {

    private static final Pattern CREATE_COUNTERS =
        Pattern.compile("CREATE\\s+(?:MEMORY\\s+|CACHED\\s+)?TABLE\\s+CMS_COUNTERS\\s*\\(.*?\\);", Pattern.DOTALL);

    private final String url = "jdbc:hsqldb:mem:counters-" + UUID.randomUUID();

    private final AtomicBoolean failing = new AtomicBoolean();

    /** Creates the database and the table. */
    public CountersDatabase() {
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
            Statement statement = connection.createStatement()) {
            String ddl = countersDdl();
            statement.execute(ddl.substring(0, ddl.length() - 1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the {@code CREATE TABLE CMS_COUNTERS} statement of the runtime's DDL file, with its semicolon */
    public static String countersDdl() {
        try (InputStream in = CountersDatabase.class.getResourceAsStream("hsqldb-schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("hsqldb-schema.sql is not on the test classpath");
            }
            Matcher matcher = CREATE_COUNTERS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!matcher.find()) {
                throw new IllegalStateException("No CREATE TABLE CMS_COUNTERS in hsqldb-schema.sql");
            }
            return matcher.group();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (failing.get()) {
            throw new SQLException("Simulated database outage");
        }
        return DriverManager.getConnection(url, "SA", "");
    }

    /** @param fail whether {@link #getConnection()} fails from now on */
    public void setFailing(boolean fail) {
        failing.set(fail);
    }

    /**
     * @param name a NAME of CMS_COUNTERS
     * @return its COUNTER, or -1 if there is no such row
     */
    public long rawValue(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
            var select = connection.prepareStatement("SELECT COUNTER FROM CMS_COUNTERS WHERE NAME = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    /** Runs one SQL update statement. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
            Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** @return the number of rows in CMS_COUNTERS */
    public long rowCount() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "SA", "");
            Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CMS_COUNTERS")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
