package org.portalkit.runtime.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database created by an older {@code hsqldb-schema.sql} to the keys of the current one. Each step checks
 * HSQLDB's {@code INFORMATION_SCHEMA} first, so running it twice (or on a new database) changes nothing.
 *
 * <p>Schema level 2: the unique key of {@code CMS_OFFLINE_PROPERTIES} / {@code CMS_ONLINE_PROPERTIES} leads with
 * {@code PROPERTY_MAPPING_ID} instead of {@code PROPERTYDEF_ID}, and the then redundant index on
 * {@code PROPERTY_MAPPING_ID} alone is dropped (see the schema's comment on these tables).
 *
 * <p>The level reached is recorded in the database directory ({@link #MARKER_FILE}), so that the installer can tell
 * whether an upgrade is pending without opening a database that a running server holds.
 */
public final class HsqldbSchemaUpgrade {

    /** The schema level of the current {@code hsqldb-schema.sql}. */
    public static final int CURRENT_LEVEL = 2;

    /** File in the database directory holding the schema level. */
    public static final String MARKER_FILE = "portalkit-schema-level";

    private static final String[] PROJECTS = {"OFFLINE", "ONLINE"};

    private HsqldbSchemaUpgrade() {
    }

    /**
     * @param databaseDir the database directory
     * @return the recorded schema level; 1 (the first schema) when nothing is recorded
     * @throws IOException if the marker cannot be read or is not a number
     */
    public static int recordedLevel(Path databaseDir) throws IOException {
        Path marker = databaseDir.resolve(MARKER_FILE);
        if (!Files.exists(marker)) {
            return 1;
        }
        String text = Files.readString(marker, StandardCharsets.UTF_8).strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IOException("Unreadable schema level in " + marker + ": " + text, e);
        }
    }

    /**
     * Records {@link #CURRENT_LEVEL} in the database directory.
     *
     * @param databaseDir the database directory
     * @throws IOException if writing fails
     */
    public static void recordCurrentLevel(Path databaseDir) throws IOException {
        Files.writeString(databaseDir.resolve(MARKER_FILE), CURRENT_LEVEL + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Applies every missing step.
     *
     * @param connection a connection to the OpenCms database (auto-commit: HSQLDB commits DDL anyway)
     * @return the statements executed, empty when the schema was current already
     * @throws SQLException if a statement fails
     */
    public static List<String> apply(Connection connection) throws SQLException {
        List<String> executed = new ArrayList<>();
        for (String project : PROJECTS) {
            String table = "CMS_" + project + "_PROPERTIES";
            String newKey = "UQ_" + table + "_MAPPING_DEF";
            String oldKey = "UQ_" + table + "_DEF_MAPPING";
            String oldIndex = "IX_" + table + "_MAPPING";
            // HSQLDB allows one UNIQUE constraint per set of columns, whatever their order: the old one goes first
            if (constraintExists(connection, table, oldKey)) {
                execute(connection, executed, "ALTER TABLE " + table + " DROP CONSTRAINT " + oldKey);
            }
            if (!constraintExists(connection, table, newKey)) {
                execute(connection, executed,
                    "ALTER TABLE " + table + " ADD CONSTRAINT " + newKey + " UNIQUE (PROPERTY_MAPPING_ID, PROPERTYDEF_ID)");
            }
            if (indexExists(connection, table, oldIndex)) {
                execute(connection, executed, "DROP INDEX " + oldIndex);
            }
        }
        return executed;
    }

    private static boolean constraintExists(Connection connection, String table, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?")) {
            statement.setString(1, table);
            statement.setString(2, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        }
    }

    private static boolean indexExists(Connection connection, String table, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO"
                + " WHERE TABLE_SCHEM = 'PUBLIC' AND TABLE_NAME = ? AND INDEX_NAME = ?")) {
            statement.setString(1, table);
            statement.setString(2, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        }
    }

    private static void execute(Connection connection, List<String> executed, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        executed.add(sql);
    }
}
