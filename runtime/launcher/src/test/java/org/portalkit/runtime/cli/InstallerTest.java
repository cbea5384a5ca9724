package org.portalkit.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.modules.ModuleZip;
import org.portalkit.runtime.modules.ZipBytes;
import org.portalkit.runtime.server.PortCheck;
import org.portalkit.runtime.server.ServerControl;

/**
 * The installer's modes that need no OpenCms: status, stop, reset, help, and demo mode up to the point where it
 * would provision (it must refuse to touch the data directory before every module ZIP has been verified).
 */
class InstallerTest {

    @TempDir
    Path m_tmp;

    private Distribution m_dist;
    private Path m_data;
    private Path m_modules;
    private ByteArrayOutputStream m_output;

    @BeforeEach
    void setUp() throws IOException {

        Path home = m_tmp.resolve("dist");
        Files.createDirectories(home.resolve("lib"));
        Files.createDirectories(home.resolve("webapp-lib"));
        m_dist = new Distribution(home);
        m_data = m_tmp.resolve("data");
        m_modules = Files.createDirectories(m_tmp.resolve("modules"));
        m_output = new ByteArrayOutputStream();
    }

    private String output() {

        return m_output.toString(StandardCharsets.UTF_8);
    }

    private void run(String... args) throws InstallException {

        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", m_data.toString(), "--modules", m_modules.toString(), "--demo", m_tmp.resolve("no-demo").toString()));
        InstallOptions options = InstallOptions.parse(all.toArray(new String[0]), m_dist.moduleDir(), List.of());
        new Installer(options, m_dist, new PrintStream(m_output, true, StandardCharsets.UTF_8)).run();
    }

    /** Runs with the given text on standard input (the reset question reads System.in). */
    private void runWithInput(String input, String... args) throws InstallException {

        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            run(args);
        } finally {
            System.setIn(original);
        }
    }

    // ------------------------------------------------------------------ --help, --status, --stop

    @Test
    void helpPrintsTheHelpText() throws Exception {

        run("--help");
        assertEquals(InstallOptions.helpText(), output());
        assertFalse(Files.exists(m_data));
    }

    @Test
    void statusOfAnEmptyDataDirectoryIsNotInstalled() throws Exception {

        Files.createDirectories(m_data);
        run("--status");
        assertTrue(output().contains("not installed"), output());
        assertTrue(output().contains(m_data.toString()), output());
        try (Stream<Path> files = Files.list(m_data)) {
            assertEquals(0, files.count(), "--status changes nothing");
        }
    }

    @Test
    void statusOfAMissingDataDirectoryIsNotInstalledAndCreatesNothing() throws Exception {

        run("--status");
        assertTrue(output().contains("not installed"), output());
        assertFalse(Files.exists(m_data));
    }

    @Test
    void statusOfAProvisionedStoppedRuntime() throws Exception {

        RuntimeLayout layout = RuntimeLayout.of(m_data);
        Files.createDirectories(m_data);
        Files.createFile(layout.provisionedMarker());
        // a pid file left behind by a server that is gone
        Files.writeString(layout.pidFile(), "not-a-pid");
        run("--status");
        assertTrue(output().contains("stopped"), output());
        assertFalse(output().contains("not installed"), output());
    }

    @Test
    void statusOfARunningRuntimeNamesPidAndPort() throws Exception {

        RuntimeLayout layout = RuntimeLayout.of(m_data);
        Files.createDirectories(m_data);
        // a harmless process whose command line names the server class stands in for the server
        Process fake = new ProcessBuilder("bash", "-c", "sleep 60; true",
            org.portalkit.runtime.server.PortalServer.class.getName()).start();
        try {
            long pid = fake.pid();
            Files.writeString(layout.pidFile(), pid + "\n");
            Files.writeString(layout.runtimePropertiesFile(), "port=18123\nshellPort=28123\n");
            run("--status");
            assertTrue(output().contains("running (pid " + pid + ")"), output());
            assertTrue(output().contains("http://127.0.0.1:18123/"), output());
        } finally {
            fake.destroyForcibly();
        }
    }

    @Test
    void stopWithAStalePidFileStopsNothingAndRemovesIt() throws Exception {

        RuntimeLayout layout = RuntimeLayout.of(m_data);
        Files.createDirectories(m_data);
        Files.writeString(layout.pidFile(), "garbage");
        run("--stop");
        assertTrue(output().contains("was not running"), output());
        assertFalse(Files.exists(layout.pidFile()));
    }

    // ------------------------------------------------------------------ --reset

    @Test
    void resetWithYesDeletesTheDataDirectory() throws Exception {

        fillDataDirectory();
        run("--reset", "--yes");
        assertFalse(Files.exists(m_data), "data directory deleted");
        assertTrue(output().contains("Deleted"), output());
        assertTrue(Files.isDirectory(m_tmp), "only the data directory");
        assertTrue(Files.isDirectory(m_modules), "only the data directory");
    }

    @Test
    void resetAnsweredNoDeletesNothing() throws Exception {

        Path file = fillDataDirectory();
        runWithInput("no\n", "--reset");
        assertTrue(output().contains("Type 'yes' to confirm"), output());
        assertTrue(output().contains("Nothing deleted"), output());
        assertTrue(Files.isRegularFile(file));
        assertEquals("content", Files.readString(file));
    }

    @Test
    void resetWithoutAnAnswerDeletesNothing() throws Exception {

        Path file = fillDataDirectory();
        runWithInput("", "--reset");
        assertTrue(output().contains("Nothing deleted"), output());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void resetWithoutATerminalSaysHowToDeleteWithoutAQuestion() throws Exception {

        fillDataDirectory();
        Set<String> before = filesBelow(m_data);
        runWithInput("", "--reset");
        assertTrue(output().contains("Nothing deleted"), output());
        assertTrue(output().contains("--yes"), "without a terminal the way to confirm is --yes: " + output());
        assertEquals(before, filesBelow(m_data), "nothing deleted");
    }

    @Test
    void resetAnsweredNoDoesNotSuggestYes() throws Exception {

        fillDataDirectory();
        runWithInput("no\n", "--reset");
        assertTrue(output().contains("Nothing deleted."), output());
        assertFalse(output().contains("--yes"), "the user did answer: " + output());
    }

    @Test
    void resetAnsweredYesDeletes() throws Exception {

        fillDataDirectory();
        runWithInput(" yes \n", "--reset");
        assertFalse(Files.exists(m_data));
    }

    @Test
    void resetOfAMissingDataDirectory() throws Exception {

        run("--reset", "--yes");
        assertTrue(output().contains("Nothing to reset"), output());
        assertFalse(Files.exists(m_data));
    }

    // ------------------------------------------------------------------ demo mode: verify before provisioning

    @Test
    void demoWithoutModuleZipsFails() throws Exception {

        Files.writeString(m_modules.resolve("README.txt"), "no zips here");
        InstallException e = assertThrows(InstallException.class, () -> run("--port", freePortPair(), "--no-serve"));
        assertTrue(e.getMessage().contains("No module ZIPs"), e.getMessage());
        assertFalse(Files.exists(m_data), "nothing provisioned");
    }

    @Test
    void demoWithAMissingModuleFolderFails() throws Exception {

        Files.delete(m_modules);
        InstallException e = assertThrows(InstallException.class, () -> run("--port", freePortPair(), "--no-serve"));
        assertTrue(e.getMessage().contains("Module folder not found"), e.getMessage());
        assertFalse(Files.exists(m_data), "nothing provisioned");
    }

    @Test
    void demoWithACorruptZipFailsBeforeProvisioning() throws Exception {

        Path good = moduleZip("a-good.zip", "pk.good");
        writeChecksum(good);
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        Path bad = Files.write(m_modules.resolve("b-bad.zip"), garbage);
        writeChecksum(bad);

        InstallException e = assertThrows(InstallException.class, () -> run("--port", freePortPair(), "--no-serve"));

        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertTrue(e.getMessage().contains("b-bad.zip"), e.getMessage());
        assertEquals(1, e.getExitStatus());
        assertFalse(Files.exists(m_data), "the data directory must not be created before the ZIPs are verified");
        assertFalse(output().contains("[provision]"), output());
    }

    @Test
    void demoWithAZipNotMatchingItsChecksumFailsBeforeProvisioning() throws Exception {

        Path zip = moduleZip("a.zip", "pk.a");
        Files.writeString(m_modules.resolve("a.zip.sha256"), "0".repeat(64) + "  a.zip\n");
        InstallException e = assertThrows(InstallException.class, () -> run("--port", freePortPair(), "--no-serve"));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertTrue(Files.exists(zip));
        assertFalse(Files.exists(m_data));
    }

    @Test
    void demoWithAZipWithoutChecksumFailsBeforeProvisioning() throws Exception {

        moduleZip("a.zip", "pk.a");
        InstallException e = assertThrows(InstallException.class, () -> run("--port", freePortPair(), "--no-serve"));
        assertTrue(e.getMessage().contains("a.zip.sha256"), e.getMessage());
        assertFalse(Files.exists(m_data));
    }

    @Test
    void demoWithAnUnknownDependencyFailsBeforeProvisioning() throws Exception {

        writeChecksum(moduleZip("a.zip", "pk.a", "pk.missing"));
        InstallException e = assertThrows(InstallException.class, () -> run("--port", freePortPair(), "--no-serve"));
        assertTrue(e.getMessage().contains("pk.missing"), e.getMessage());
        assertFalse(Files.exists(m_data));
    }

    @Test
    void demoWithAPortTooHighForTheShellIsAUsageError() throws Exception {

        InstallException e = assertThrows(InstallException.class, () -> run("--port", "60000", "--no-serve"));
        assertEquals(InstallOptions.EXIT_USAGE, e.getExitStatus());
        assertTrue(e.getMessage().contains("70000"), e.getMessage());
        assertFalse(Files.exists(m_data));
    }

    @Test
    void verifiedModulesComeDependenciesFirst() throws Exception {

        writeChecksum(moduleZip("a.zip", "pk.template", "pk.core"));
        writeChecksum(moduleZip("b.zip", "pk.core", "org.opencms.base"));
        InstallOptions options = InstallOptions.parse(new String[] {"--modules", m_modules.toString()}, m_dist.moduleDir(), List.of());
        List<ModuleZip> modules = new Installer(options, m_dist, new PrintStream(m_output, true, StandardCharsets.UTF_8)).verifyModules();
        assertEquals(List.of("pk.core", "pk.template"), modules.stream().map(ModuleZip::moduleName).toList());
    }

    // ------------------------------------------------------------------ installed ZIP checksums (pkModuleInfo)

    @Test
    void installedZipChecksumsAreReadFromModuleLines() {

        String a = "0123456789abcdef".repeat(4);
        String b = "fedcba9876543210".repeat(4);
        String info = String.join("\n",
            "Welcome to the OpenCms shell",
            "MODULE org.a 1.0.0 " + a,
            "MODULE org.b 2.1.3 -",
            "MODULE org.c 1.0.0",
            "MODULE org.d 1.0.0 " + a + " extra",
            "MODULE org.e 1.0.0 " + a.substring(1),
            "MODULE org.f 1.0.0 " + a.substring(1) + "g",
            "module org.g 1.0.0 " + a,
            "NOTMODULE org.h 1.0.0 " + a,
            "  MODULE   org.portalkit.core   0.1.0\t" + b + "  ",
            "OK");

        Map<String, String> sums = Installer.installedZipChecksums(info);

        assertEquals(Map.of("org.a@1.0.0", a, "org.portalkit.core@0.1.0", b), sums);
        assertEquals(Map.of(), Installer.installedZipChecksums(""));
        assertEquals(Map.of(), Installer.installedZipChecksums("No such command pkModuleInfo\n"));
    }

    @Test
    void installedZipChecksumsKeepTheVersionApart() {

        String a = "a".repeat(64);
        String b = "b".repeat(64);
        Map<String, String> sums = Installer.installedZipChecksums("MODULE org.a 1.0.0 " + a + "\r\nMODULE org.a 1.1.0 " + b + "\r\n");
        assertEquals(Map.of("org.a@1.0.0", a, "org.a@1.1.0", b), sums);
    }

    // ------------------------------------------------------------------ demo mode with a running portal: checks first

    @Test
    void movingARunningPortalToAPrivilegedPortAsksAndChangesNothingOnNo() throws Exception {

        int privileged = 1000;
        PortCheck.Status http = PortCheck.check(privileged);
        assumeTrue(http != PortCheck.Status.IN_USE, "port 1000 is in use on this machine");
        assumeTrue(PortCheck.check(privileged + Installer.SHELL_PORT_OFFSET) == PortCheck.Status.FREE, "port 11000 is in use");
        writeChecksum(moduleZip("a.zip", "pk.a"));
        int running = Integer.parseInt(freePortPair());
        Process fake = fakeRunningServer(running);
        try {
            String properties = Files.readString(RuntimeLayout.of(m_data).runtimePropertiesFile());
            Set<String> before = filesBelow(m_data);

            InstallException e = assertThrows(InstallException.class, () -> runWithInput("no\n", "--port", Integer.toString(privileged)));

            if (http == PortCheck.Status.FREE) {
                // this user may serve on low ports (root, or a lowered ip_unprivileged_port_start): it is asked
                assertTrue(output().contains("privileged port " + privileged), output());
                assertTrue(output().contains("The portal runs on port " + running + "."), output());
                assertTrue(e.getMessage().contains("Nothing changed"), e.getMessage());
                assertFalse(e.getMessage().contains("no terminal"), "the user did answer: " + e.getMessage());
            } else {
                assertTrue(e.getMessage().contains("privileged"), e.getMessage());
                assertTrue(e.getMessage().contains("Port " + privileged), e.getMessage());
                assertFalse(output().contains("Move it"), "no question when the port cannot be used anyway: " + output());
            }
            assertTrue(e.getMessage().contains("keeps running on port " + running), e.getMessage());
            assertEquals(1, e.getExitStatus());
            assertUntouched(fake, properties, before);
        } finally {
            fake.destroyForcibly();
            fake.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void movingARunningPortalToAPrivilegedPortWithoutATerminalSaysYes() throws Exception {

        int privileged = 1000;
        assumeTrue(PortCheck.check(privileged) == PortCheck.Status.FREE, "this user cannot serve on port 1000");
        assumeTrue(PortCheck.check(privileged + Installer.SHELL_PORT_OFFSET) == PortCheck.Status.FREE, "port 11000 is in use");
        writeChecksum(moduleZip("a.zip", "pk.a"));
        int running = Integer.parseInt(freePortPair());
        Process fake = fakeRunningServer(running);
        try {
            String properties = Files.readString(RuntimeLayout.of(m_data).runtimePropertiesFile());
            Set<String> before = filesBelow(m_data);
            InstallException e = assertThrows(InstallException.class, () -> runWithInput("", "--port", Integer.toString(privileged)));
            assertTrue(e.getMessage().contains("Nothing changed"), e.getMessage());
            assertTrue(e.getMessage().contains("--yes"), e.getMessage());
            assertTrue(e.getMessage().contains("keeps running on port " + running), e.getMessage());
            assertUntouched(fake, properties, before);
        } finally {
            fake.destroyForcibly();
            fake.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void movingARunningPortalToAPortInUseFailsBeforeAnythingChanges() throws Exception {

        writeChecksum(moduleZip("a.zip", "pk.a"));
        int running = Integer.parseInt(freePortPair());
        Process fake = fakeRunningServer(running);
        try (ServerSocket taken = bindPortWithRoomForTheShell(running)) {
            int port = taken.getLocalPort();
            String properties = Files.readString(RuntimeLayout.of(m_data).runtimePropertiesFile());
            Set<String> before = filesBelow(m_data);

            InstallException e = assertThrows(InstallException.class, () -> run("--port", Integer.toString(port)));

            assertTrue(e.getMessage().contains("Port " + port + " "), e.getMessage());
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertTrue(e.getMessage().contains("keeps running on port " + running), e.getMessage());
            assertEquals(1, e.getExitStatus());
            assertFalse(output().contains("[stop]"), output());
            assertUntouched(fake, properties, before);
            assertTrue(taken.isBound() && !taken.isClosed());
        } finally {
            fake.destroyForcibly();
            fake.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ------------------------------------------------------------------ demo mode: damage that a rewritten checksum hides

    @Test
    void demoWithAZipDamagedInsideUnderAMatchingChecksumFailsBeforeProvisioning() throws Exception {

        Path zip = moduleZip("a.zip", "pk.a", ZipBytes.wordText(20000, 3), new String[0]);
        long start = ZipBytes.dataStart(zip, "system/x.txt");
        long compressed;
        try (java.util.zip.ZipFile zipFile = new java.util.zip.ZipFile(zip.toFile())) {
            ZipEntry entry = zipFile.getEntry("system/x.txt");
            assertEquals(ZipEntry.DEFLATED, entry.getMethod());
            compressed = entry.getCompressedSize();
        }
        assertTrue(compressed > 1000, "a deflated entry with data to damage: " + compressed);
        byte[] bytes = Files.readAllBytes(zip);
        bytes[(int)(start + (compressed / 2))] ^= (byte)0xFF;
        Files.write(zip, bytes);
        // whoever damaged it also rewrote the checksum file, so only the check inside the ZIP can tell
        writeChecksum(zip);
        InstallException direct = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true), "the flipped byte damages the entry");
        assertTrue(direct.getMessage().contains("damaged"), direct.getMessage());

        InstallException e = assertThrows(InstallException.class, () -> run("--port", freePortPair(), "--no-serve"));

        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("a.zip"), e.getMessage());
        assertTrue(e.getMessage().contains("system/x.txt"), e.getMessage());
        assertEquals(1, e.getExitStatus());
        assertFalse(Files.exists(m_data.resolve("webapp")), "nothing provisioned");
        assertFalse(Files.exists(m_data.resolve("install.log")), "no shell ran");
        assertFalse(Files.exists(m_data), "the data directory is not even created");
        assertFalse(output().contains("[provision]"), output());
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Stands in for a running demo server on the given port: a harmless process whose command line names the
     * server class, its pid in the pid file, and the port in runtime.properties.
     */
    private Process fakeRunningServer(int port) throws IOException {

        RuntimeLayout layout = RuntimeLayout.of(m_data);
        Files.createDirectories(m_data);
        Process fake = new ProcessBuilder("bash", "-c", "sleep 120; true", org.portalkit.runtime.server.PortalServer.class.getName()).start();
        Files.writeString(layout.pidFile(), fake.pid() + "\n");
        Files.writeString(layout.runtimePropertiesFile(), "port=" + port + "\nshellPort=" + (port + Installer.SHELL_PORT_OFFSET) + "\n");
        assertTrue(new ServerControl(layout, List.of()).runningProcess().isPresent(), "the stand-in counts as the running server");
        return fake;
    }

    /** Asserts that a refused run left the running portal and the data directory as they were. */
    private void assertUntouched(Process fake, String properties, Set<String> before) throws IOException {

        RuntimeLayout layout = RuntimeLayout.of(m_data);
        assertTrue(fake.isAlive(), "the running portal was not stopped");
        assertEquals(fake.pid() + "\n", Files.readString(layout.pidFile()));
        assertEquals(properties, Files.readString(layout.runtimePropertiesFile()), "runtime.properties unchanged");
        assertFalse(Files.exists(layout.webappDir()), "nothing provisioned");
        assertEquals(before, filesBelow(m_data), "nothing added to or removed from the data directory");
    }

    /** @return a loopback server socket on a port P with P + 10000 a valid port, and P not the given one */
    private static ServerSocket bindPortWithRoomForTheShell(int avoid) throws IOException {

        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20000 + random.nextInt(25000);
            if ((port == avoid) || (port + Installer.SHELL_PORT_OFFSET > 65535)) {
                continue;
            }
            ServerSocket socket = new ServerSocket();
            try {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return socket;
            } catch (BindException e) {
                socket.close();
            }
        }
        throw new IllegalStateException("no port to bind");
    }

    /** @return relative paths of all files and folders below the folder */
    /** @return the files below the folder; the installer's lock file (empty, kept for later runs) does not count */
    private static Set<String> filesBelow(Path dir) throws IOException {

        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).filter(name -> !name.equals(".install.lock"))
                .collect(Collectors.toCollection(TreeSet::new));
        }
    }


    private Path fillDataDirectory() throws IOException {

        Files.createDirectories(m_data.resolve("webapp/WEB-INF/config"));
        Files.createDirectories(m_data.resolve("db"));
        Files.writeString(m_data.resolve("db/opencms.script"), "x");
        return Files.writeString(m_data.resolve("webapp/WEB-INF/config/opencms.properties"), "content");
    }

    private Path moduleZip(String fileName, String moduleName, String... dependencies) throws IOException {

        return moduleZip(fileName, moduleName, "x", dependencies);
    }

    private Path moduleZip(String fileName, String moduleName, String content, String[] dependencies) throws IOException {

        StringBuilder deps = new StringBuilder();
        for (String dependency : dependencies) {
            deps.append("<dependency name=\"").append(dependency).append("\"/>");
        }
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export><info/><module><name>" + moduleName
            + "</name><version>1.0.0</version><dependencies>" + deps + "</dependencies></module><files><file><source>system/x.txt</source>"
            + "<destination>system/x.txt</destination><type>plain</type></file></files></export>";
        Path zip = m_modules.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            Map<String, String> entries = new LinkedHashMap<>();
            entries.put("manifest.xml", manifest);
            entries.put("system/x.txt", content);
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(entry.getKey()));
                zipOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private static void writeChecksum(Path zip) throws InstallException, IOException {

        Files.writeString(zip.resolveSibling(zip.getFileName() + ".sha256"), ModuleZip.sha256(zip) + "  " + zip.getFileName() + "\n");
    }

    /**
     * @return an HTTP port that is free together with its shell port (+10000), so that a demo run that wrongly went
     *     on would not stop at a port check either (and never 8080 or 18080)
     */
    private static String freePortPair() {

        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20000 + random.nextInt(25000);
            if (!ServerControl.isPortInUse(port) && !ServerControl.isPortInUse(port + Installer.SHELL_PORT_OFFSET)) {
                return Integer.toString(port);
            }
        }
        throw new IllegalStateException("no free port pair");
    }

    @Test
    void aModuleCanAskForOpenCmsFileNameGenerator() throws Exception {
        RuntimeLayout layout = RuntimeLayout.of(m_data);
        Files.createDirectories(layout.configDir());
        Path vfs = layout.configDir().resolve("opencms-vfs.xml");
        Files.writeString(vfs, "<vfs><resources><collectors>\n</collectors>\n<mimetypes/></resources></vfs>");
        org.portalkit.runtime.modules.ModuleZip core = new org.portalkit.runtime.modules.ModuleZip(m_data.resolve("x.zip"), "org.portalkit.core",
            "1.0.0", List.of(), java.util.Map.of("opencms.namegenerator", "org.portalkit.core.text.UrlNameGenerator"));
        Installer.configureNameGenerator(layout, List.of(core));
        String once = Files.readString(vfs);
        assertTrue(once.contains("</collectors>\n      <namegenerator class=\"org.portalkit.core.text.UrlNameGenerator\"/>"), once);
        Installer.configureNameGenerator(layout, List.of(core));
        assertEquals(once, Files.readString(vfs), "running twice changes nothing");
        org.portalkit.runtime.modules.ModuleZip hostile = new org.portalkit.runtime.modules.ModuleZip(m_data.resolve("y.zip"), "evil",
            "1.0.0", List.of(), java.util.Map.of("opencms.namegenerator", "x\"/><script>"));
        Installer.configureNameGenerator(layout, List.of(hostile));
        assertEquals(once, Files.readString(vfs), "a parameter that is no class name is ignored");
    }
}
