package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencms.db.CmsExportPoint;
import org.opencms.module.CmsModule;
import org.opencms.module.CmsModuleDependency;
import org.opencms.module.CmsModuleImportExportHandler;

/**
 * Reads the generated manifest with the module reader of OpenCms 11.0.2 itself (the code behind importModule,
 * replaceModule and updateModule), to make sure every element lands where OpenCms expects it.
 */
class OpenCmsModuleReaderTest {

    @TempDir
    Path base;

    @Test
    void openCmsReadsTheModuleDescription() throws Exception {
        TestModules.newsProject(base);
        Path jar = TestModules.write(base, "target/module-news.jar", "jar");
        ModuleDescriptor descriptor = new ModuleDescriptor(TestModules.NEWS, "PortalKit News", "PortalKit",
            "org.portalkit.news.NewsModuleAction", "News articles & lists", "1.2.0", "PortalKit team",
            "dev@portalkit.org", null,
            List.of(new DependencySpec("org.portalkit.core", "0.1.0")),
            List.of(new ExportPointSpec("/system/modules/org.portalkit.news/classes/", "WEB-INF/classes/")),
            List.of(), new TreeMap<>(Map.of("cache", "true", "listSize", "10")), null, null);
        byte[] xml = ManifestWriter.write(ModulePackager.buildManifest(
            TestModules.request(base, descriptor, List.of(new EmbeddedJar("module-news-1.2.0.jar", jar)))));

        CmsModule module = CmsModuleImportExportHandler.readModuleFromManifest(xml);

        assertEquals(TestModules.NEWS, module.getName());
        assertEquals("PortalKit News", module.getNiceName());
        assertEquals("PortalKit", module.getGroup());
        assertEquals("org.portalkit.news.NewsModuleAction", module.getActionClass());
        assertEquals("News articles & lists", module.getDescription());
        assertEquals("1.2.0", module.getVersion().toString());
        assertEquals("PortalKit team", module.getAuthorName());
        assertEquals("dev@portalkit.org", module.getAuthorEmail());
        assertEquals(BuildTimestamp.DEFAULT.toEpochMilli(), module.getDateCreated());
        assertEquals("10", module.getExportVersion());
        List<CmsModuleDependency> dependencies = module.getDependencies();
        assertEquals(1, dependencies.size());
        assertEquals("org.portalkit.core", dependencies.get(0).getName());
        assertEquals("0.1.0", dependencies.get(0).getVersion().toString());
        List<CmsExportPoint> exportPoints = module.getExportPoints();
        assertEquals(List.of("/system/modules/org.portalkit.news/lib/", "/system/modules/org.portalkit.news/classes/"),
            exportPoints.stream().map(CmsExportPoint::getUri).toList());
        assertEquals(List.of("WEB-INF/lib/", "WEB-INF/classes/"),
            exportPoints.stream().map(CmsExportPoint::getConfiguredDestination).toList());
        assertEquals(List.of("/system/modules/org.portalkit.news/"), module.getResources());
        assertEquals(List.of(), module.getExcludeResources());
        assertEquals("true", module.getParameter("cache"));
        assertEquals("10", module.getParameter("listSize"));
    }

    /**
     * Explorer types cannot be read offline (OpenCms's explorer type settings need a running event manager), so only
     * the resource types go through OpenCms here; the explorer type fragment is checked for its element names.
     */
    @Test
    void openCmsReadsTheResourceTypes() throws Exception {
        TestModules.newsProject(base);
        TestModules.write(base, "src/main/module/resourcetypes.xml", """
            <resourcetypes>
              <type class="org.opencms.file.types.CmsResourceTypeXmlContent" name="pk-news" id="7001">
                <param name="schema">/system/modules/org.portalkit.news/schemas/news.xsd</param>
              </type>
            </resourcetypes>
            """);
        byte[] xml = ManifestWriter.write(ModulePackager.buildManifest(
            TestModules.request(base, TestModules.newsDescriptor(), List.of())));

        CmsModule module = CmsModuleImportExportHandler.readModuleFromManifest(xml);

        assertEquals(1, module.getResourceTypes().size());
        assertEquals("pk-news", module.getResourceTypes().get(0).getTypeName());
    }
}
