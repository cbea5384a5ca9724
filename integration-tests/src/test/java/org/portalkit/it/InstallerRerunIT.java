package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.cli.Installer;
import org.portalkit.runtime.server.ServerControl;
import org.portalkit.runtime.shell.RemoteShellClient;

/**
 * Re-running {@code ./install} on a running demo portal, in the real runtime: a run with nothing to do
 * leaves the server alone, a run that cannot work changes nothing, a failed upgrade brings the previous
 * portal back, and the server outlives the terminal of the installer that started it. Every test leaves
 * the portal running on its port with the modules it had.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallerRerunIT {

    @Test
    @Order(1)
    void aRerunWithNothingToDoKeepsTheSameServerAndAnswersThroughout(RunningPortal portal) throws Exception {
        // first bring the portal to exactly this module set (other test classes may have changed the fixture)
        portal.runInstaller(null, demoArgs(portal, portal.port(), RunningPortal.fixtureV1()));
        long pid = serverPid(portal);
        List<Integer> statuses = new ArrayList<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                try {
                    // a small static file: the landing page with all its elements is too slow to sample often
                    int status = portal.get("/system/modules/org.portalkit.core/resources/page.js").statusCode();
                    synchronized (statuses) {
                        statuses.add(status);
                    }
                } catch (Exception e) {
                    synchronized (statuses) {
                        statuses.add(-1);
                    }
                }
                sleep(50);
            }
        });
        poller.start();
        String output;
        try {
            sleep(300);
            output = portal.runInstaller(null, demoArgs(portal, portal.port(), RunningPortal.fixtureV1()));
            sleep(300);
        } finally {
            polling.set(false);
            poller.join();
        }
        assertTrue(output.contains("nothing changed, so it was not restarted"), output);
        assertFalse(output.contains("[stop]"), output);
        assertEquals(pid, serverPid(portal), "the same server process");
        synchronized (statuses) {
            assertTrue(statuses.size() >= 5, "polled " + statuses);
            assertTrue(statuses.stream().allMatch(s -> s == 200), "the portal answered throughout: " + statuses);
        }
    }

    @Test
    @Order(2)
    void aRerunOnAPortInUseLeavesThePortalUpOnItsPortAndRecordsNothing(RunningPortal portal) throws Exception {
        long pid = serverPid(portal);
        String recorded = Files.readString(portal.layout().runtimePropertiesFile());
        try (ServerSocket taken = freePortWithFreeShellPort()) {
            InstallException e = assertThrows(InstallException.class,
                () -> portal.runInstaller(null, demoArgs(portal, taken.getLocalPort(), RunningPortal.fixtureV1())));
            assertTrue(e.getMessage().contains("Port " + taken.getLocalPort() + " on 127.0.0.1 is in use"), e.getMessage());
            assertTrue(e.getMessage().contains("keeps running on port " + portal.port()), e.getMessage());
        }
        assertEquals(pid, serverPid(portal));
        assertEquals(200, portal.get("/").statusCode());
        assertEquals(recorded, Files.readString(portal.layout().runtimePropertiesFile()), "nothing recorded");
    }

    @Test
    @Order(3)
    void aZipDamagedInsideWithAMatchingChecksumIsRefusedBeforeOpenCmsIsTouched(RunningPortal portal, @TempDir Path temp) throws Exception {
        Path original;
        try (var list = Files.list(RunningPortal.fixtureV2())) {
            original = list.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Path damaged = temp.resolve(original.getFileName());
        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length / 3] ^= 0x5A;
        Files.write(damaged, bytes);
        // a checksum file written to match the damaged ZIP: only the check of the ZIP's inside can tell
        Files.writeString(temp.resolve(damaged.getFileName() + ".sha256"),
            org.portalkit.runtime.modules.ModuleZip.sha256(damaged) + "  " + damaged.getFileName() + "\n");
        long pid = serverPid(portal);
        Path installLog = portal.layout().dataDir().resolve("install.log");
        long logSize = Files.exists(installLog) ? Files.size(installLog) : 0;
        InstallException e = assertThrows(InstallException.class, () -> portal.runInstaller(null, demoArgs(portal, portal.port(), temp)));
        assertTrue(e.getMessage().contains(damaged.getFileName().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("corrupt"), e.getMessage());
        assertEquals(pid, serverPid(portal), "the portal was not stopped");
        assertEquals(logSize, Files.exists(installLog) ? Files.size(installLog) : 0, "no OpenCms shell ran");
        assertEquals(200, portal.get("/").statusCode());
    }

    @Test
    @Order(4)
    void theWebappModeOnTheRunningPortalSaysToStopItFirst(RunningPortal portal) throws Exception {
        InstallException e = assertThrows(InstallException.class, () -> portal.runInstaller(portal.adminPassword(),
            "--webapp", portal.layout().webappDir().toString(), "--modules", RunningPortal.fixtureV1().toString()));
        assertTrue(e.getMessage().contains("stop the running OpenCms first"), e.getMessage());
        assertEquals(200, portal.get("/").statusCode());
    }

    @Test
    @Order(5)
    void aFailedImportNamesOpenCmsReasonAndThePreviousPortalRunsAgain(RunningPortal portal) throws Exception {
        String versionBefore = portal.probe(Map.of("action", "module-version", "module", RunningPortal.FIXTURE_MODULE));
        String recorded = Files.readString(portal.layout().runtimePropertiesFile());
        // while the offline shell runs, watch who listens on the remote shell's port
        java.util.Set<String> shellListeners = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                shellListeners.addAll(ListeningSockets.addresses(portal.shellPort()));
                sleep(50);
            }
        });
        watcher.start();
        InstallException e;
        try {
            // release 1.0.2 of the fixture declares a resource type id that pk-page already uses
            e = assertThrows(InstallException.class,
                () -> portal.runInstaller(null, demoArgs(portal, portal.port(), RunningPortal.fixtureBroken())));
        } finally {
            watching.set(false);
            watcher.join();
        }
        assertFalse(shellListeners.isEmpty(), "the remote shell was seen listening");
        assertTrue(shellListeners.stream().allMatch(ListeningSockets::isLoopback),
            "the remote shell of the offline shell and of the server listens on loopback only: " + shellListeners);
        String message = e.getMessage();
        assertTrue(message.contains("conflicts with already configured resource type"), "OpenCms's reason: " + message);
        assertTrue(message.contains("runs again as before at http://127.0.0.1:" + portal.port() + "/"), message);
        assertTrue(message.contains("install.log"), "the log's path for the rest: " + message);
        assertEquals(200, portal.get("/").statusCode());
        assertEquals(versionBefore, portal.probe(Map.of("action", "module-version", "module", RunningPortal.FIXTURE_MODULE)));
        assertEquals(recorded, Files.readString(portal.layout().runtimePropertiesFile()));
    }

    @Test
    @Order(6)
    void aPortChangeMovesTheServerAndItsRemoteShellAndIsRecordedOnceItWorks(RunningPortal portal) throws Exception {
        int other;
        try (ServerSocket probe = freePortWithFreeShellPort()) {
            other = probe.getLocalPort();
        }
        try {
            String output = portal.runInstaller(null, demoArgs(portal, other, RunningPortal.fixtureV1()));
            assertTrue(output.contains("PortalKit is running at http://127.0.0.1:" + other + "/"), output);
            assertTrue(output.contains("--port " + other), "the hints name the port: " + output);
            assertTrue(Files.readString(portal.layout().runtimePropertiesFile()).contains("port=" + other + "\n"));
            assertEquals(200, ServerControl.httpStatus(other, "/"));
            assertEquals(-1, ServerControl.httpStatus(portal.port(), "/"), "the old port is released");
            try (RemoteShellClient shell = RemoteShellClient.connect("127.0.0.1", other + Installer.SHELL_PORT_OFFSET)) {
                shell.login("Admin", portal.adminPassword());
                assertTrue(shell.execute("listModules").contains("org.portalkit.core"));
            }
        } finally {
            String back = portal.runInstaller(null, demoArgs(portal, portal.port(), RunningPortal.fixtureV1()));
            assertTrue(back.contains("PortalKit is running at http://127.0.0.1:" + portal.port() + "/"), back);
        }
        assertEquals(200, portal.get("/").statusCode());
    }

    @Test
    @Order(7)
    void theServerOutlivesThePseudoTerminalOfTheInstallerThatStartedIt(RunningPortal portal) throws Exception {
        portal.runInstaller(null, "--data", portal.layout().dataDir().toString(), "--stop");
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dportalkit.dist=" + portal.dist().home(),
            "-cp", portal.dist().libDir() + "/*:" + portal.dist().webappLibDir().resolve("opencms-core-11.0.2.jar"),
            "org.portalkit.runtime.cli.InstallMain"));
        command.addAll(List.of(demoArgs(portal, portal.port(), RunningPortal.fixtureV1())));
        String line = command.stream().map(InstallerRerunIT::shellQuote).collect(Collectors.joining(" "));
        // script(1) runs the installer as the session leader of a new pseudo-terminal, which closes when it ends
        Process script = new ProcessBuilder("script", "-qec", line, "/dev/null").redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(240, TimeUnit.SECONDS), output);
        assertEquals(0, script.exitValue(), output);
        assertTrue(output.contains("PortalKit is running"), output);
        long pid = serverPid(portal);
        sleep(4000);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the server survived the hang-up: " + output);
        assertEquals(200, portal.get("/").statusCode());
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        assertEquals(Long.toString(pid), fields[3], "the server leads a session of its own");
        // this class started the server several times; OpenCms copies its configuration to backup/ at each start
        java.util.Map<String, Long> copies;
        try (var files = Files.list(portal.layout().configDir().resolve("backup"))) {
            copies = files.map(f -> f.getFileName().toString().replaceFirst("^\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}_", ""))
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        }
        assertFalse(copies.isEmpty(), "OpenCms wrote backups");
        assertTrue(copies.values().stream().allMatch(n -> n <= org.portalkit.runtime.provision.ConfigBackups.KEEP_PER_FILE),
            "at most " + org.portalkit.runtime.provision.ConfigBackups.KEEP_PER_FILE + " copies of each file are kept: " + copies);
    }

    @Test
    @Order(8)
    void aRerunReplacesUneditedDemoContentWhoseTypeChanged(RunningPortal portal) throws Exception {
        // as an earlier release seeded it: the same path as a pk-page, created by Admin and not edited since
        String path = "/sites/default/chuyen-muc/nguoi-co-cong/index.html";
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PkPages xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.template/schemas/page.xsd\">\n"
            + "<PkPage language=\"vi\"><Title><![CDATA[Người có công (cũ)]]></Title></PkPage>\n</PkPages>\n";
        assertEquals("ok", portal.probe(Map.of("action", "delete-published", "adminPassword", portal.adminPassword(), "path", path)));
        assertEquals("ok", portal.probe(Map.of("action", "create-file", "user", "Admin", "password", portal.adminPassword(),
            "path", path, "type", "pk-page", "content", page)));
        assertFalse(portal.get("/chuyen-muc/nguoi-co-cong/").body().contains("pk-list"), "the old page is served");

        Files.deleteIfExists(portal.layout().dataDir().resolve("seeded-demo.sha256"));
        String output = portal.runInstaller(null, demoArgs(portal, portal.port(), RunningPortal.fixtureV1()));
        assertTrue(output.contains("[seed]"), output);
        String install = Files.readString(portal.layout().dataDir().resolve("install.log"));
        assertTrue(install.contains("Replaced " + path), "the installer's log names it");
        java.net.http.HttpResponse<String> replaced = portal.get("/chuyen-muc/nguoi-co-cong/");
        assertEquals(200, replaced.statusCode());
        assertTrue(replaced.body().contains("class=\"pk-list"), "this release's list page: " + replaced.body());
        assertFalse(install.contains("Replaced /sites/default/index.html"), "the landing page kept its type and stays");
    }

    private static String[] demoArgs(RunningPortal portal, int port, Path fixture) {
        return new String[] {
            "--data", portal.layout().dataDir().toString(),
            "--port", Integer.toString(port),
            "--modules", portal.dist().moduleDir() + "," + fixture,
            "--demo", portal.dist().demoDirs().stream().map(Path::toString).collect(Collectors.joining(","))};
    }

    private static long serverPid(RunningPortal portal) throws Exception {
        return Long.parseLong(Files.readString(portal.layout().pidFile()).trim());
    }

    private static ServerSocket freePortWithFreeShellPort() throws Exception {
        for (int i = 0; i < 50; i++) {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            int shell = socket.getLocalPort() + Installer.SHELL_PORT_OFFSET;
            if (shell <= 65535 && !ServerControl.isPortInUse(shell)) {
                return socket;
            }
            socket.close();
        }
        throw new IllegalStateException("no free port pair");
    }

    private static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
