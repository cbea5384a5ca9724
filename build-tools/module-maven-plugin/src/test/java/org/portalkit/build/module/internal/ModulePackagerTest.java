package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulePackagerTest {

    private static final String MODULE_FOLDER = "system/modules/" + TestModules.NEWS;

    @TempDir
    Path base;

    @Test
    void writesZipNamedAfterModuleAndVersionWithChecksum() throws Exception {
        PackagingResult result = ModulePackager.pack(newsRequest());

        assertEquals(base.resolve("target/org.portalkit.news_1.2.0.zip"), result.zip());
        String checksum = Files.readString(result.checksum());
        assertEquals(Sha256File.sha256Hex(result.zip()) + "  org.portalkit.news_1.2.0.zip\n", checksum);
        assertEquals(64, checksum.indexOf(' '));
    }

    @Test
    void zipHoldsManifestFirstThenEveryFileAtItsSource() throws Exception {
        PackagingResult result = ModulePackager.pack(newsRequest());

        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(result.zip().toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
            assertEquals("jar bytes", new String(zip.getInputStream(
                zip.getEntry(MODULE_FOLDER + "/lib/module-news-1.2.0.jar")).readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("manifest.xml", names.get(0));
        List<String> sources = result.manifest().files().stream().map(ManifestFile::source)
            .filter(s -> s != null).toList();
        assertEquals(sources, names.subList(1, names.size()));
        assertFalse(names.stream().anyMatch(n -> n.endsWith(".gitkeep")));
    }

    @Test
    void theLibFolderDeniesGuestsReadAndViewAndNothingElseHasAccessEntries() throws Exception {
        PackagingResult result = ModulePackager.pack(newsRequest());

        ManifestFile lib = file(result.manifest(), MODULE_FOLDER + "/lib");
        assertEquals(List.of(new ManifestAccessEntry("GROUP.Guests", 32 | 2, 0, 1 | 4)), lib.accessEntries());
        assertTrue(result.manifest().files().stream().filter(f -> f != lib).allMatch(f -> f.accessEntries().isEmpty()));
        String xml;
        try (ZipFile zip = new ZipFile(result.zip().toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("manifest.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        String libEntry = xml.substring(xml.indexOf("<destination>" + MODULE_FOLDER + "/lib</destination>"));
        libEntry = libEntry.substring(0, libEntry.indexOf("</file>"));
        assertTrue(libEntry.replaceAll("\\s+", "").contains("<accesscontrol><accessentry><uuidprincipal>GROUP.Guests</uuidprincipal>"
            + "<flags>34</flags><permissionset><allowed>0</allowed><denied>5</denied></permissionset></accessentry></accesscontrol>"), libEntry);
    }

    @Test
    void listsEveryFolderAndFileSortedWithTypesAndIds() throws Exception {
        Manifest manifest = ModulePackager.buildManifest(newsRequest());

        List<String> destinations = manifest.files().stream().map(ManifestFile::destination).toList();
        assertEquals(List.of("system", "system/modules", MODULE_FOLDER, MODULE_FOLDER + "/.config",
            MODULE_FOLDER + "/elements", MODULE_FOLDER + "/formatters", MODULE_FOLDER + "/formatters/news-detail.jsp",
            MODULE_FOLDER + "/formatters/news-detail.xml", MODULE_FOLDER + "/i18n",
            MODULE_FOLDER + "/i18n/messages.properties", MODULE_FOLDER + "/lib", MODULE_FOLDER + "/lib/module-news-1.2.0.jar",
            MODULE_FOLDER + "/resources", MODULE_FOLDER + "/resources/logo.png", MODULE_FOLDER + "/schemas",
            MODULE_FOLDER + "/schemas/news.xsd"), destinations);

        ManifestFile system = file(manifest, "system");
        assertEquals("folder", system.type());
        assertNull(system.structureId(), "shared parent folders keep the ids they have in the target system");
        ManifestFile folder = file(manifest, MODULE_FOLDER + "/formatters");
        assertEquals(StableUuids.structureId(TestModules.NEWS, MODULE_FOLDER + "/formatters").toString(), folder.structureId());
        assertNull(folder.resourceId());
        assertNull(folder.source());
        ManifestFile xsd = file(manifest, MODULE_FOLDER + "/schemas/news.xsd");
        assertEquals("plain", xsd.type());
        assertEquals(MODULE_FOLDER + "/schemas/news.xsd", xsd.source());
        assertEquals(StableUuids.resourceId(TestModules.NEWS, MODULE_FOLDER + "/schemas/news.xsd").toString(),
            xsd.resourceId());
        assertEquals("module_config", file(manifest, MODULE_FOLDER + "/.config").type());
        assertEquals("formatter_config", file(manifest, MODULE_FOLDER + "/formatters/news-detail.xml").type());
        assertEquals("jsp", file(manifest, MODULE_FOLDER + "/formatters/news-detail.jsp").type());
        assertEquals("image", file(manifest, MODULE_FOLDER + "/resources/logo.png").type());
        assertEquals("binary", file(manifest, MODULE_FOLDER + "/lib/module-news-1.2.0.jar").type());
        assertEquals(List.of(new ManifestProperty("Title", "Phần tử", false)),
            file(manifest, MODULE_FOLDER + "/elements").properties());
    }

    @Test
    void addsTheLibExportPointAndTheModuleResources() throws Exception {
        ModuleDescriptor module = ModulePackager.buildManifest(newsRequest()).module();

        assertEquals(List.of(new ExportPointSpec("/" + MODULE_FOLDER + "/lib/", "WEB-INF/lib/"),
            new ExportPointSpec("/" + MODULE_FOLDER + "/classes/", "WEB-INF/classes/")), module.exportPoints());
        assertEquals(List.of("/" + MODULE_FOLDER + "/"), module.resources());
    }

    @Test
    void noJarMeansNoLibExportPoint() throws Exception {
        TestModules.newsProject(base);
        Manifest manifest = ModulePackager.buildManifest(TestModules.request(base, TestModules.newsDescriptor(), List.of()));

        assertFalse(manifest.module().exportPoints().stream().anyMatch(p -> p.destination().equals("WEB-INF/lib/")));
        assertFalse(manifest.files().stream().anyMatch(f -> f.destination().endsWith("/lib")));
    }

    @Test
    void copiesTheResourceTypesFragmentIntoTheModule() throws Exception {
        String xml = new String(ManifestWriter.write(ModulePackager.buildManifest(newsRequest())), StandardCharsets.UTF_8);

        // the fragment file's own indentation is kept as it is
        assertTrue(xml.contains("""
                <resourcetypes>
                <type class="org.opencms.file.types.CmsResourceTypeXmlContent" name="pk-news" id="7001">
                  <param name="schema">/system/modules/org.portalkit.news/schemas/news.xsd</param>
                </type>
                </resourcetypes>
            """), xml);
        assertTrue(xml.indexOf("<resourcetypes>") < xml.indexOf("<explorertypes>"));
        assertTrue(xml.indexOf("</parameters>") < xml.indexOf("<resourcetypes>"));
    }

    @Test
    void manifestIsValidAgainstTheOpenCmsImportDtd() throws Exception {
        byte[] xml = ManifestWriter.write(ModulePackager.buildManifest(newsRequest()));

        assertEquals(List.of(), ManifestValidation.dtdErrors(xml));
    }

    @Test
    void dtdCheckNoticesWrongElementOrder() throws Exception {
        String xml = new String(ManifestWriter.write(ModulePackager.buildManifest(newsRequest())), StandardCharsets.UTF_8)
            .replaceFirst("<type>folder</type>\n", "")
            .replaceFirst("<destination>system</destination>", "<type>folder</type><destination>system</destination>");

        assertFalse(ManifestValidation.dtdErrors(xml.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws Exception {
        PackagingRequest request = newsRequest();
        PackagingResult first = ModulePackager.pack(request);
        byte[] firstZip = Files.readAllBytes(first.zip());
        byte[] firstManifest = ManifestWriter.write(first.manifest());

        PackagingResult second = ModulePackager.pack(request);

        assertArrayEquals(firstManifest, ManifestWriter.write(second.manifest()));
        assertArrayEquals(firstZip, Files.readAllBytes(second.zip()));
    }

    @Test
    void aChangedFileGetsTheNewerDateOfItsSource() throws Exception {
        PackagingRequest request = newsRequest();
        java.nio.file.Path xsd = base.resolve("src/main/vfs/" + MODULE_FOLDER + "/schemas/news.xsd");
        java.time.Instant t1 = java.time.Instant.parse("2024-05-01T10:00:00Z");
        Files.setLastModifiedTime(xsd, java.nio.file.attribute.FileTime.from(t1));
        PackagingResult first = ModulePackager.pack(request);
        String firstChecksum = Files.readString(first.checksum());

        TestModules.write(base, "src/main/vfs/" + MODULE_FOLDER + "/schemas/news.xsd", "<changed/>");
        java.time.Instant t2 = t1.plusSeconds(86_400);
        Files.setLastModifiedTime(xsd, java.nio.file.attribute.FileTime.from(t2));
        PackagingResult second = ModulePackager.pack(request);

        String before = new String(ManifestWriter.write(first.manifest()), StandardCharsets.UTF_8);
        String after = new String(ManifestWriter.write(second.manifest()), StandardCharsets.UTF_8);
        assertTrue(before.contains(BuildTimestamp.of(t1).headerDate()), before);
        assertTrue(after.contains(BuildTimestamp.of(t2).headerDate()), after);
        assertNotEquals(firstChecksum, Files.readString(second.checksum()));
    }

    @Test
    void aSourceOlderThanTheBuildTimestampCarriesTheBuildTimestamp() throws Exception {
        PackagingRequest request = newsRequest();
        java.nio.file.Path xsd = base.resolve("src/main/vfs/" + MODULE_FOLDER + "/schemas/news.xsd");
        Files.setLastModifiedTime(xsd, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2001-01-01T00:00:00Z")));

        String manifest = new String(ManifestWriter.write(ModulePackager.pack(request).manifest()), StandardCharsets.UTF_8);

        assertFalse(manifest.contains("2001"), manifest);
        assertTrue(manifest.contains(request.timestamp().headerDate()), manifest);
    }

    @Test
    void failsClearlyOnABadFragment() {
        TestModules.newsProject(base);
        TestModules.write(base, "src/main/module/explorertypes.xml", "<explorertypes><explorertype></explorertypes>");

        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> ModulePackager.pack(TestModules.request(base, TestModules.newsDescriptor(), List.of())));

        assertTrue(e.getMessage().contains("explorertypes.xml is not well-formed XML"), e.getMessage());
    }

    @Test
    void failsClearlyOnAnEmptyTree() {
        TestModules.folder(base, "src/main/vfs");

        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> ModulePackager.pack(TestModules.request(base, TestModules.newsDescriptor(), List.of())));

        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void failsClearlyOnABadModuleName() {
        TestModules.newsProject(base);
        ModuleDescriptor bad = new ModuleDescriptor("org portalkit", "", "", null, "", "1.0", "", "", null, List.of(),
            List.of(), List.of(), new java.util.TreeMap<>(), null, null);

        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> ModulePackager.pack(TestModules.request(base, bad, List.of())));

        assertTrue(e.getMessage().contains("Invalid OpenCms module name 'org portalkit'"), e.getMessage());
    }

    @Test
    void failsClearlyOnPropertiesForUnknownPaths() {
        TestModules.newsProject(base);
        TestModules.write(base, "src/main/module/properties.properties", "system/modules/x/y|Title=z\n");

        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> ModulePackager.pack(TestModules.request(base, TestModules.newsDescriptor(), List.of())));

        assertTrue(e.getMessage().contains("/system/modules/x/y, which is not in the module's VFS tree"), e.getMessage());
    }

    private PackagingRequest newsRequest() {
        TestModules.newsProject(base);
        TestModules.write(base, "src/main/module/types.properties", """
            **/.config=module_config
            **/formatters/*.xml=formatter_config
            """);
        TestModules.write(base, "src/main/module/properties.properties",
            MODULE_FOLDER + "/elements/|Title=Phần tử\n");
        TestModules.write(base, "src/main/module/resourcetypes.xml", """
            <resourcetypes>
                <type class="org.opencms.file.types.CmsResourceTypeXmlContent" name="pk-news" id="7001">
                  <param name="schema">/system/modules/org.portalkit.news/schemas/news.xsd</param>
                </type>
            </resourcetypes>
            """);
        TestModules.write(base, "src/main/module/explorertypes.xml", """
            <explorertypes>
                <explorertype name="pk-news" key="fileicon.pk-news" icon="xmlcontent.png" reference="xmlcontent">
                  <newresource order="10" autosetnavigation="false" autosettitle="false"/>
                </explorertype>
            </explorertypes>
            """);
        Path jar = TestModules.write(base, "target/module-news-0.1.0-SNAPSHOT.jar", "jar bytes");
        return TestModules.request(base, TestModules.newsDescriptor(),
            List.of(new EmbeddedJar("module-news-1.2.0.jar", jar)));
    }

    private static ManifestFile file(Manifest manifest, String destination) {
        return manifest.files().stream().filter(f -> f.destination().equals(destination)).findFirst().orElseThrow();
    }
}
