package org.portalkit.core.counter.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.opencms.db.CmsSqlManager;
import org.opencms.main.OpenCms;
import org.portalkit.core.counter.ConnectionSource;

/**
 * Connections from the running OpenCms's own connection pool, the one its standard configuration assigns to all
 * drivers ({@code db.pools=default}, pool URL {@code opencms:default}):
 * {@code OpenCms.getSqlManager().getConnection(OpenCms.getSqlManager().getDefaultDbPoolName())}.
 *
 * <p>That is public API since OpenCms 7 and stable across versions, while the pool behind it changed (Commons DBCP
 * with the JDBC URL {@code jdbc:apache:commons:dbcp:opencms:default} up to OpenCms 10.5, HikariCP in
 * {@code CmsDbPoolV11} since 11.0); so no pool class or URL is used directly. The run level is deliberately not
 * checked: during shutdown OpenCms is already at run level 0 when it calls the module actions, and the pool is still
 * open then (it is closed afterwards), which is when the last counts are written.
 */
public final class OpenCmsPoolConnections implements ConnectionSource {

    @Override
    public Connection getConnection() throws SQLException {
        CmsSqlManager sqlManager;
        try {
            sqlManager = OpenCms.getSqlManager();
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: OpenCms classes present but OpenCms cannot start in this JVM (e.g. a unit test)
            throw new SQLException("The OpenCms database pool is not available: " + e, e);
        }
        if (sqlManager == null) {
            throw new SQLException("The OpenCms database pool is not available (OpenCms is not running)");
        }
        Connection connection;
        try {
            connection = sqlManager.getConnection(sqlManager.getDefaultDbPoolName());
        } catch (RuntimeException e) {
            // e.g. a NullPointerException when the pool is not (or no longer) registered
            throw new SQLException("The OpenCms database pool is not available: " + e, e);
        }
        if (connection == null) {
            throw new SQLException("The OpenCms database pool returned no connection");
        }
        return connection;
    }
}
