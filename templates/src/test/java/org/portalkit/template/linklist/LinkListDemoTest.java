package org.portalkit.template.linklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ModuleFiles;
import org.portalkit.core.testing.SchemaCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The demo link list "Thông tin chung" (vi) / "General information" (en) passes the schema's rules, has the items of
 * a department portal in order (each locale's leading to the pages of its language), and both home pages place it.
 */
class LinkListDemoTest {

    private static final Path DEMO = Paths.get("src/main/demo/sites/default");
    private static final String PATH = "/.content/linklists/thong-tin-chung.xml";
    private static final SchemaCheck SCHEMAS = new SchemaCheck(TemplateModule.FILES);

    private static String child(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    @Test
    void theDemoListPassesTheRulesAndHasTheItemsInOrder() {
        Path file = DEMO.resolve(PATH.substring(1));
        assertTrue(ModuleFiles.read(Paths.get(file + ".meta.properties")).contains("\ntype=pk-linklist\n"));
        Document doc = ModuleFiles.xml(file);
        NodeList locales = doc.getElementsByTagName("PkLinkList");
        assertEquals(2, locales.getLength());
        List<List<String>> texts = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        for (int l = 0; l < locales.getLength(); l++) {
            Element locale = (Element)locales.item(l);
            assertTrue(SCHEMAS.rule("linklist.xsd", "Title").accepts(child(locale, "Title")));
            NodeList items = locale.getElementsByTagName("Item");
            List<String> t = new ArrayList<>();
            List<String> k = new ArrayList<>();
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element)items.item(i);
                assertTrue(SCHEMAS.rule("linklist-item.xsd", "Text").accepts(child(item, "Text")));
                assertTrue(SCHEMAS.rule("linklist-item.xsd", "Link").accepts(child(item, "Link")), child(item, "Link"));
                assertEquals(child(item, "Link").startsWith("https://") ? "true" : "false", child(item, "NewWindow"));
                t.add(child(item, "Text"));
                k.add(child(item, "Link"));
            }
            texts.add(t);
            links.add(k);
        }
        assertEquals("vi", ((Element)locales.item(0)).getAttribute("language"));
        assertEquals("Thông tin chung", child((Element)locales.item(0), "Title"));
        assertEquals(List.of("Giới thiệu", "Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Văn bản pháp luật",
            "Thủ tục hành chính", "Lịch công tác", "Liên hệ", "Cổng Dịch vụ công Quốc gia"), texts.get(0));
        assertEquals("General information", child((Element)locales.item(1), "Title"));
        assertEquals(List.of("About the Department", "News", "Notices", "Contact", "Search",
            "National Public Service Portal (in Vietnamese)"), texts.get(1));
        for (String link : links.get(1)) {
            assertTrue(link.startsWith("/en/") || link.startsWith("https://"), "English items lead to English pages: " + link);
        }
        for (String link : links.get(0)) {
            assertFalse(link.startsWith("/en/"), "Vietnamese items lead to Vietnamese pages: " + link);
        }
    }

    @Test
    void bothHomePagesPlaceTheListInTheSidebarWithTheBoxFormatter() throws Exception {
        for (String home : new String[] {"index.html", "en/index.html"}) {
            String page = Files.readString(DEMO.resolve(home));
            String sidebar = page.substring(page.indexOf("<Name><![CDATA[sidebar]]></Name>"));
            String element = "<target><![CDATA[/sites/default" + PATH + "]]></target></link>\n          </Uri>\n"
                + "          <Formatter>\n            <link type=\"STRONG\"><target><![CDATA["
                + "/system/modules/org.portalkit.template/formatters/linklist-box.jsp]]></target>";
            assertEquals(1, sidebar.split(java.util.regex.Pattern.quote(element), -1).length - 1, home);
        }
    }
}
