package org.portalkit.runtime.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A SQL script split into single statements, ready to run over JDBC.
 *
 * <p>Script format: statements end with {@code ;}; {@code --} starts a comment that runs to the end of the line;
 * C-style block comments are allowed too. A {@code ;} or comment marker inside a quoted string
 * ({@code '...'}) or quoted identifier ({@code "..."}) is part of the statement. Comments and the terminating
 * {@code ;} are not passed to the database; text after the last {@code ;} that is not only white space and
 * comments counts as a final statement.
 */
public final class SqlScript {

    /** Class path location of the OpenCms 11 schema for HSQLDB. */
    public static final String HSQLDB_SCHEMA_RESOURCE = "org/portalkit/runtime/db/hsqldb-schema.sql";

    private final String name;
    private final List<String> statements;

    private SqlScript(String name, List<String> statements) {
        this.name = name;
        this.statements = Collections.unmodifiableList(statements);
    }

    /**
     * Splits a script.
     *
     * @param name a name for error messages, e.g. the file name
     * @param script the script text
     * @return the script
     */
    public static SqlScript parse(String name, String script) {
        return new SqlScript(Objects.requireNonNull(name, "name"), split(Objects.requireNonNull(script, "script")));
    }

    /**
     * Reads and splits a UTF-8 script from the class path.
     *
     * @param resource the resource name, e.g. {@link #HSQLDB_SCHEMA_RESOURCE}
     * @return the script
     * @throws IllegalArgumentException if the resource does not exist
     * @throws UncheckedIOException if it cannot be read
     */
    public static SqlScript fromClasspath(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = SqlScript.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("SQL script not found on the class path: " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL script " + resource, e);
        }
    }

    /** @return the OpenCms 11 schema for HSQLDB */
    public static SqlScript hsqldbSchema() {
        return fromClasspath(HSQLDB_SCHEMA_RESOURCE);
    }

    /** @return the script's name */
    public String name() {
        return name;
    }

    /** @return the statements, without comments and terminating {@code ;}, in script order */
    public List<String> statements() {
        return statements;
    }

    /**
     * Executes all statements in order on one {@link Statement}. Transaction handling is left to the caller: with
     * auto-commit off, the caller commits or rolls back.
     *
     * @param connection the connection
     * @return the number of statements executed
     * @throws SQLException from the first failing statement, with the statement number and text in the message
     */
    public int execute(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(
                        name + ": statement " + (i + 1) + " of " + statements.size() + " failed: " + e.getMessage()
                            + "\n" + sql,
                        e.getSQLState(),
                        e.getErrorCode(),
                        e);
                }
            }
        }
        return statements.size();
    }

    private static List<String> split(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int length = script.length();
        int i = 0;
        while (i < length) {
            char c = script.charAt(i);
            char next = i + 1 < length ? script.charAt(i + 1) : '\0';
            if ((c == '-') && (next == '-')) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? length : end;
                // keep the line break so that tokens around the comment stay separated
            } else if ((c == '/') && (next == '*')) {
                int end = script.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated /* comment in SQL script");
                }
                current.append(' ');
                i = end + 2;
            } else if ((c == '\'') || (c == '"')) {
                int end = endOfQuoted(script, i);
                current.append(script, i, end);
                i = end;
            } else if (c == ';') {
                addStatement(result, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        addStatement(result, current);
        return result;
    }

    /** @return the index after the closing quote; a doubled quote is an escaped quote */
    private static int endOfQuoted(String script, int start) {
        char quote = script.charAt(start);
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if ((i + 1 < script.length()) && (script.charAt(i + 1) == quote)) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("Unterminated " + quote + " quote in SQL script");
    }

    private static void addStatement(List<String> result, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            result.add(sql);
        }
        current.setLength(0);
    }

    @Override
    public String toString() {
        return name + " (" + statements.size() + " statements)";
    }
}
