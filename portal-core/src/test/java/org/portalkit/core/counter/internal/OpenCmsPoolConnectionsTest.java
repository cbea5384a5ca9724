package org.portalkit.core.counter.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class OpenCmsPoolConnectionsTest {

    @Test
    void withoutARunningOpenCmsItFailsWithAnSqlException() {
        assertThrows(SQLException.class, () -> new OpenCmsPoolConnections().getConnection());
    }
}
