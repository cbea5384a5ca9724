package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portalkit.it.TestNews.params;

import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pk-linklist type in the real server: OpenCms validates every item's link with the schema's rule (portal-core's
 * SafeLink) and the bundle's Vietnamese and English texts; the landing page shows the demo box "Thông tin chung" with
 * its items in order; a link stored around the validation ({@code javascript:}) is shown as text, never as a link;
 * the element shows only link lists of the site.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkListIT {

    private static final String ELEMENT = "/system/modules/org.portalkit.template/elements/linklist.jsp";

    private static final String FOLDER = "/sites/default/it-linklists/";

    private static String cdata(String value) {
        return "<![CDATA[" + value + "]]>";
    }

    /** @param items text, link, newWindow, … */
    static String linkListXml(String title, String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<PkLinkLists xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.template/schemas/linklist.xsd\">\n"
            + "<PkLinkList language=\"vi\"><Title>" + cdata(title) + "</Title>");
        for (int i = 0; i < items.length; i += 3) {
            xml.append("<Item><Text>").append(cdata(items[i])).append("</Text><Link>").append(cdata(items[i + 1]))
                .append("</Link><NewWindow>").append(items[i + 2]).append("</NewWindow></Item>");
        }
        return xml.append("</PkLinkList>\n</PkLinkLists>\n").toString();
    }

    private static Properties bundle(String suffix) throws Exception {
        Properties properties = new Properties();
        Path file = Paths.get(System.getProperty("portalkit.dist")).resolve(
            "../../../../templates/src/main/resources/org/portalkit/template/messages" + suffix + ".properties")
            .normalize();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String validate(RunningPortal portal, String locale, String xml) throws Exception {
        return portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type",
            "pk-linklist", "locale", locale, "xml", xml));
    }

    private static List<String> texts(Element box) {
        List<String> texts = new ArrayList<>();
        for (Element text : box.select("li.pk-linklist__item .pk-linklist__text")) {
            texts.add(text.text());
        }
        return texts;
    }

    @Test
    @Order(1)
    void openCmsRefusesUnsafeLinksWithTheBundlesTextsAndAcceptsSafeOnes(RunningPortal portal) throws Exception {
        String vi = bundle("_vi").getProperty("error.PkLinkItem.Link");
        String en = bundle("_en").getProperty("error.PkLinkItem.Link");
        for (String link : new String[] {"javascript:alert(1)", "JavaScript:alert(document.cookie)",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "//evil.example/", "/\\evil.example/",
            "https://dichvucong.gov.vn@evil.example/", "/a b", "/%2F%2Fevil.example", "gioi-thieu/",
            "/\"onmouseover=alert(1)", "http://evil.example:99999/", ""}) {
            String result = validate(portal, "vi", linkListXml("Thông tin chung", "Giới thiệu", "/gioi-thieu/",
                "false", "Liên hệ", link, "false"));
            assertTrue(result.startsWith("errors yes") && result.contains(vi), "refused " + link + ":\n" + result);
            assertTrue(result.contains("Item[2]/Link"), "the second item: " + result);
            assertFalse(result.contains("Item[1]/Link"), result);
        }
        String english = validate(portal, "en", linkListXml("General information", "Contact", "javascript:x", "false"));
        assertTrue(english.contains(en), english);
        assertEquals("errors no", validate(portal, "vi", linkListXml("Thông tin chung", "Giới thiệu", "/gioi-thieu/",
            "false", "Cổng Dịch vụ công Quốc gia", "https://dichvucong.gov.vn/", "true", "Tìm kiếm",
            "/tim-kiem/?q=b%E1%BA%A3o", "false")));
        // title and text: required, with their lengths
        Properties texts = bundle("_vi");
        String others = validate(portal, "vi", linkListXml(" ", " ", "/lien-he/", "false", "x".repeat(151),
            "/lien-he/", "false"));
        for (String key : new String[] {"error.PkLinkList.Title", "error.PkLinkItem.Text"}) {
            assertTrue(others.contains(texts.getProperty(key)), key + " in:\n" + others);
        }
    }

    @Test
    @Order(2)
    void theLandingPageShowsTheDemoBoxWithItsItemsInOrder(RunningPortal portal) throws Exception {
        HttpResponse<String> home = portal.get("/");
        assertEquals(200, home.statusCode());
        Document doc = Jsoup.parse(home.body());
        Element box = doc.selectFirst("section.pk-linklist");
        assertNotNull(box, home.body());
        assertEquals("Thông tin chung", box.selectFirst("h2.pk-linklist__title").text());
        assertEquals(List.of("Giới thiệu", "Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Văn bản pháp luật",
            "Thủ tục hành chính", "Lịch công tác", "Liên hệ", "Cổng Dịch vụ công Quốc gia"), texts(box));
        List<Element> links = box.select("ul.pk-linklist__items > li > a.pk-linklist__link");
        assertEquals(8, links.size());
        assertTrue(links.get(0).attr("href").endsWith("/gioi-thieu/"), links.get(0).attr("href"));
        assertFalse(links.get(0).hasAttr("target"));
        Element external = links.get(7);
        assertEquals("https://dichvucong.gov.vn/", external.attr("href"));
        assertEquals("_blank", external.attr("target"));
        assertEquals("noopener", external.attr("rel"));
        assertFalse(doc.select("link[rel=stylesheet][href$=linklist.css]").isEmpty());
        HttpResponse<String> css = portal.get(doc.selectFirst("link[href$=linklist.css]").attr("href"));
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(".pk-linklist__title"));
    }

    @Test
    @Order(3)
    void aLinkStoredAroundTheValidationIsNoLinkAndOnlyLinkListsOfTheSiteAreShown(RunningPortal portal)
        throws Exception {
        String answer = portal.probe(params("action", "create-content", "adminPassword", portal.adminPassword(),
            "type", "pk-linklist", "path", FOLDER + "khong-an-toan.xml", "xml", linkListXml("Kiểm tra",
                "Một", "/gioi-thieu/", "false", "Hai", "javascript:alert(1)", "true", "Ba", "//evil.example/", "false",
                "Bốn", "https://chinhphu.vn/", "false"), "publish", "true"));
        assertTrue(answer.startsWith("ok "), answer);
        HttpResponse<String> response = portal.get(ELEMENT + "?path=/it-linklists/khong-an-toan.xml");
        assertEquals(200, response.statusCode(), response.body());
        Document doc = Jsoup.parse(response.body());
        Element box = doc.selectFirst("section.pk-linklist");
        assertEquals(List.of("Một", "Hai", "Ba", "Bốn"), texts(box));
        assertEquals(2, box.select("a").size(), box.outerHtml());
        assertFalse(response.body().contains("javascript:"), response.body());
        assertFalse(response.body().contains("evil.example"), response.body());
        Element unsafe = box.select("li.pk-linklist__item").get(1);
        assertTrue(unsafe.hasClass("pk-linklist__item--text"));
        assertNull(unsafe.selectFirst("a"));
        assertTrue(box.select("[target]").isEmpty(), "no new window without a link");
        // a page is no link list; a path outside the site, or no path, shows the message (400 when requested directly)
        // (the locale of a request for a module file is the server's default, not the site's)
        String missingVi = bundle("_vi").getProperty("pklinklist.missing").replace("\"{0}\".", "").strip();
        String missingEn = bundle("_en").getProperty("pklinklist.missing").replace("\"{0}\".", "").strip();
        for (String query : new String[] {"?path=/index.html", "?path=/system/modules/org.portalkit.template/schemas/linklist.xsd",
            "?path=/../sites/default/it-linklists/khong-an-toan.xml", "?path=//it-linklists/khong-an-toan.xml", ""}) {
            HttpResponse<String> bad = portal.get(ELEMENT + query);
            assertEquals(400, bad.statusCode(), query);
            Document badDoc = Jsoup.parse(bad.body());
            assertNotNull(badDoc.selectFirst("section.pk-linklist--error p.pk-linklist__error"), query + ": " + bad.body());
            assertTrue(badDoc.text().contains(missingVi) || badDoc.text().contains(missingEn), query + ": " + badDoc.text());
            assertTrue(badDoc.select("li").isEmpty(), query);
        }
    }
}
