package org.portalkit.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;

/**
 * The parts of {@link ServerControl} that need no server. Every port used here is one the test binds itself (or
 * an ephemeral one it just released): nothing touches the demo server's ports.
 */
class ServerControlTest {

    @TempDir
    Path m_tmp;

    private RuntimeLayout m_layout;

    @BeforeEach
    void setUp() throws IOException {

        m_layout = RuntimeLayout.of(Files.createDirectories(m_tmp.resolve("data")));
    }

    @Test
    void portBoundOnLoopbackIsInUseUntilClosed() throws Exception {

        int port;
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
            assertTrue(ServerControl.isPortInUse(port));
            // asking does not disturb the owner
            assertTrue(ServerControl.isPortInUse(port));
            assertTrue(socket.isBound() && !socket.isClosed());
        }
        assertFalse(ServerControl.isPortInUse(port));
    }

    @Test
    void portBoundOnAllInterfacesIsInUse() throws Exception {

        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(0));
            assertTrue(ServerControl.isPortInUse(socket.getLocalPort()));
        }
    }

    @Test
    void startRefusesAnHttpPortInUseAndWritesNoPidFile() throws Exception {

        try (ServerSocket http = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int shellPort = releasedPort();
            ServerControl control = new ServerControl(m_layout, List.of());
            InstallException e = assertThrows(InstallException.class, () -> control.start(http.getLocalPort(), shellPort));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertTrue(e.getMessage().contains(Integer.toString(http.getLocalPort())), e.getMessage());
        }
        assertFalse(Files.exists(m_layout.pidFile()), "no pid file");
        assertFalse(Files.exists(m_layout.serverLogFile()), "no server was started");
    }

    @Test
    void startRefusesAShellPortInUse() throws Exception {

        try (ServerSocket shell = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int httpPort = releasedPort();
            ServerControl control = new ServerControl(m_layout, List.of());
            InstallException e = assertThrows(InstallException.class, () -> control.start(httpPort, shell.getLocalPort()));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertTrue(e.getMessage().contains(Integer.toString(shell.getLocalPort())), e.getMessage());
        }
        assertFalse(Files.exists(m_layout.pidFile()));
        assertFalse(Files.exists(m_layout.serverLogFile()));
    }

    @Test
    void noPidFileMeansNotRunning() {

        ServerControl control = new ServerControl(m_layout, List.of());
        assertTrue(control.runningProcess().isEmpty());
        assertFalse(control.stop());
    }

    @Test
    void unreadablePidFileMeansNotRunningAndStopRemovesIt() throws Exception {

        Files.writeString(m_layout.pidFile(), "not a pid");
        ServerControl control = new ServerControl(m_layout, List.of());
        assertTrue(control.runningProcess().isEmpty());
        assertFalse(control.stop());
        assertFalse(Files.exists(m_layout.pidFile()));
    }

    @Test
    void pidOfAnEndedProcessMeansNotRunning() throws Exception {

        Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        Files.writeString(m_layout.pidFile(), Long.toString(process.pid()));
        ServerControl control = new ServerControl(m_layout, List.of());
        assertTrue(control.runningProcess().isEmpty());
    }

    @Test
    void pidOfALiveServerProcessMeansRunning() throws Exception {
        Process fake = fakeServerProcess();
        try {
            Files.writeString(m_layout.pidFile(), fake.pid() + "\n");
            ServerControl control = new ServerControl(m_layout, List.of());
            assertEquals(fake.pid(), control.runningProcess().orElseThrow().pid());
        } finally {
            fake.destroyForcibly();
        }
    }

    @Test
    void aLiveProcessThatIsNotThePortalServerIsNotTrusted() throws Exception {
        // only inspected, never stopped: it is this JVM, whose pid a stale pid file might name after a reboot
        Files.writeString(m_layout.pidFile(), ProcessHandle.current().pid() + "\n");
        ServerControl control = new ServerControl(m_layout, List.of());
        assertTrue(control.runningProcess().isEmpty());
        assertFalse(control.stop(), "nothing of ours was running, so nothing is stopped");
        assertTrue(ProcessHandle.current().isAlive());
    }

    /** @return a harmless process whose command line names the portal server class */
    static Process fakeServerProcess() throws IOException {
        return new ProcessBuilder("bash", "-c", "sleep 60; true", PortalServer.class.getName()).start();
    }

    @Test
    void httpStatusOfAClosedPortIsMinusOne() throws Exception {

        assertEquals(-1, ServerControl.httpStatus(releasedPort(), "/"));
    }

    /** @return a loopback port that was free a moment ago */
    private static int releasedPort() throws IOException {

        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
