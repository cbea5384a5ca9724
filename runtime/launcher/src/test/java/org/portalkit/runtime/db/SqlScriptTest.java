package org.portalkit.runtime.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsAndDropsComments() {
        SqlScript script = SqlScript.parse("test.sql", String.join("\n",
            "-- header comment; with a semicolon",
            "CREATE TABLE A (",
            "    ID INT, -- trailing comment",
            "    NAME VARCHAR(10)",
            ");",
            "/* block; comment */",
            "INSERT INTO A VALUES (1, 'x;y -- not a comment');",
            "",
            "   ",
            "INSERT INTO A VALUES (2, 'it''s');",
            "-- trailing comment only"));
        assertEquals(List.of(
            "CREATE TABLE A (\n    ID INT, \n    NAME VARCHAR(10)\n)",
            "INSERT INTO A VALUES (1, 'x;y -- not a comment')",
            "INSERT INTO A VALUES (2, 'it''s')"), script.statements());
    }

    @Test
    void keepsAFinalStatementWithoutSemicolon() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), SqlScript.parse("t", "SELECT 1;\nSELECT 2\n").statements());
    }

    @Test
    void rejectsUnterminatedQuotes() {
        assertThrows(IllegalArgumentException.class, () -> SqlScript.parse("t", "SELECT 'oops;"));
    }

    @Test
    void executesInOrderAndNamesTheFailingStatement() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
            "jdbc:hsqldb:mem:script-" + UUID.randomUUID() + ";shutdown=true", "SA", "")) {
            SqlScript ok = SqlScript.parse("ok.sql", "CREATE TABLE T (ID INT);\nINSERT INTO T VALUES (7);");
            assertEquals(2, ok.execute(connection));
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT ID FROM T")) {
                assertTrue(rs.next());
                assertEquals(7, rs.getInt(1));
            }

            SqlScript broken = SqlScript.parse("broken.sql", "INSERT INTO T VALUES (8);\nINSERT INTO MISSING VALUES (1);");
            SQLException error = assertThrows(SQLException.class, () -> broken.execute(connection));
            assertTrue(error.getMessage().startsWith("broken.sql: statement 2 of 2 failed"), error.getMessage());
            assertTrue(error.getMessage().contains("INSERT INTO MISSING"), error.getMessage());
        }
    }

    @Test
    void loadsTheSchemaFromTheClassPath() {
        SqlScript schema = SqlScript.hsqldbSchema();
        assertEquals(SqlScript.HSQLDB_SCHEMA_RESOURCE, schema.name());
        assertTrue(schema.statements().stream().anyMatch(s -> s.startsWith("CREATE CACHED TABLE CMS_OFFLINE_STRUCTURE")));
        assertTrue(schema.statements().stream().noneMatch(s -> s.contains("--")));
    }
}
