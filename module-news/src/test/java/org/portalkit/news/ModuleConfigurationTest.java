package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ModuleFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module's configuration files point to what the module ships: resource type and explorer type, the module
 * configuration (.config) and the formatter configurations, whose JSP and CSS links carry the structure ids the
 * module packager derives (module name, path), so OpenCms resolves them without a link repair.
 */
class ModuleConfigurationTest {

    private static UUID structureId(String rootPath) {
        return NewsModule.FILES.structureId(rootPath);
    }

    @Test
    void resourceType7410WithTheNewsSchemaAndThePageJsp() {
        Document types = ModuleFiles.xml(NewsModule.FILES.sources().resolve("resourcetypes.xml"));
        Element type = (Element)types.getElementsByTagName("type").item(0);
        assertEquals("pk-news", type.getAttribute("name"));
        assertEquals("7410", type.getAttribute("id"));
        assertEquals("org.opencms.file.types.CmsResourceTypeXmlContent", type.getAttribute("class"));
        String schema = ModuleFiles.text(types, "param");
        assertEquals("/system/modules/org.portalkit.news/schemas/news.xsd", schema);
        assertTrue(Files.isRegularFile(NewsModule.FILES.vfs(schema)));
        assertEquals("template-elements", ModuleFiles.text(types, "name"));
        assertTrue(Files.isRegularFile(NewsModule.FILES.vfs(ModuleFiles.text(types, "value"))));
        Document explorer = ModuleFiles.xml(NewsModule.FILES.sources().resolve("explorertypes.xml"));
        Element explorerType = (Element)explorer.getElementsByTagName("explorertype").item(0);
        assertEquals("pk-news", explorerType.getAttribute("name"));
        assertTrue(NewsModule.FILES.bundle("_vi").containsKey(explorerType.getAttribute("key")));
    }

    @Test
    void moduleConfigurationHasContentFolderAndNamePattern() {
        Document config = ModuleFiles.xml(NewsModule.FILES.folder().resolve(".config"));
        assertEquals("pk-news", ModuleFiles.text(config, "TypeName"));
        assertEquals("news", ModuleFiles.text(config, "Name"));
        assertTrue(ModuleFiles.text(config, "NamePattern").contains("%(number)"));
    }

    @Test
    void formatterConfigurationsLinkTheModuleJspsById() {
        List<Path> configs = ModuleFiles.files(NewsModule.FILES.folder().resolve("formatters"), ".xml");
        assertEquals(3, configs.size(), configs.toString());
        for (Path file : configs) {
            Document doc = ModuleFiles.xml(file);
            assertEquals("pk-news", ModuleFiles.text(doc, "Type"), file.toString());
            NodeList links = doc.getElementsByTagName("link");
            assertEquals(2, links.getLength(), file + ": JSP and CSS");
            for (int i = 0; i < links.getLength(); i++) {
                Element link = (Element)links.item(i);
                String target = link.getElementsByTagName("target").item(0).getTextContent().strip();
                String uuid = link.getElementsByTagName("uuid").item(0).getTextContent().strip();
                assertTrue(Files.isRegularFile(NewsModule.FILES.vfs(target)), target);
                assertEquals(structureId(target).toString(), uuid, file + ": " + target);
            }
        }
        assertEquals("true",
            ModuleFiles.text(ModuleFiles.xml(NewsModule.FILES.folder().resolve("formatters/detail.xml")), "Detail"));
    }
}
