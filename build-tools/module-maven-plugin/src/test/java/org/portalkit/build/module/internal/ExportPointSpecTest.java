package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportPointSpecTest {

    private static final String TAGS = "/system/modules/org.portalkit.news/tags/";

    @Test
    void aTagFolderExportPointIsKeptAsConfiguredWithoutSurroundingBlanks() throws Exception {
        assertEquals(new ExportPointSpec(TAGS, "WEB-INF/tags/portalkit-news/"),
            ExportPointSpec.checked("\n  " + TAGS + "\n", " WEB-INF/tags/portalkit-news/ "));
        assertEquals(new ExportPointSpec("/system/modules/x/workplace-css/", "resources/x/"),
            ExportPointSpec.checked("/system/modules/x/workplace-css/", "resources/x/"));
    }

    @Test
    void bothPartsAreRequired() {
        assertThrows(ModulePackagingException.class, () -> ExportPointSpec.checked(null, "WEB-INF/tags/x/"));
        assertThrows(ModulePackagingException.class, () -> ExportPointSpec.checked(TAGS, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "system/modules/x/tags/", "/system/modules/x/tags", "/system//x/tags/",
        "/system/modules/x/../y/", "/system/./x/", "/system/modules/x/t ags/", "/system\\modules/x/"})
    void aMalformedUriFails(String uri) {
        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> ExportPointSpec.checked(uri, "WEB-INF/tags/x/"));
        assertTrue(e.getMessage().contains("uri"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/WEB-INF/tags/x/", "WEB-INF/tags/x", "WEB-INF//x/", "WEB-INF/tags/../lib/",
        "../outside/", "C:/x/", "WEB-INF\\tags\\x\\", "WEB-INF/", "web-inf/", "WEB-INF/config/",
        "WEB-INF/config/backup/"})
    void aMalformedOrDangerousDestinationFails(String destination) {
        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> ExportPointSpec.checked(TAGS, destination));
        assertTrue(e.getMessage().contains("destination"), e.getMessage());
    }

    @Test
    void aConfiguredTagsExportPointReachesTheManifestAfterTheLibOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path base)
        throws Exception {
        TestModules.newsProject(base);
        TestModules.write(base, "src/main/vfs/system/modules/" + TestModules.NEWS + "/tags/item.tag",
            "<%@ tag pageEncoding=\"UTF-8\" body-content=\"empty\" %>\n");
        java.nio.file.Path jar = TestModules.write(base, "target/module-news.jar", "jar bytes");
        ModuleDescriptor configured = TestModules.newsDescriptor();
        ExportPointSpec tags = ExportPointSpec.checked("/system/modules/" + TestModules.NEWS + "/tags/",
            "WEB-INF/tags/portalkit-news/");
        ModuleDescriptor withTags = configured.withExportPointsAndResources(List.of(tags), configured.resources());
        Manifest manifest = ModulePackager.buildManifest(TestModules.request(base, withTags,
            List.of(new EmbeddedJar("module-news-1.2.0.jar", jar))));

        assertEquals(List.of(new ExportPointSpec("/system/modules/" + TestModules.NEWS + "/lib/", "WEB-INF/lib/"), tags),
            manifest.module().exportPoints());
        assertEquals("plain", manifest.files().stream()
            .filter(f -> f.destination().equals("system/modules/" + TestModules.NEWS + "/tags/item.tag"))
            .findFirst().orElseThrow().type());
        String xml = new String(ManifestWriter.write(manifest), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<exportpoint uri=\"/system/modules/" + TestModules.NEWS
            + "/tags/\" destination=\"WEB-INF/tags/portalkit-news/\"/>"), xml);
    }
}
