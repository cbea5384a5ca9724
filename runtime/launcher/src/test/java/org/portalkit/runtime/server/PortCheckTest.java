package org.portalkit.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * {@link PortCheck}: which ports this user can serve on, and the advice given when it cannot. Only ports the test
 * binds itself (or an ephemeral one it just released) are bound; port 80 is only tried, never held.
 */
class PortCheckTest {

    @Test
    void aPortBoundOnLoopbackIsInUseAndTheAdviceNamesItAndPortOption() throws Exception {

        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();
            assertEquals(PortCheck.Status.IN_USE, PortCheck.check(port));
            String advice = PortCheck.explain(port, PortCheck.Status.IN_USE);
            assertTrue(advice.contains("Port " + port + " "), advice);
            assertTrue(advice.contains("--port"), advice);
            assertTrue(advice.contains("in use"), advice);
            assertTrue(socket.isBound() && !socket.isClosed(), "the check leaves the owner alone");
        }
    }

    @Test
    void aReleasedEphemeralPortIsFree() throws Exception {

        int port;
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertEquals(PortCheck.Status.FREE, PortCheck.check(port));
        // and the check itself releases it again
        assertEquals(PortCheck.Status.FREE, PortCheck.check(port));
    }

    @Test
    void aRefusedLowPortIsPrivileged() {

        assertEquals(PortCheck.Status.PRIVILEGED, PortCheck.classify(80, new BindException("Permission denied")));
        assertEquals(PortCheck.Status.PRIVILEGED, PortCheck.classify(1023, new BindException("Permission denied (Bind failed)")));
        String advice = PortCheck.explain(80, PortCheck.Status.PRIVILEGED);
        assertTrue(advice.contains("Port 80 "), advice);
        assertTrue(advice.contains("privileged"), advice);
        assertTrue(advice.contains("1024"), advice);
        assertTrue(advice.contains("--port"), advice);
    }

    @Test
    void aPortInUseIsInUseWhetherLowOrHigh() {

        assertEquals(PortCheck.Status.IN_USE, PortCheck.classify(8080, new BindException("Address already in use")));
        // a low port that is simply taken (e.g. by root's web server) is not a permission problem
        assertEquals(PortCheck.Status.IN_USE, PortCheck.classify(80, new BindException("Address already in use")));
        // a refused high port is no privileged port
        assertEquals(PortCheck.Status.IN_USE, PortCheck.classify(1024, new BindException("Permission denied")));
        assertEquals(PortCheck.Status.IN_USE, PortCheck.classify(80, new IOException((String)null)));
    }

    @Test
    void port80IsPrivilegedForAnOrdinaryUser() throws Exception {

        assumeTrue(!isRoot(), "root may bind port 80");
        Path start = Paths.get("/proc/sys/net/ipv4/ip_unprivileged_port_start");
        assumeTrue(Files.isReadable(start), "no " + start);
        assumeTrue(Integer.parseInt(Files.readString(start).trim()) >= PortCheck.FIRST_UNPRIVILEGED_PORT,
            "this system lets every user bind low ports");
        assertEquals(PortCheck.Status.PRIVILEGED, PortCheck.check(80));
    }

    private static boolean isRoot() {

        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
