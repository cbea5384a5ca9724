package org.portalkit.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portalkit.runtime.InstallException;

class ModuleZipTest {

    private static final String MANIFEST = """
        <?xml version="1.0" encoding="UTF-8"?>
        <export>
          <info><creator>Admin</creator><opencms_version>11.0.2</opencms_version></info>
          <module>
            <name>m.x</name>
            <version>1.0.0</version>
            <dependencies><dependency name="a.b" version="0.1"/><dependency name="org.opencms.base"/></dependencies>
          </module>
          <files>
            <file><destination>system</destination><type>folder</type></file>
            <file><source>system/x.txt</source><destination>system/x.txt</destination><type>plain</type></file>
          </files>
        </export>
        """;

    private static final String FACTORY_PROPERTY = "javax.xml.parsers.DocumentBuilderFactory";

    @TempDir
    Path m_tmp;

    @Test
    void validZipVerifies() throws Exception {

        Path zip = moduleZip("m.x_1.0.0.zip", MANIFEST, Map.of("system/x.txt", "x"));
        writeChecksum(zip);
        ModuleZip module = ModuleZip.verify(zip, true);
        assertEquals("m.x", module.moduleName());
        assertEquals("1.0.0", module.version());
        assertEquals(List.of("a.b", "org.opencms.base"), module.dependencies());
        assertEquals(zip.toAbsolutePath(), module.path());
    }

    @Test
    void checksumIsTheSha256OfTheFile() throws Exception {

        Path file = Files.writeString(m_tmp.resolve("abc.txt"), "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ModuleZip.sha256(file));
    }

    @Test
    void checksumFileMayUseUpperCaseHexAndNoFileName() throws Exception {

        Path zip = moduleZip("m.zip", MANIFEST, Map.of("system/x.txt", "x"));
        Files.writeString(checksumFile(zip), ModuleZip.sha256(zip).toUpperCase() + "\n");
        assertEquals("m.x", ModuleZip.verify(zip, true).moduleName());
    }

    @Test
    void wrongChecksumIsCorrupt() throws Exception {

        Path zip = moduleZip("m.zip", MANIFEST, Map.of("system/x.txt", "x"));
        String wrong = ModuleZip.sha256(Files.writeString(m_tmp.resolve("other"), "other"));
        Files.writeString(checksumFile(zip), wrong + "  m.zip\n");
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertTrue(e.getMessage().contains("m.zip"), e.getMessage());
        // also without requiring a checksum: a checksum that is there is checked
        assertThrows(InstallException.class, () -> ModuleZip.verify(zip, false));
    }

    @Test
    void aZipChangedAfterItsChecksumWasWrittenIsCorrupt() throws Exception {

        Path zip = moduleZip("m.zip", MANIFEST, Map.of("system/x.txt", "x"));
        writeChecksum(zip);
        moduleZip("m.zip", MANIFEST, Map.of("system/x.txt", "changed"));
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void truncatedZipIsCorrupt() throws Exception {

        Path zip = moduleZip("m.zip", MANIFEST, Map.of("system/x.txt", "x".repeat(5000)));
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));
        // the checksum matches the truncated file: the ZIP check itself must catch it
        writeChecksum(zip);
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void garbageIsCorrupt() throws Exception {

        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Path zip = Files.write(m_tmp.resolve("garbage.zip"), garbage);
        writeChecksum(zip);
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertTrue(e.getMessage().contains("garbage.zip"), e.getMessage());
    }

    @Test
    void malformedManifestIsCorrupt() throws Exception {

        Path zip = moduleZip("m.zip", "<export><module><name>m.x</name>", Map.of());
        writeChecksum(zip);
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void zipWithoutManifestIsNotAModule() throws Exception {

        Path zip = moduleZip("m.zip", null, Map.of("system/x.txt", "x"));
        writeChecksum(zip);
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("not an OpenCms module"), e.getMessage());
    }

    @Test
    void manifestWithoutNameOrVersionIsRejected() throws Exception {

        Path noVersion = moduleZip("a.zip", MANIFEST.replace("<version>1.0.0</version>", ""), Map.of("system/x.txt", "x"));
        writeChecksum(noVersion);
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(noVersion, true));
        assertTrue(e.getMessage().contains("name or version"), e.getMessage());
        Path noModule = moduleZip("b.zip", "<export><files/></export>", Map.of());
        writeChecksum(noModule);
        e = assertThrows(InstallException.class, () -> ModuleZip.verify(noModule, true));
        assertTrue(e.getMessage().contains("<module>"), e.getMessage());
    }

    @Test
    void missingListedFileIsIncomplete() throws Exception {

        Path zip = moduleZip("m.zip", MANIFEST, Map.of("system/other.txt", "x"));
        writeChecksum(zip);
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("incomplete"), e.getMessage());
        assertTrue(e.getMessage().contains("system/x.txt"), e.getMessage());
    }

    @Test
    void missingChecksumFileIsAnErrorOnlyWhenRequired() throws Exception {

        Path zip = moduleZip("m.zip", MANIFEST, Map.of("system/x.txt", "x"));
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("m.zip.sha256"), e.getMessage());
        assertEquals("m.x", ModuleZip.verify(zip, false).moduleName());
    }

    @Test
    void checksumFileWithoutAChecksumIsAnError() throws Exception {

        Path zip = moduleZip("m.zip", MANIFEST, Map.of("system/x.txt", "x"));
        Files.writeString(checksumFile(zip), "not a checksum  m.zip\n");
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void missingZipIsAnError() {

        Path zip = m_tmp.resolve("missing.zip");
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, false));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    /**
     * The launcher runs with the JDK's XML parser; the test classpath also has Xerces (from opencms-core), which
     * DocumentBuilderFactory picks by default. Both must ignore external entities and DTDs.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl"})
    void externalEntitiesInTheManifestAreNotResolved(String parserFactory) throws Exception {

        Path secret = Files.writeString(m_tmp.resolve("secret.txt"), "TOPSECRET");
        String previousFactory = System.getProperty(FACTORY_PROPERTY);
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            // answers every connection by closing it, so that a parser that does fetch fails fast instead of hanging
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        // closed
                    }
                }
            }, "xxe-probe");
            acceptor.setDaemon(true);
            acceptor.start();
            String http = "http://127.0.0.1:" + server.getLocalPort();
            String manifest = MANIFEST
                .replace(
                    "<export>",
                    "<!DOCTYPE export SYSTEM \"" + http + "/export.dtd\" [\n"
                        + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                        + "  <!ENTITY net SYSTEM \"" + http + "/entity\">\n"
                        + "  <!ENTITY % remote SYSTEM \"" + http + "/param.dtd\">\n"
                        + "  %remote;\n"
                        + "]>\n<export>")
                .replace("<name>m.x</name>", "<name>m.x&file;&net;</name>")
                .replace("<version>1.0.0</version>", "<version>1.0.0&file;</version>");
            Path zip = moduleZip("m.zip", manifest, Map.of("system/x.txt", "x"));
            writeChecksum(zip);
            if (parserFactory.isEmpty()) {
                System.clearProperty(FACTORY_PROPERTY);
            } else {
                System.setProperty(FACTORY_PROPERTY, parserFactory);
            }

            ModuleZip module = ModuleZip.verify(zip, true);

            assertEquals("m.x", module.moduleName(), "the entities were not expanded");
            assertEquals("1.0.0", module.version());
            assertEquals(0, connections.get(), "the parser fetched a remote entity or DTD");
        } finally {
            if (previousFactory == null) {
                System.clearProperty(FACTORY_PROPERTY);
            } else {
                System.setProperty(FACTORY_PROPERTY, previousFactory);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Writes a module ZIP.
     *
     * @param name the file name
     * @param manifest the manifest.xml text, or null for none
     * @param files further entries, name to text
     */
    private Path moduleZip(String name, String manifest, Map<String, String> files) throws IOException {

        Map<String, String> entries = new LinkedHashMap<>();
        if (manifest != null) {
            entries.put("manifest.xml", manifest);
        }
        entries.putAll(files);
        Path zip = m_tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(entry.getKey()));
                zipOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private static Path checksumFile(Path zip) {

        return zip.resolveSibling(zip.getFileName() + ".sha256");
    }

    /** Writes the .sha256 file the way the build (and sha256sum) does. */
    private static void writeChecksum(Path zip) throws Exception {

        Files.writeString(checksumFile(zip), ModuleZip.sha256(zip) + "  " + zip.getFileName() + "\n");
    }
}
