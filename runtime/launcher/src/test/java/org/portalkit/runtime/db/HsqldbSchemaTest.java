package org.portalkit.runtime.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code hsqldb-schema.sql} is complete for OpenCms 11.0.2: the script runs on an empty HSQLDB, and
 * every SQL statement of OpenCms' generic and HSQLDB query files (read from the opencms-core jar) prepares
 * against the resulting schema, for the offline and the online tables. HSQLDB resolves every table and column
 * name while preparing, so a missing table or column fails here with OpenCms' own statement.
 *
 * <p>Entries that are not complete statements are checked too: fragments that the drivers append to other
 * statements (conditions, column and table lists, ORDER BY clauses) are wrapped into a SELECT over the tables they
 * mention; bare column names (used to read result sets) must exist in some table.
 */
class HsqldbSchemaTest {

    /** The tables OpenCms 11.0.2 uses. */
    static final Set<String> EXPECTED_TABLES = new TreeSet<>(List.of(
        "CMS_ALIASES", "CMS_CONTENTS", "CMS_COUNTERS", "CMS_GROUPS", "CMS_GROUPUSERS", "CMS_HISTORY_PRINCIPALS",
        "CMS_HISTORY_PROJECTRESOURCES", "CMS_HISTORY_PROJECTS", "CMS_HISTORY_PROPERTIES", "CMS_HISTORY_PROPERTYDEF",
        "CMS_HISTORY_RESOURCES", "CMS_HISTORY_STRUCTURE", "CMS_LOG", "CMS_OFFLINE_ACCESSCONTROL",
        "CMS_OFFLINE_CONTENTS", "CMS_OFFLINE_PROPERTIES", "CMS_OFFLINE_PROPERTYDEF", "CMS_OFFLINE_RESOURCES",
        "CMS_OFFLINE_RESOURCE_RELATIONS", "CMS_OFFLINE_STRUCTURE", "CMS_OFFLINE_URLNAME_MAPPINGS",
        "CMS_ONLINE_ACCESSCONTROL", "CMS_ONLINE_PROPERTIES", "CMS_ONLINE_PROPERTYDEF", "CMS_ONLINE_RESOURCES",
        "CMS_ONLINE_RESOURCE_RELATIONS", "CMS_ONLINE_STRUCTURE", "CMS_ONLINE_URLNAME_MAPPINGS", "CMS_PROJECTRESOURCES",
        "CMS_PROJECTS", "CMS_PUBLISH_HISTORY", "CMS_PUBLISH_JOBS", "CMS_RESOURCE_LOCKS", "CMS_REWRITES",
        "CMS_STATICEXPORT_LINKS", "CMS_SUBSCRIPTION", "CMS_SUBSCRIPTION_VISIT", "CMS_USERDATA", "CMS_USERS",
        "CMS_USER_PUBLISH_LIST"));

    /**
     * Statements that OpenCms' drivers assemble in code (not in query.properties), completed with the conditions
     * the drivers append.
     */
    static final List<String> STATEMENTS_BUILT_IN_CODE = List.of(
        "SELECT site_root, path, alias_mode, structure_id FROM CMS_ALIASES WHERE SITE_ROOT = ? AND PATH = ?",
        "SELECT site_root, path, alias_mode, structure_id FROM CMS_ALIASES WHERE STRUCTURE_ID = ?",
        "DELETE FROM CMS_ALIASES WHERE SITE_ROOT = ? AND STRUCTURE_ID = ? AND PATH = ?",
        "DELETE FROM CMS_REWRITES WHERE SITE_ROOT = ?",
        "SELECT NAME, STRUCTURE_ID, STATE, DATE_CHANGED, LOCALE FROM CMS_OFFLINE_URLNAME_MAPPINGS"
            + " WHERE NAME = ? AND STRUCTURE_ID <> ? AND LOCALE = ? AND STATE = ? AND NAME LIKE ?",
        "DELETE FROM CMS_ONLINE_URLNAME_MAPPINGS WHERE STRUCTURE_ID = ? AND LOCALE = ?",
        "SELECT COUNT(*) FROM CMS_USERS WHERE LOWER(CONCAT(COALESCE(USER_FIRSTNAME, ''), COALESCE(USER_LASTNAME, '')))"
            + " LIKE ? ESCAPE '!' AND NOT EXISTS (SELECT 1 FROM CMS_GROUPUSERS GU WHERE GU.USER_ID = CMS_USERS.USER_ID"
            + " AND GU.GROUP_ID = ?)");

    /**
     * Entries that cannot work in OpenCms 11.0.2 itself, whatever the schema, and that no OpenCms class reads. Key to
     * reason.
     */
    static final Map<String, String> KNOWN_BROKEN_AND_UNUSED = Map.of(
        "C_FILES_READ_HISTORY_BYID",
        "a line continuation glues the table list to WHERE: 'FROM ... CMS_HISTORY_RESOURCESWHERE'");

    /** Stands for "some table" in fragments that do not name their table. */
    private static final String ANY_TABLE = "{ANY_TABLE}";

    private static final Pattern TABLE_NAME = Pattern.compile("\\bCMS_[A-Z_]+\\b");
    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static Connection connection;
    private static Set<String> tables;
    private static Set<String> columns;

    @BeforeAll
    static void createSchema() throws SQLException {
        connection = DriverManager.getConnection(
            "jdbc:hsqldb:mem:schema-" + UUID.randomUUID() + ";shutdown=true", "SA", "");
        SqlScript schema = SqlScript.hsqldbSchema();
        assertEquals(schema.statements().size(), schema.execute(connection));

        tables = new TreeSet<>();
        columns = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, "PUBLIC", "CMS_%", "%")) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void schemaHasExactlyTheOpenCmsTables() {
        assertEquals(EXPECTED_TABLES, tables);
    }

    @Test
    void everyOpenCmsStatementPrepares() {
        Map<String, String> queries = OpenCmsQueries.load();
        assertTrue(queries.size() > 300, "suspiciously few entries: " + queries.size());

        Map<String, String> failures = new LinkedHashMap<>();
        int prepared = 0;
        for (Map.Entry<String, String> entry : queries.entrySet()) {
            String key = entry.getKey();
            String text = entry.getValue();
            if (isColumnName(text)) {
                continue; // checked by everyColumnConstantNamesAColumn
            }
            if (KNOWN_BROKEN_AND_UNUSED.containsKey(key)) {
                continue; // checked by knownBrokenEntriesAreUnusedByOpenCms
            }
            for (String project : projectsFor(text)) {
                String sql = toPreparableSql(text, project);
                SQLException error = prepareAgainstSomeTable(sql);
                if (error == null) {
                    prepared++;
                } else {
                    failures.put(key + (project == null ? "" : " [" + project + "]"), error.getMessage());
                }
            }
        }
        for (String sql : STATEMENTS_BUILT_IN_CODE) {
            try (PreparedStatement ignored = connection.prepareStatement(sql)) {
                prepared++;
            } catch (SQLException e) {
                failures.put("(built in code)", e.getMessage() + "\n    " + sql);
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder(failures.size() + " OpenCms statements do not prepare:\n");
            failures.forEach((key, error) -> message.append(key).append(": ").append(error).append('\n'));
            fail(message.toString());
        }
        assertTrue(prepared > 350, "suspiciously few statements prepared: " + prepared);
    }

    @Test
    void everyColumnConstantNamesAColumn() {
        List<String> unknown = new ArrayList<>();
        OpenCmsQueries.load().forEach((key, text) -> {
            if (isColumnName(text) && !columns.contains(text.toUpperCase(Locale.ROOT))) {
                unknown.add(key + "=" + text);
            }
        });
        assertTrue(unknown.isEmpty(), "column names OpenCms reads that no table has: " + unknown);
    }

    @Test
    void fileContentsRoundTripThroughOpenCmsStatements() throws SQLException {
        Map<String, String> queries = OpenCmsQueries.load();
        String resourceId = UUID.randomUUID().toString();
        byte[] small = "<html>small</html>".getBytes(StandardCharsets.UTF_8);
        byte[] large = new byte[8 * 1024 * 1024];
        new Random(42).nextBytes(large);

        // OpenCms' CmsSqlManager.setBytes: setBytes below 2000 bytes, a binary stream above
        try (PreparedStatement insert = connection.prepareStatement(queries.get("C_OFFLINE_CONTENTS_WRITE"))) {
            insert.setString(1, resourceId);
            insert.setBytes(2, small);
            assertEquals(1, insert.executeUpdate());
        }
        assertArrayEquals(small, readOfflineContent(queries, resourceId));

        try (PreparedStatement update = connection.prepareStatement(queries.get("C_OFFLINE_CONTENTS_UPDATE"))) {
            update.setBinaryStream(1, new ByteArrayInputStream(large), large.length);
            update.setString(2, resourceId);
            assertEquals(1, update.executeUpdate());
        }
        assertArrayEquals(large, readOfflineContent(queries, resourceId));

        try (PreparedStatement delete = connection.prepareStatement(queries.get("C_OFFLINE_FILE_CONTENT_DELETE"))) {
            delete.setString(1, resourceId);
            assertEquals(1, delete.executeUpdate());
        }
    }

    @Test
    void longPasswordHashesFit() throws SQLException {
        Map<String, String> queries = OpenCmsQueries.load();
        String hash = "{SCRYPT}" + "x".repeat(140);
        String userId = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement(queries.get("C_USERS_ADD_10"))) {
            insert.setString(1, userId);
            insert.setString(2, "editor");
            insert.setString(3, hash);
            insert.setString(4, "Ed");
            insert.setString(5, "Itor");
            insert.setString(6, "editor@example.org");
            insert.setLong(7, 0L);
            insert.setInt(8, 0);
            insert.setString(9, "");
            insert.setLong(10, System.currentTimeMillis());
            assertEquals(1, insert.executeUpdate());
        }
        try (PreparedStatement read = connection.prepareStatement(queries.get("C_USERS_READ_BY_ID_1"))) {
            read.setString(1, userId);
            try (ResultSet rs = read.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(hash, rs.getString("USER_PASSWORD"));
            }
        }
    }

    /**
     * Prepares the statement; a fragment that names no table is tried against every
     * table and passes if one of them has all the columns it uses.
     *
     * @return {@code null} on success, else the (first) error
     */
    private static SQLException prepareAgainstSomeTable(String sql) {
        List<String> candidates = new ArrayList<>();
        if (sql.contains(ANY_TABLE)) {
            tables.forEach(table -> candidates.add(sql.replace(ANY_TABLE, table)));
        } else {
            candidates.add(sql);
        }
        SQLException first = null;
        for (String candidate : candidates) {
            try (PreparedStatement ignored = connection.prepareStatement(candidate)) {
                return null;
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (candidates.size() > 1) {
            return new SQLException("no table has all the columns used; first attempt: " + first.getMessage(), first);
        }
        return first;
    }

    @Test
    void knownBrokenEntriesAreUnusedByOpenCms() throws Exception {
        Map<String, String> queries = OpenCmsQueries.load();
        for (String key : KNOWN_BROKEN_AND_UNUSED.keySet()) {
            assertTrue(queries.containsKey(key), key + " is gone; remove it from KNOWN_BROKEN_AND_UNUSED");
            assertTrue(
                prepareAgainstSomeTable(toPreparableSql(queries.get(key), "OFFLINE")) != null,
                key + " prepares now; remove it from KNOWN_BROKEN_AND_UNUSED");
        }
        URL properties = getClass().getClassLoader().getResource(OpenCmsQueries.GENERIC);
        String jar = properties.getPath().substring("file:".length(), properties.getPath().indexOf("!/"));
        try (ZipFile zip = new ZipFile(URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                String content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                for (String key : KNOWN_BROKEN_AND_UNUSED.keySet()) {
                    assertTrue(!content.contains(key), entry.getName() + " uses " + key + ", which cannot work: "
                        + KNOWN_BROKEN_AND_UNUSED.get(key));
                }
            }
        }
    }

    private static byte[] readOfflineContent(Map<String, String> queries, String resourceId) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(queries.get("C_OFFLINE_FILES_CONTENT"))) {
            read.setString(1, resourceId);
            try (ResultSet rs = read.executeQuery()) {
                assertTrue(rs.next());
                // OpenCms' CmsSqlManager.getBytes
                return rs.getBytes("FILE_CONTENT");
            }
        }
    }

    /** @return whether the entry is a plain column name such as {@code USER_ID} */
    static boolean isColumnName(String text) {
        return COLUMN_NAME.matcher(text).matches() && !TABLE_NAME.matcher(text).matches();
    }

    /**
     * @return the values to put in for {@code ${PROJECT}}/{@code %(PROJECT)}: OFFLINE and ONLINE, or just one if
     *         the text also names fixed tables of one of them; a list with {@code null} if it has no placeholder
     */
    static List<String> projectsFor(String text) {
        if (!text.contains("${PROJECT}") && !text.contains("%(PROJECT)")) {
            return Collections.singletonList(null);
        }
        boolean offlineOnly = text.contains("CMS_OFFLINE_");
        boolean onlineOnly = text.contains("CMS_ONLINE_");
        if (offlineOnly && !onlineOnly) {
            return List.of("OFFLINE");
        }
        if (onlineOnly && !offlineOnly) {
            return List.of("ONLINE");
        }
        return List.of("OFFLINE", "ONLINE");
    }

    /**
     * Turns an entry into something HSQLDB can prepare: placeholders replaced, dangling clause ends that drivers
     * complete at run time closed with a neutral completion, fragments wrapped into a SELECT.
     */
    static String toPreparableSql(String text, String project) {
        String sql = text;
        if (project != null) {
            sql = sql.replace("${PROJECT}", project).replace("%(PROJECT)", project);
        }
        // drivers fill in extra conditions: after WHERE a full condition, elsewhere "AND ..." or nothing
        sql = sql.replaceAll("(?i)(WHERE\\s+)%\\(CONDITIONS\\)", "$11=1").replace("%(CONDITIONS)", "");
        sql = completeDanglingEnd(sql.strip());

        String upper = sql.toUpperCase(Locale.ROOT);
        if (upper.matches("^\\(?\\s*(SELECT|INSERT|UPDATE|DELETE)\\b[\\s\\S]*")) {
            return unwrapParentheses(sql);
        }
        // a fragment: wrap it into a query over the tables it mentions
        Set<String> mentioned = new TreeSet<>();
        Matcher matcher = TABLE_NAME.matcher(sql);
        while (matcher.find()) {
            mentioned.add(matcher.group());
        }
        String from = String.join(", ", mentioned);
        if (isListOf(sql, "CMS_[A-Z_]+")) {
            return "SELECT 1 FROM " + sql;
        }
        if (isListOf(sql, "CMS_[A-Z_]+\\.[A-Z_]+(\\s+AS\\s+[A-Z_]+)?")) {
            return "SELECT " + sql + " FROM " + from;
        }
        if (from.isEmpty()) {
            from = ANY_TABLE;
        }
        if (upper.startsWith("ORDER BY")) {
            return "SELECT 1 FROM " + from + " " + sql;
        }
        String condition = sql.replaceFirst("(?i)^(AND|OR)\\s+", "");
        return "SELECT 1 FROM " + from + " WHERE " + condition;
    }

    /** Closes text that ends where a driver appends more: {@code WHERE}, {@code AND}, {@code IN}, ... */
    static String completeDanglingEnd(String sql) {
        String upper = sql.toUpperCase(Locale.ROOT);
        if (upper.matches("[\\s\\S]*\\bIN$")) {
            return sql + " (?)";
        }
        if (upper.matches("[\\s\\S]*\\b(WHERE|AND|OR)$")) {
            return sql + " 1=1";
        }
        return sql;
    }

    private static boolean isListOf(String sql, String itemPattern) {
        return sql.matches("\\s*" + itemPattern + "(\\s*,\\s*" + itemPattern + ")*\\s*");
    }

    /** Removes parentheses around the whole text, as in {@code (SELECT ...)}, but not in {@code (..) UNION (..)}. */
    private static String unwrapParentheses(String sql) {
        String result = sql.strip();
        while (result.startsWith("(") && (closingParenthesis(result) == result.length() - 1)) {
            result = result.substring(1, result.length() - 1).strip();
        }
        return result;
    }

    private static int closingParenthesis(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if ((text.charAt(i) == ')') && (--depth == 0)) {
                return i;
            }
        }
        return -1;
    }
}
