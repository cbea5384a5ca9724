package org.portalkit.banners;

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
 * The module's configuration files point to what the module ships: resource type 7420 and explorer type, the module
 * configuration, the zone formatter whose links carry the structure ids the packager derives, and the VFS properties
 * (click endpoint never cached, zone element cached for a minute).
 */
class ModuleConfigurationTest {

    private static UUID structureId(String rootPath) {
        return UUID.nameUUIDFromBytes((BannersModule.FILES.module() + ":" + rootPath.substring(1) + ":structure")
            .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void resourceType7420WithTheBannerSchema() {
        Document types = ModuleFiles.xml(BannersModule.FILES.sources().resolve("resourcetypes.xml"));
        Element type = (Element)types.getElementsByTagName("type").item(0);
        assertEquals("pk-banner", type.getAttribute("name"));
        assertEquals("7420", type.getAttribute("id"));
        assertEquals("org.opencms.file.types.CmsResourceTypeXmlContent", type.getAttribute("class"));
        String schema = ModuleFiles.text(types, "param");
        assertEquals("/system/modules/org.portalkit.banners/schemas/banner.xsd", schema);
        assertTrue(Files.isRegularFile(BannersModule.FILES.vfs(schema)));
        Document explorer = ModuleFiles.xml(BannersModule.FILES.sources().resolve("explorertypes.xml"));
        Element explorerType = (Element)explorer.getElementsByTagName("explorertype").item(0);
        assertEquals("pk-banner", explorerType.getAttribute("name"));
        assertEquals("banner-%(number).xml", explorerType.getAttribute("name-pattern"));
        assertTrue(BannersModule.FILES.bundle("_vi").containsKey(explorerType.getAttribute("key")));
        Element newResource = (Element)explorer.getElementsByTagName("newresource").item(0);
        assertTrue(BannersModule.FILES.bundle("_vi").containsKey(newResource.getAttribute("key")));
    }

    @Test
    void moduleConfigurationHasContentFolderAndNamePattern() {
        Document config = ModuleFiles.xml(BannersModule.FILES.folder().resolve(".config"));
        assertEquals("pk-banner", ModuleFiles.text(config, "TypeName"));
        assertEquals("banners", ModuleFiles.text(config, "Name"));
        assertEquals("banner-%(number).xml", ModuleFiles.text(config, "NamePattern"));
    }

    @Test
    void theZoneFormatterLinksTheModuleFilesByIdAndHasTheZoneSetting() {
        List<Path> configs = ModuleFiles.files(BannersModule.FILES.folder().resolve("formatters"), ".xml");
        assertEquals(1, configs.size(), configs.toString());
        Document doc = ModuleFiles.xml(configs.get(0));
        assertEquals("pk-banner", ModuleFiles.text(doc, "Type"));
        NodeList links = doc.getElementsByTagName("link");
        assertEquals(3, links.getLength(), "JSP, CSS and script");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element)links.item(i);
            String target = link.getElementsByTagName("target").item(0).getTextContent().strip();
            String uuid = link.getElementsByTagName("uuid").item(0).getTextContent().strip();
            assertTrue(Files.isRegularFile(BannersModule.FILES.vfs(target)), target);
            assertEquals(structureId(target).toString(), uuid, target);
        }
        assertEquals("zone", ModuleFiles.text(doc, "PropertyName"));
        assertEquals("sidebar", ModuleFiles.text(doc, "Default"));
        assertEquals("false", ModuleFiles.text(doc, "Detail"));
    }

    @Test
    void theClickEndpointIsNeverCachedAndTheZoneForAMinute() {
        String properties = ModuleFiles.read(BannersModule.FILES.sources().resolve("properties.properties"));
        assertTrue(properties.contains("\nsystem/modules/org.portalkit.banners/elements/click.jsp|cache@shared=never\n"));
        assertTrue(properties.contains(
            "\nsystem/modules/org.portalkit.banners/elements/zone.jsp|cache@shared=site;locale;params=(zone,mode);timeout=1\n"));
    }
}
