package org.portalkit.runtime.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opencms.file.CmsProject;
import org.opencms.util.CmsUUID;
import org.portalkit.runtime.support.db.HsqldbSqlManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HSQLDB's plans for the statements OpenCms runs on every property read (several per created or written resource),
 * taken from OpenCms' own query.properties: the rows of {@code CMS_*_PROPERTIES} must be found through an index on
 * {@code PROPERTY_MAPPING_ID}, the column of the statement's {@code OR}, and not by the property definition (which
 * makes every read visit one row per resource that has the property). Also checks that
 * {@link HsqldbSchemaUpgrade} gives a database of the first schema the same plan.
 */
class HsqldbQueryPlanTest {

    /** The statements of CmsVfsDriver.readPropertyObjects / readPropertyObject. */
    private static final List<String> PROPERTY_READS = List.of("C_PROPERTIES_READALL", "C_PROPERTIES_READ");

    /** The relation statements PortalKit's SQL manager replaces. */
    private static final List<String> RELATION_UPDATES = List.of("C_RELATIONS_UPDATE_BROKEN", "C_RELATIONS_REPAIR_BROKEN");

    private static final Pattern OR_INDEX = Pattern.compile("OR condition = \\[index=([A-Z0-9_]+)");

    @ParameterizedTest
    @ValueSource(strings = {"OFFLINE", "ONLINE"})
    void propertyReadsFindRowsByTheMappingId(String project) throws SQLException {
        try (Connection connection = newDatabase()) {
            for (String key : PROPERTY_READS) {
                String index = orIndexOfProperties(connection, key, project);
                assertNotNull(index, key + " (" + project + "): the OR on PROPERTY_MAPPING_ID uses no index");
                assertEquals("PROPERTY_MAPPING_ID", firstColumn(connection, "CMS_" + project + "_PROPERTIES", index),
                    key + " (" + project + ") uses " + index);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"OFFLINE", "ONLINE"})
    void relationUpdatesLookUpStructureIdsByPrimaryKey(String project) throws SQLException {
        HsqldbSqlManager manager = new HsqldbSqlManager();
        CmsUUID projectId = "ONLINE".equals(project) ? CmsProject.ONLINE_PROJECT_ID : new CmsUUID();
        Pattern structureScan = Pattern.compile(
            "table=CMS_" + project + "_STRUCTURE\\s+(cardinality=\\d+\\s+)?access=FULL SCAN");
        try (Connection connection = newDatabase()) {
            for (String key : RELATION_UPDATES) {
                String original = plan(connection, OpenCmsQueries.load().get(key).replace("${PROJECT}", project));
                assertTrue(structureScan.matcher(original).find(),
                    key + ": OpenCms' own statement scans the structure table (else the replacement is unneeded)\n" + original);
                String sql = manager.readQuery(projectId, key);
                assertTrue(sql.contains("CMS_" + project + "_RESOURCE_RELATIONS"), sql);
                String replaced = plan(connection, sql);
                assertFalse(structureScan.matcher(replaced).find(), key + ":\n" + replaced);
                assertTrue(replaced.contains("index=PK_CMS_" + project + "_STRUCTURE"), key + ":\n" + replaced);
            }
        }
    }

    @Test
    void relationUpdatesChangeTheSameRowsAsOpenCmsStatements() throws SQLException {
        HsqldbSqlManager manager = new HsqldbSqlManager();
        CmsUUID offline = new CmsUUID();
        for (boolean replaced : new boolean[] {false, true}) {
            try (Connection connection = newDatabase()) {
                String existing = UUID.randomUUID().toString();
                String gone = UUID.randomUUID().toString();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO CMS_OFFLINE_STRUCTURE (STRUCTURE_ID, RESOURCE_ID, PARENT_ID, RESOURCE_PATH,"
                        + " STRUCTURE_STATE, DATE_RELEASED, DATE_EXPIRED, STRUCTURE_VERSION) VALUES ('" + existing + "', '"
                        + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', '/a', 0, 0, 0, 0)");
                    for (String target : List.of(existing, gone)) {
                        statement.execute("INSERT INTO CMS_OFFLINE_RESOURCE_RELATIONS VALUES ('" + UUID.randomUUID()
                            + "', '/src', '" + target + "', '/a', 1)");
                    }
                }
                String sql = replaced ? manager.readQuery(offline, "C_RELATIONS_UPDATE_BROKEN")
                    : OpenCmsQueries.load().get("C_RELATIONS_UPDATE_BROKEN").replace("${PROJECT}", "OFFLINE");
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    update.setString(1, "/a");
                    assertEquals(1, update.executeUpdate(), sql);
                }
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery(
                         "SELECT RELATION_TARGET_ID FROM CMS_OFFLINE_RESOURCE_RELATIONS ORDER BY RELATION_TARGET_ID")) {
                    rs.next();
                    assertEquals(CmsUUID.getNullUUID().toString(), rs.getString(1));
                    rs.next();
                    assertEquals(existing, rs.getString(1));
                }
            }
        }
    }

    @Test
    void upgradeGivesAnOldDatabaseTheSamePlans() throws SQLException {
        try (Connection connection = newDatabase()) {
            revertToFirstSchema(connection);
            // the check above can fail: the first schema's key makes HSQLDB join through PROPERTYDEF_ID
            for (String project : List.of("OFFLINE", "ONLINE")) {
                for (String key : PROPERTY_READS) {
                    assertEquals(null, orIndexOfProperties(connection, key, project), key + " on the first schema");
                }
            }

            List<String> executed = HsqldbSchemaUpgrade.apply(connection);
            assertEquals(6, executed.size(), executed.toString());
            for (String project : List.of("OFFLINE", "ONLINE")) {
                for (String key : PROPERTY_READS) {
                    String index = orIndexOfProperties(connection, key, project);
                    assertNotNull(index, key + " (" + project + ") after the upgrade");
                    assertEquals("PROPERTY_MAPPING_ID", firstColumn(connection, "CMS_" + project + "_PROPERTIES", index));
                }
            }
            assertEquals(List.of(), HsqldbSchemaUpgrade.apply(connection), "a second run changes nothing");
        }
    }

    @Test
    void upgradeChangesNothingOnANewDatabase() throws SQLException {
        try (Connection connection = newDatabase()) {
            assertEquals(List.of(), HsqldbSchemaUpgrade.apply(connection));
        }
    }

    @Test
    void upgradeKeepsRowsAndUniqueness() throws SQLException {
        try (Connection connection = newDatabase()) {
            revertToFirstSchema(connection);
            String def = UUID.randomUUID().toString();
            String mapping = UUID.randomUUID().toString();
            insertProperty(connection, def, mapping);
            HsqldbSchemaUpgrade.apply(connection);
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM CMS_OFFLINE_PROPERTIES")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            SQLException duplicate = null;
            try {
                insertProperty(connection, def, mapping);
            } catch (SQLException e) {
                duplicate = e;
            }
            assertNotNull(duplicate, "one value per property definition and resource, as before");
        }
    }

    private static void insertProperty(Connection connection, String def, String mapping) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO CMS_OFFLINE_PROPERTIES VALUES (?, ?, ?, 1, 'x')")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, def);
            insert.setString(3, mapping);
            insert.executeUpdate();
        }
    }

    private static Connection newDatabase() throws SQLException {
        Connection connection = DriverManager.getConnection(
            "jdbc:hsqldb:mem:plan-" + UUID.randomUUID() + ";shutdown=true", "SA", "");
        SqlScript.hsqldbSchema().execute(connection);
        return connection;
    }

    /** The keys of CMS_*_PROPERTIES as the first hsqldb-schema.sql created them. */
    private static void revertToFirstSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String project : List.of("OFFLINE", "ONLINE")) {
                String table = "CMS_" + project + "_PROPERTIES";
                statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT UQ_" + table + "_MAPPING_DEF");
                statement.execute("ALTER TABLE " + table + " ADD CONSTRAINT UQ_" + table
                    + "_DEF_MAPPING UNIQUE (PROPERTYDEF_ID, PROPERTY_MAPPING_ID)");
                statement.execute("CREATE INDEX IX_" + table + "_MAPPING ON " + table + " (PROPERTY_MAPPING_ID)");
            }
        }
    }

    /**
     * @return the index HSQLDB uses for the {@code OR} on {@code PROPERTY_MAPPING_ID} in the plan of the OpenCms
     *     statement {@code key}, or null when the OR is only tested row by row
     */
    private static String orIndexOfProperties(Connection connection, String key, String project) throws SQLException {
        Map<String, String> queries = OpenCmsQueries.load();
        String sql = queries.get(key);
        assertNotNull(sql, key + " missing in OpenCms' query.properties");
        sql = sql.replace("${PROJECT}", project);
        assertTrue(sql.replaceAll("\\s+", " ").contains("PROPERTY_MAPPING_ID=? OR"),
            key + " no longer reads by 'PROPERTY_MAPPING_ID=? OR ...': " + sql);
        String plan = plan(connection, sql);
        String table = "table=CMS_" + project + "_PROPERTIES\n";
        int start = plan.indexOf(table);
        assertTrue(start >= 0, "no range over CMS_" + project + "_PROPERTIES in the plan of " + key + ":\n" + plan);
        int end = plan.indexOf("[range variable", start);
        String range = plan.substring(start, end < 0 ? plan.length() : end);
        Matcher matcher = OR_INDEX.matcher(range);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String plan(Connection connection, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN PLAN FOR " + sql)) {
            int parameters = explain.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                explain.setString(i, UUID.randomUUID().toString());
            }
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        assertFalse(plan.length() == 0, "empty plan for " + sql);
        return plan.toString();
    }

    private static String firstColumn(Connection connection, String table, String index) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO"
                + " WHERE TABLE_SCHEM = 'PUBLIC' AND TABLE_NAME = ? AND INDEX_NAME = ? AND ORDINAL_POSITION = 1")) {
            statement.setString(1, table);
            statement.setString(2, index);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
