package org.portalkit.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    // ------------------------------------------------------------------ startDetached

    @Test
    void aDetachedProgramLeadsASessionOfItsOwn() throws Exception {

        assumeDetachable();
        Process sleeper = ServerControl.startDetached(List.of("sleep", "30"), m_tmp, m_tmp.resolve("detached.log"));
        try {
            long pid = sleeper.pid();
            // setsid calls setsid() and then execs the program: wait until both have happened
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((System.nanoTime() < deadline) && !("sleep".equals(comm(pid)) && (sessionId(pid) == pid))) {
                Thread.sleep(20);
            }
            assertEquals("sleep", comm(pid), "the returned process is the program itself (setsid did not fork)");
            long own = sessionId(ProcessHandle.current().pid());
            assertNotEquals(own, sessionId(pid), "the program must not share the installer's session");
            assertEquals(pid, sessionId(pid), "the program leads its own session");
            assertTrue(sleeper.isAlive());
            assertEquals(Paths.get("/dev/null"), Files.readSymbolicLink(Paths.get("/proc", Long.toString(pid), "fd", "0")),
                "standard input is /dev/null");
        } finally {
            sleeper.destroyForcibly();
            sleeper.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDetachedProgramsOutputIsAppendedToItsLog() throws Exception {

        assumeDetachable();
        Path log = m_tmp.resolve("server.log");
        Files.writeString(log, "earlier run\n");
        Process first = ServerControl.startDetached(List.of("bash", "-c", "echo hello; echo oops >&2"), m_tmp, log);
        try {
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        } finally {
            first.destroyForcibly();
        }
        String once = Files.readString(log);
        assertTrue(once.startsWith("earlier run\n"), "appended, not overwritten: " + once);
        assertTrue(once.contains("hello\n"), once);
        assertTrue(once.contains("oops\n"), "error output goes to the log too: " + once);

        Process second = ServerControl.startDetached(List.of("echo", "again"), m_tmp, log);
        try {
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
        } finally {
            second.destroyForcibly();
        }
        String twice = Files.readString(log);
        assertTrue(twice.startsWith(once), "the second run appends: " + twice);
        assertEquals(once + "again\n", twice);
    }

    @Test
    void aDetachedProgramReadsNothingFromStandardInputAndRunsInTheGivenDirectory() throws Exception {

        assumeDetachable();
        Path dir = Files.createDirectories(m_tmp.resolve("work dir"));
        Path log = m_tmp.resolve("cat.log");
        // cat ends at once on /dev/null; with a pipe from this JVM it would wait for input
        Process cat = ServerControl.startDetached(List.of("cat"), dir, log);
        try {
            assertTrue(cat.waitFor(20, TimeUnit.SECONDS), "cat found an input that does not end");
            assertEquals(0, cat.exitValue());
        } finally {
            cat.destroyForcibly();
        }
        assertEquals("", Files.readString(log));
        Process pwd = ServerControl.startDetached(List.of("pwd"), dir, log);
        try {
            assertTrue(pwd.waitFor(20, TimeUnit.SECONDS));
        } finally {
            pwd.destroyForcibly();
        }
        assertEquals(dir.toRealPath() + "\n", Files.readString(log));
    }

    @Test
    void theDetachPrefixIsSetsidWhereThereIsOne() {

        List<String> prefix = ServerControl.detachPrefix();
        boolean hasSetsid = Files.isExecutable(Paths.get("/usr/bin/setsid")) || Files.isExecutable(Paths.get("/bin/setsid"))
            || Files.isExecutable(Paths.get("/usr/local/bin/setsid"));
        if (hasSetsid) {
            assertEquals(1, prefix.size(), prefix.toString());
            assertTrue(prefix.get(0).endsWith("/setsid"), prefix.toString());
            assertTrue(Files.isExecutable(Paths.get(prefix.get(0))), prefix.toString());
        } else {
            assertTrue(prefix.isEmpty() || prefix.get(0).endsWith("/nohup"), prefix.toString());
        }
    }

    private static void assumeDetachable() {

        assumeTrue(Files.isDirectory(Paths.get("/proc/self")), "no /proc");
        assumeTrue(!ServerControl.detachPrefix().isEmpty() && ServerControl.detachPrefix().get(0).endsWith("/setsid"), "no setsid");
    }

    /** @return field 6 (session id) of /proc/PID/stat */
    private static long sessionId(long pid) throws IOException {

        String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
        // "pid (comm) state ppid pgrp session ..."; comm may hold spaces and parentheses
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }

    private static String comm(long pid) throws IOException {

        return Files.readString(Paths.get("/proc", Long.toString(pid), "comm")).trim();
    }

    /** @return a loopback port that was free a moment ago */
    private static int releasedPort() throws IOException {

        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theServerGetsTheEnvironmentOfItsNativeMemoryBudget() throws Exception {
        Path log = m_tmp.resolve("environment.log");
        Process shell = ServerControl.startDetached(List.of("bash", "-c", "echo arenas=$MALLOC_ARENA_MAX"), m_tmp, log,
            ServerControl.NATIVE_ENVIRONMENT);
        assertTrue(shell.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("arenas=2", java.nio.file.Files.readString(log).strip());
    }
}
