package org.portalkit.core.counter;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the JDBC counter store gets its database connections: in OpenCms its connection pool, in tests an in-memory
 * database. The caller closes every connection it gets (which returns a pooled one to its pool).
 */
@FunctionalInterface
public interface ConnectionSource {

    /**
     * @return an open connection
     * @throws SQLException if none is available
     */
    Connection getConnection() throws SQLException;
}
