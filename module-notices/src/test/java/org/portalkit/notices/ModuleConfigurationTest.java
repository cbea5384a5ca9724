package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ModuleFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module's configuration files point to what the module ships: resource type and explorer type (with texts in
 * the bundles), and the module configuration (.config) with content folder and name pattern.
 */
class ModuleConfigurationTest {

    @Test
    void resourceType7415WithTheNoticeSchema() {
        Document types = ModuleFiles.xml(NoticesModule.FILES.sources().resolve("resourcetypes.xml"));
        assertEquals(1, types.getElementsByTagName("type").getLength());
        Element type = (Element)types.getElementsByTagName("type").item(0);
        assertEquals(NoticeListMapping.TYPE, type.getAttribute("name"));
        assertEquals("7415", type.getAttribute("id"));
        assertEquals("org.opencms.file.types.CmsResourceTypeXmlContent", type.getAttribute("class"));
        Element param = (Element)types.getElementsByTagName("param").item(0);
        assertEquals("schema", param.getAttribute("name"));
        String schema = param.getTextContent().strip();
        assertEquals("/system/modules/org.portalkit.notices/schemas/notice.xsd", schema);
        assertTrue(Files.isRegularFile(NoticesModule.FILES.vfs(schema)));
    }

    @Test
    void explorerTypeWithTextsInEveryBundle() {
        Document explorer = ModuleFiles.xml(NoticesModule.FILES.sources().resolve("explorertypes.xml"));
        Element explorerType = (Element)explorer.getElementsByTagName("explorertype").item(0);
        assertEquals(NoticeListMapping.TYPE, explorerType.getAttribute("name"));
        assertEquals("xmlcontent", explorerType.getAttribute("reference"));
        Element newResource = (Element)explorer.getElementsByTagName("newresource").item(0);
        for (String suffix : new String[] {"", "_en", "_vi"}) {
            assertTrue(NoticesModule.FILES.bundle(suffix).containsKey(explorerType.getAttribute("key")), suffix);
            assertTrue(NoticesModule.FILES.bundle(suffix).containsKey(newResource.getAttribute("key")), suffix);
        }
        assertEquals("Thông báo", NoticesModule.FILES.bundle("_vi").getProperty("fileicon.pk-notice"));
    }

    /** Other modules of the reactor (read only): a resource type id belongs to one type. */
    @Test
    void theTypeIdIsUsedByNoOtherModule() throws IOException {
        List<String> others = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Paths.get(".."))) {
            for (Path module : (Iterable<Path>)modules::iterator) {
                Path types = module.resolve("src/main/module/resourcetypes.xml");
                if (Files.isRegularFile(types) && !module.toAbsolutePath().normalize()
                    .equals(Paths.get("").toAbsolutePath().normalize())) {
                    NodeList list = ModuleFiles.xml(types).getElementsByTagName("type");
                    for (int i = 0; i < list.getLength(); i++) {
                        Element type = (Element)list.item(i);
                        others.add(type.getAttribute("id") + " " + type.getAttribute("name"));
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertTrue(others.contains("7410 pk-news") && others.contains("7400 pk-page"), others.toString());
        for (String other : others) {
            assertTrue(!other.startsWith("7415 ") && !other.endsWith(" " + NoticeListMapping.TYPE), other);
        }
    }

    @Test
    void moduleConfigurationHasContentFolderAndNamePattern() {
        Document config = ModuleFiles.xml(NoticesModule.FILES.folder().resolve(".config"));
        assertEquals(NoticeListMapping.TYPE, ModuleFiles.text(config, "TypeName"));
        assertEquals("false", ModuleFiles.text(config, "Disabled"));
        assertEquals("notices", ModuleFiles.text(config, "Name"));
        assertEquals("notice-%(number).xml", ModuleFiles.text(config, "NamePattern"));
        Document explorer = ModuleFiles.xml(NoticesModule.FILES.sources().resolve("explorertypes.xml"));
        assertEquals(ModuleFiles.text(config, "NamePattern"),
            ((Element)explorer.getElementsByTagName("explorertype").item(0)).getAttribute("name-pattern"));
    }

    @Test
    void theFormattersLinkTheModuleJspAndCssByIdAndFitTheTemplatesContainers() {
        List<Path> configs = ModuleFiles.files(NoticesModule.FILES.folder().resolve("formatters"), ".xml");
        assertEquals(List.of("box.xml", "detail.xml"), configs.stream().map(p -> p.getFileName().toString()).toList());
        for (Path config : configs) {
            Document doc = ModuleFiles.xml(config);
            assertEquals(NoticeListMapping.TYPE, ModuleFiles.text(doc, "Type"));
            boolean detail = config.getFileName().toString().equals("detail.xml");
            assertEquals(String.valueOf(detail), ModuleFiles.text(doc, "Detail"), config.toString());
            List<String> containers = new java.util.ArrayList<>();
            NodeList types = doc.getElementsByTagName("ContainerType");
            for (int i = 0; i < types.getLength(); i++) {
                containers.add(types.item(i).getTextContent().strip());
            }
            assertEquals(detail ? List.of("pk-main") : List.of("pk-side", "pk-main"), containers, config.toString());
            NodeList links = doc.getElementsByTagName("link");
            assertEquals(2, links.getLength(), "JSP and CSS");
            for (int i = 0; i < links.getLength(); i++) {
                Element link = (Element)links.item(i);
                String target = link.getElementsByTagName("target").item(0).getTextContent().strip();
                String uuid = link.getElementsByTagName("uuid").item(0).getTextContent().strip();
                assertTrue(Files.isRegularFile(NoticesModule.FILES.vfs(target)), target);
                assertEquals(NoticesModule.FILES.structureId(target).toString(), uuid, target);
            }
        }
    }

    @Test
    void aNoticeRequestedDirectlyRendersAsThePageElement() {
        Document types = ModuleFiles.xml(NoticesModule.FILES.sources().resolve("resourcetypes.xml"));
        assertEquals("template-elements", ModuleFiles.text(types, "name"));
        String page = ModuleFiles.text(types, "value");
        assertEquals("/system/modules/org.portalkit.notices/elements/notice-page.jsp", page);
        assertTrue(Files.isRegularFile(NoticesModule.FILES.vfs(page)));
    }

    @Test
    void theCountingAndDownloadEndpointsAreNeverServedFromTheFlexCache() {
        String properties = ModuleFiles.read(NoticesModule.FILES.sources().resolve("properties.properties"));
        for (String jsp : new String[] {"elements/view-beacon.jsp", "elements/download.jsp"}) {
            String line = "system/modules/org.portalkit.notices/" + jsp + "|cache@shared=never";
            assertTrue(properties.lines().anyMatch(line::equals), line);
            assertTrue(Files.isRegularFile(NoticesModule.FILES.folder().resolve(jsp)), jsp);
        }
    }
}
