package org.portalkit.template.linklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.JspEncodingCheck;
import org.portalkit.core.testing.ModuleFiles;
import org.portalkit.template.list.FormatterConfigTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configuration files of pk-linklist point to what the module ships: resource type 7425 with its schema, the
 * explorer type and the module configuration (folder, name pattern), the box formatter (OpenCms's formatter schema
 * order, links with the structure ids the packager derives); the JSPs call one entry point of {@link LinkLists}.
 */
class LinkListModuleTest {

    private static final ModuleFiles FILES = TemplateModule.FILES;

    private static Element byName(Document doc, String tag, String name) {
        NodeList list = doc.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element)list.item(i);
            if (name.equals(e.getAttribute("name"))) {
                return e;
            }
        }
        throw new AssertionError("no " + tag + " " + name);
    }

    @Test
    void resourceType7425WithTheLinkListSchemaAndExplorerType() {
        Document types = ModuleFiles.xml(FILES.sources().resolve("resourcetypes.xml"));
        Element type = byName(types, "type", "pk-linklist");
        assertEquals("7425", type.getAttribute("id"));
        assertEquals("org.opencms.file.types.CmsResourceTypeXmlContent", type.getAttribute("class"));
        String schema = type.getElementsByTagName("param").item(0).getTextContent().strip();
        assertEquals("/system/modules/org.portalkit.template/schemas/linklist.xsd", schema);
        assertTrue(Files.isRegularFile(FILES.vfs(schema)));
        NodeList all = types.getElementsByTagName("type");
        for (int i = 0; i < all.getLength(); i++) {
            Element other = (Element)all.item(i);
            assertTrue(other == type || !"7425".equals(other.getAttribute("id")), "7425 once");
        }
        Document explorer = ModuleFiles.xml(FILES.sources().resolve("explorertypes.xml"));
        Element explorerType = byName(explorer, "explorertype", "pk-linklist");
        assertEquals("linklist-%(number).xml", explorerType.getAttribute("name-pattern"));
        assertTrue(FILES.bundle("_vi").containsKey(explorerType.getAttribute("key")));
        Element newResource = (Element)explorerType.getElementsByTagName("newresource").item(0);
        assertTrue(FILES.bundle("_vi").containsKey(newResource.getAttribute("key")));
        assertTrue(FILES.bundle("_en").containsKey(newResource.getAttribute("key")));
    }

    @Test
    void moduleConfigurationHasContentFolderAndNamePattern() {
        Document config = ModuleFiles.xml(FILES.folder().resolve(".config"));
        NodeList types = config.getElementsByTagName("ResourceType");
        Element linklist = null;
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element)types.item(i);
            if ("pk-linklist".equals(t.getElementsByTagName("TypeName").item(0).getTextContent().strip())) {
                linklist = t;
            }
        }
        assertTrue(linklist != null, "pk-linklist in .config");
        assertEquals("linklists", linklist.getElementsByTagName("Name").item(0).getTextContent().strip());
        assertEquals("linklist-%(number).xml",
            linklist.getElementsByTagName("NamePattern").item(0).getTextContent().strip());
    }

    @Test
    void theBoxFormatterFollowsOpenCmsSchemaAndLinksTheModuleFilesById() throws Exception {
        Document doc = ModuleFiles.xml(FILES.folder().resolve("formatters/linklist.xml"));
        Element config = FormatterConfigTest.children(doc.getDocumentElement()).get(0);
        FormatterConfigTest.assertInOrder(FormatterConfigTest.sequence("new_formatter.xsd", "OpenCmsNewFormatter"),
            config, "linklist");
        FormatterConfigTest.assertInOrder(FormatterConfigTest.sequence("choice_headinclude_css.xsd",
            "OpenCmsHeadIncludeCss"), (Element)config.getElementsByTagName("HeadIncludeCss").item(0), "linklist css");
        assertEquals("pk-linklist", ModuleFiles.text(doc, "Type"));
        assertEquals("false", ModuleFiles.text(doc, "Detail"));
        assertEquals("%(key.pklinklist.formatter.box)", ModuleFiles.text(doc, "NiceName"));
        assertTrue(FILES.bundle("_vi").containsKey("pklinklist.formatter.box"));
        NodeList links = doc.getElementsByTagName("link");
        assertEquals(2, links.getLength(), "JSP and CSS");
        List<String> targets = new java.util.ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element)links.item(i);
            String target = link.getElementsByTagName("target").item(0).getTextContent().strip();
            String uuid = link.getElementsByTagName("uuid").item(0).getTextContent().strip();
            assertTrue(Files.isRegularFile(FILES.vfs(target)), target);
            assertEquals(FILES.structureId(target).toString(), uuid, target);
            targets.add(target);
        }
        assertEquals(List.of("/system/modules/org.portalkit.template/formatters/linklist-box.jsp",
            "/system/modules/org.portalkit.template/resources/linklist.css"), targets);
    }

    @Test
    void theJspsCallOneEntryPointEncodeEverythingAndHaveNoOtherScriptlet() {
        List<Path> jsps = List.of(FILES.folder().resolve("elements/linklist.jsp"),
            FILES.folder().resolve("formatters/linklist-box.jsp"), FILES.folder().resolve("tags/linklist.tag"));
        assertEquals(List.of(), new JspEncodingCheck(java.util.Set.of(), "pkt").violations(jsps));
        String[] calls = {"LinkLists.element(pageContext)", "LinkLists.formatter(pageContext)"};
        for (int i = 0; i < 2; i++) {
            String text = ModuleFiles.read(jsps.get(i));
            assertEquals(1, count(text, "<%= "), jsps.get(i).toString());
            assertEquals(1, count(text, "<%= " + calls[i] + " %>"), jsps.get(i).toString());
            assertEquals(0, count(text, "<% ") + count(text, "<%!") + count(text, "c:catch"), jsps.get(i).toString());
            assertTrue(text.contains("taglib prefix=\"pkt\" tagdir=\"/WEB-INF/tags/portalkit-template\""));
        }
        String tag = ModuleFiles.read(jsps.get(2));
        assertEquals(0, count(tag, "<%=") + count(tag, "<% ") + count(tag, "c:catch"));
        assertTrue(tag.contains("target=\"_blank\" rel=\"noopener\""));
        assertTrue(tag.contains("width=\"24\" height=\"24\" alt=\"\""));
        assertEquals(24, LinkLists.ICON_SIZE);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
