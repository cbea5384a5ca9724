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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
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

    // ------------------------------------------------------------------ damage inside the ZIP, under a matching checksum

    @Test
    void aFlippedByteInADeflatedEntryIsFoundEvenWhenTheChecksumWasRewritten() throws Exception {

        Path good = moduleZip("m.x_1.0.0.zip", manifestListing("system/a.jsp", "system/b.txt"),
            Map.of("system/a.jsp", ZipBytes.wordText(20000, 1), "system/b.txt", "b"));
        ZipEntry entry = entry(good, "system/a.jsp");
        assertEquals(ZipEntry.DEFLATED, entry.getMethod());
        long start = ZipBytes.dataStart(good, "system/a.jsp");
        for (int quarter = 1; quarter <= 3; quarter++) {
            Path zip = copy(good, "damaged-" + quarter, "m.x_1.0.0.zip");
            flip(zip, start + ((entry.getCompressedSize() * quarter) / 4));
            writeChecksum(zip);
            InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true), "quarter " + quarter);
            assertDamaged(e, "m.x_1.0.0.zip", "system/a.jsp");
        }
    }

    @Test
    void aFlippedByteInAStoredEntryFailsTheCrcCheckEvenWhenTheChecksumWasRewritten() throws Exception {

        Path zip = storedModuleZip("m.x_1.0.0.zip", manifestListing("system/a.jsp"), Map.of("system/a.jsp", ZipBytes.wordText(3000, 2)));
        ZipEntry entry = entry(zip, "system/a.jsp");
        assertEquals(ZipEntry.STORED, entry.getMethod());
        flip(zip, ZipBytes.dataStart(zip, "system/a.jsp") + 1500);
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertDamaged(e, "m.x_1.0.0.zip", "system/a.jsp");
        assertTrue(e.getMessage().contains("fails its CRC check (stored CRC " + String.format("%08x", entry.getCrc()) + ", read "),
            e.getMessage());
    }

    @Test
    void aDeflatedEntryWhoseStoredCrcDisagreesWithItsDataIsDamaged() throws Exception {

        // the data inflates fine, only the CRC in the central directory is off: ZipFile's own stream does not notice
        Path zip = moduleZip("m.x_1.0.0.zip", manifestListing("system/a.jsp"), Map.of("system/a.jsp", ZipBytes.wordText(5000, 3)));
        long crc = entry(zip, "system/a.jsp").getCrc();
        setCentralCrc(zip, "system/a.jsp", crc ^ 0x00FF_0000L);
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertDamaged(e, "m.x_1.0.0.zip", "system/a.jsp");
        assertTrue(e.getMessage().contains("stored CRC " + String.format("%08x", crc ^ 0x00FF_0000L) + ", read "
            + String.format("%08x", crc) + ")"), e.getMessage());
    }

    @Test
    void anEntryWhoseCompressedDataEndsEarlyIsDamaged() throws Exception {

        Path zip = moduleZip("m.x_1.0.0.zip", manifestListing("system/a.jsp"), Map.of("system/a.jsp", ZipBytes.wordText(20000, 4)));
        setCentralCompressedSize(zip, "system/a.jsp", entry(zip, "system/a.jsp").getCompressedSize() / 2);
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertDamaged(e, "m.x_1.0.0.zip", "system/a.jsp");
        assertTrue(e.getMessage().contains("cannot be read to its end"), e.getMessage());
    }

    @Test
    void anInvalidDeflateBlockIsDamaged() throws Exception {

        Path zip = moduleZip("m.x_1.0.0.zip", manifestListing("system/a.jsp"), Map.of("system/a.jsp", ZipBytes.wordText(20000, 7)));
        // the first block header says "dynamic Huffman codes" (type 2); one more bit makes it the invalid type 3
        flip(zip, ZipBytes.dataStart(zip, "system/a.jsp"), 0x02);
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertDamaged(e, "m.x_1.0.0.zip", "system/a.jsp");
        assertTrue(e.getMessage().contains("entry system/a.jsp cannot be read to its end (invalid block type)"), e.getMessage());
    }

    @Test
    void aDamagedManifestIsFoundBeforeItIsParsed() throws Exception {

        Path zip = storedModuleZip("m.zip", MANIFEST, Map.of("system/x.txt", "x"));
        flip(zip, ZipBytes.dataStart(zip, "manifest.xml") + MANIFEST.indexOf("m.x"));
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertDamaged(e, "m.zip", "manifest.xml");
    }

    @Test
    void anEntryNameThatOccursTwiceIsDamaged() throws Exception {

        Path zip = moduleZip("m.zip", manifestListing("system/x.txt"), Map.of("system/x.txt", "x", "system/y.txt", "y"));
        byte[] bytes = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1).replace("system/y.txt", "system/x.txt")
            .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(zip, bytes);
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertDamaged(e, "m.zip", "system/x.txt");
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void truncatedZipIsRefusedWithAClearMessage() throws Exception {

        Path zip = moduleZip("m.x_1.0.0.zip", manifestListing("system/a.jsp"), Map.of("system/a.jsp", ZipBytes.wordText(20000, 5)));
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length - 30));
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        String message = e.getMessage();
        assertTrue(message.startsWith("Module ZIP m.x_1.0.0.zip is corrupt: it cannot be opened as a ZIP ("), message);
        assertTrue(message.contains("truncated"), message);
        assertTrue(message.endsWith(ModuleZip.REMEDY), message);
        assertFalse(message.contains("\n") || message.contains("Exception") || message.contains("java."), message);
    }

    // ------------------------------------------------------------------ ZIP bomb limits

    @Test
    void moreEntriesThanTheLimitAreRefused() throws Exception {

        Path zip = moduleZip("m.zip", MANIFEST, Map.of("system/x.txt", "x", "system/y.txt", "y"));
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            InstallException e = assertThrows(InstallException.class, () -> new ZipIntegrityCheck(2, 1 << 20).check(zipFile, "m.zip"));
            assertTrue(e.getMessage().contains("m.zip has 3 entries, more than the 2"), e.getMessage());
            assertTrue(e.getMessage().contains("ZIP bomb"), e.getMessage());
            assertEquals(List.of("manifest.xml", "system/x.txt", "system/y.txt"),
                new ZipIntegrityCheck(3, 1 << 20).check(zipFile, "m.zip").stream().sorted().toList());
        }
    }

    @Test
    void moreUncompressedBytesThanTheLimitAreRefused() throws Exception {

        String manifest = manifestListing("system/zeros.txt");
        Path zip = moduleZip("m.zip", manifest, Map.of("system/zeros.txt", "0".repeat(100_000)));
        long total = 100_000 + manifest.getBytes(StandardCharsets.UTF_8).length;
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            InstallException e = assertThrows(InstallException.class,
                () -> new ZipIntegrityCheck(10, total - 1).check(zipFile, "m.zip"));
            assertTrue(e.getMessage().contains("m.zip unpacks to more than " + (total - 1) + " bytes"), e.getMessage());
            assertTrue(e.getMessage().contains("ZIP bomb"), e.getMessage());
            assertEquals(2, new ZipIntegrityCheck(10, total).check(zipFile, "m.zip").size());
        }
    }

    // ------------------------------------------------------------------ manifest against file name and content

    @Test
    void aFileNameWithAnotherVersionThanTheManifestIsRefused() throws Exception {

        Path zip = moduleZip("m.x_2.0.0.zip", MANIFEST, Map.of("system/x.txt", "x"));
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertEquals("Module ZIP m.x_2.0.0.zip says module m.x 2.0.0 in its file name but its manifest says m.x 1.0.0, so it is"
            + " not the module it claims to be. " + ModuleZip.REMEDY, e.getMessage());
    }

    @Test
    void aFileNameWithAnotherModuleThanTheManifestIsRefused() throws Exception {

        Path zip = moduleZip("org.portalkit.news_1.0.0.zip", MANIFEST, Map.of("system/x.txt", "x"));
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertTrue(e.getMessage().contains("org.portalkit.news_1.0.0.zip says module org.portalkit.news 1.0.0 in its file name"
            + " but its manifest says m.x 1.0.0"), e.getMessage());
    }

    @Test
    void aModuleNameWithUnderscoresIsSplitAtTheLastOne() throws Exception {

        String manifest = MANIFEST.replace("<name>m.x</name>", "<name>my_module_2</name>").replace("1.0.0", "3.1");
        Path zip = moduleZip("my_module_2_3.1.zip", manifest, Map.of("system/x.txt", "x"));
        writeChecksum(zip);
        assertEquals("my_module_2", ModuleZip.verify(zip, true).moduleName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.zip", "m.x-1.0.0-SNAPSHOT.zip", "my_module.zip", "m.x_1.0.0 (1).zip", "m.x_latest.zip"})
    void aRenamedZipWhoseNameIsNotModuleUnderscoreVersionIsAccepted(String fileName) throws Exception {

        Path zip = moduleZip(fileName, MANIFEST, Map.of("system/x.txt", "x"));
        writeChecksum(zip);
        ModuleZip module = ModuleZip.verify(zip, true);
        assertEquals("m.x", module.moduleName());
        assertEquals("1.0.0", module.version());
    }

    @Test
    void aFileTheManifestDoesNotListIsRefusedAndNamed() throws Exception {

        Map<String, String> files = new LinkedHashMap<>();
        files.put("system/x.txt", "x");
        files.put("system/extra.jsp", "<% evil %>");
        Path zip = moduleZip("m.x_1.0.0.zip", MANIFEST, files);
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertEquals("Module ZIP m.x_1.0.0.zip contains 1 file its manifest does not list: system/extra.jsp; OpenCms would not"
            + " import it, so the ZIP is not the one that was built. " + ModuleZip.REMEDY, e.getMessage());
    }

    @Test
    void manyUnlistedFilesAreCountedAndTheFirstFiveNamed() throws Exception {

        Map<String, String> files = new LinkedHashMap<>();
        files.put("system/x.txt", "x");
        for (int i = 1; i <= 7; i++) {
            files.put("extra/" + i + ".txt", "" + i);
        }
        Path zip = moduleZip("m.zip", MANIFEST, files);
        writeChecksum(zip);

        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));

        assertTrue(e.getMessage().contains("m.zip contains 7 files its manifest does not list: extra/1.txt, extra/2.txt,"
            + " extra/3.txt, extra/4.txt, extra/5.txt and 2 more; OpenCms would not import them"), e.getMessage());
        assertFalse(e.getMessage().contains("extra/6.txt"), e.getMessage());
    }

    @Test
    void aSourceOutsideAFileElementDoesNotCountAsListed() throws Exception {

        String manifest = MANIFEST.replace("<info>", "<info><source>system/y.txt</source>");
        Path zip = moduleZip("m.zip", manifest, Map.of("system/x.txt", "x", "system/y.txt", "y"));
        writeChecksum(zip);
        InstallException e = assertThrows(InstallException.class, () -> ModuleZip.verify(zip, true));
        assertTrue(e.getMessage().contains("contains 1 file its manifest does not list: system/y.txt"), e.getMessage());
    }

    @Test
    void aGoodZipWithFolderEntriesAndStoredAndDeflatedEntriesVerifies() throws Exception {

        Map<String, String> files = new LinkedHashMap<>();
        files.put("system/", "");
        files.put("system/x.txt", ZipBytes.wordText(10000, 6));
        Path deflated = moduleZip("m.x_1.0.0.zip", MANIFEST, files);
        writeChecksum(deflated);
        assertEquals("m.x", ModuleZip.verify(deflated, true).moduleName());
        Path stored = storedModuleZip("stored.zip", MANIFEST, files);
        writeChecksum(stored);
        assertEquals("1.0.0", ModuleZip.verify(stored, true).version());
    }

    /**
     * Every module ZIP the build has produced in this checkout (each module's {@code target/}, the runtime's
     * {@code modules/} directory, the integration-test fixtures) passes every check; skipped before the first build.
     */
    @Test
    void everyBuiltModuleZipVerifies() throws Exception {

        List<Path> zips = builtModuleZips();
        Assumptions.assumeFalse(zips.isEmpty(), "no module ZIPs built yet");
        for (Path zip : zips) {
            ModuleZip module = ModuleZip.verify(zip, true);
            assertFalse(module.moduleName().isEmpty(), zip.toString());
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

    /** A manifest of module m.x 1.0.0 that lists the given sources. */
    private static String manifestListing(String... sources) {

        StringBuilder files = new StringBuilder();
        for (String source : sources) {
            files.append("<file><source>").append(source).append("</source><destination>").append(source)
                .append("</destination><type>plain</type></file>");
        }
        return MANIFEST.replaceAll("(?s)<files>.*</files>", "<files>" + files + "</files>");
    }


    /** Like {@link #moduleZip}, but every entry STORED (not compressed). */
    private Path storedModuleZip(String name, String manifest, Map<String, String> files) throws IOException {

        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("manifest.xml", manifest);
        entries.putAll(files);
        Path zip = m_tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                byte[] data = entry.getValue().getBytes(StandardCharsets.UTF_8);
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setMethod(ZipEntry.STORED);
                zipEntry.setSize(data.length);
                zipEntry.setCompressedSize(data.length);
                zipEntry.setCrc(crc.getValue());
                zipOut.putNextEntry(zipEntry);
                zipOut.write(data);
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private Path copy(Path zip, String directory, String name) throws IOException {

        return Files.copy(zip, Files.createDirectories(m_tmp.resolve(directory)).resolve(name));
    }

    private static ZipEntry entry(Path zip, String name) throws IOException {

        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            return zipFile.getEntry(name);
        }
    }

    /** @return the position of the entry's central directory header */
    private static int centralHeader(ByteBuffer bytes, String name) {

        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int pos = 0; pos + 46 <= bytes.limit(); pos++) {
            if (bytes.getInt(pos) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(bytes.getShort(pos + 28));
                if (Arrays.equals(Arrays.copyOfRange(bytes.array(), pos + 46, pos + 46 + nameLength), wanted)) {
                    return pos;
                }
            }
        }
        throw new IllegalArgumentException(name + " has no central directory header");
    }

    private static void setCentralCrc(Path zip, String name, long crc) throws IOException {

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(centralHeader(bytes, name) + 16, (int)crc);
        Files.write(zip, bytes.array());
    }

    private static void setCentralCompressedSize(Path zip, String name, long size) throws IOException {

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(centralHeader(bytes, name) + 20, (int)size);
        Files.write(zip, bytes.array());
    }

    private static void flip(Path zip, long position) throws IOException {

        flip(zip, position, 0xFF);
    }

    private static void flip(Path zip, long position, int bits) throws IOException {

        byte[] bytes = Files.readAllBytes(zip);
        bytes[(int)position] ^= (byte)bits;
        Files.write(zip, bytes);
    }

    private static void assertDamaged(InstallException e, String zipName, String entryName) {

        String message = e.getMessage();
        assertTrue(message.startsWith("Module ZIP " + zipName + " is damaged: "), message);
        assertTrue(message.contains(entryName), message);
        assertTrue(message.endsWith(ModuleZip.REMEDY), message);
    }

    /** The module ZIPs (with a .sha256) the build wrote into this checkout, found from the launcher's directory. */
    private static List<Path> builtModuleZips() throws IOException {

        Path root = Path.of("").toAbsolutePath();
        while ((root != null) && !Files.isDirectory(root.resolve("build-tools/module-maven-plugin"))) {
            root = root.getParent();
        }
        List<Path> zips = new ArrayList<>();
        if (root == null) {
            return zips;
        }
        List<Path> directories = new ArrayList<>();
        directories.add(root.resolve("runtime/launcher/target/portalkit-runtime/modules"));
        try (Stream<Path> children = Files.list(root)) {
            children.map(child -> child.resolve("target")).forEach(directories::add);
        }
        Path itTarget = root.resolve("integration-tests/target");
        if (Files.isDirectory(itTarget)) {
            try (Stream<Path> fixtures = Files.list(itTarget)) {
                fixtures.filter(dir -> dir.getFileName().toString().startsWith("fixture-")).forEach(directories::add);
            }
        }
        for (Path directory : directories) {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    files.filter(file -> file.getFileName().toString().endsWith(".zip"))
                        .filter(file -> Files.isRegularFile(file.resolveSibling(file.getFileName() + ".sha256")))
                        .sorted().forEach(zips::add);
                }
            }
        }
        return zips;
    }
}
