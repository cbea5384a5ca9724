package org.portalkit.template.linklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ContentSchemaTest;
import org.portalkit.core.testing.SchemaCheck;
import org.portalkit.core.url.SafeLink;
import org.w3c.dom.Element;

/**
 * The schemas of the templates module with portal-core's shared checks (appinfo valid for OpenCms, every key in the
 * three bundles, references), and the pk-linklist schemas in detail: types, occurrences, defaults, mappings, and the
 * validation rules with good and bad values; every item's Link rule is portal-core's {@link SafeLink#SCHEMA_REGEX}.
 */
class LinkListSchemaTest extends ContentSchemaTest {

    private static final SchemaCheck SCHEMAS = new SchemaCheck(TemplateModule.FILES);

    LinkListSchemaTest() {
        super(SCHEMAS, Map.of(
            "page.xsd", List.of("Title", "Intro", "Element"),
            "list.xsd", List.of("Title", "Type", "Folder", "Subfolders", "Category", "CategoryMode", "Dates",
                "DateFrom", "DateTo", "Sort", "PageSize", "Paging", "FacetCategory", "FacetYear", "FacetMonth",
                "EmptyText"),
            "linklist.xsd", List.of("Title", "Item"),
            "linklist-item.xsd", List.of("Text", "Link", "Icon", "NewWindow")),
            Set.of("label.PkLinkList.Title.help", "label.PkLinkItem.Link.help", "error.PkLinkList.Title",
                "error.PkLinkItem.Link", "error.PkLinkItem.Icon", "label.PkLinkItem.NewWindow"));
    }

    private static SchemaCheck.Rule rule(String xsd, String prefix, String element) {
        SchemaCheck.Rule rule = SCHEMAS.rule(xsd, element);
        assertEquals("error", rule.type(), element);
        assertEquals("%(key.error." + prefix + "." + element + ")", rule.message(), element);
        return rule;
    }

    private static SchemaCheck.Rule item(String element) {
        return rule("linklist-item.xsd", "PkLinkItem", element);
    }

    private static Map<String, String> declared(String xsd) {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element field : SchemaCheck.fields(SCHEMAS.schema(xsd)).elements()) {
            String min = field.hasAttribute("minOccurs") ? field.getAttribute("minOccurs") : "1";
            String max = field.hasAttribute("maxOccurs") ? field.getAttribute("maxOccurs") : "1";
            declared.put(field.getAttribute("name"), field.getAttribute("type") + " " + min + ".." + max);
        }
        return declared;
    }

    @Test
    void vietnameseTextsArePrecomposedUtf8AndTheDefaultBundleIsEnglish() {
        for (Map.Entry<Object, Object> e : TemplateModule.FILES.bundle("_vi").entrySet()) {
            String value = (String)e.getValue();
            assertEquals(Normalizer.normalize(value, Normalizer.Form.NFC), value, (String)e.getKey());
            assertFalse(value.contains("\ufffd") || value.matches("(?s).*[\u0080-\u009f].*"), e.getKey() + ": " + value);
        }
        assertEquals(TemplateModule.FILES.bundle("_en"), TemplateModule.FILES.bundle(""));
        assertEquals("Đường dẫn", TemplateModule.FILES.bundle("_vi").getProperty("label.PkLinkItem.Link"));
        assertTrue(TemplateModule.FILES.bundle("_vi").getProperty("error.PkLinkItem.Link").contains("https://"));
    }

    @Test
    void typesOccurrencesDefaultsAndMappings() {
        assertEquals("PkLinkList", SchemaCheck.fields(SCHEMAS.schema("linklist.xsd")).name());
        assertEquals("PkLinkItem", SchemaCheck.fields(SCHEMAS.schema("linklist-item.xsd")).name());
        assertEquals(Map.of("Title", "OpenCmsString 1..1", "Item", "OpenCmsPkLinkItem 1..30"), declared("linklist.xsd"));
        assertEquals(Map.of("Text", "OpenCmsString 1..1", "Link", "OpenCmsString 1..1", "Icon", "OpenCmsVfsImage 0..1",
            "NewWindow", "OpenCmsBoolean 1..1"), declared("linklist-item.xsd"));
        assertEquals(Map.of("Title", "property:Title urlName"),
            SCHEMAS.attributesByElement("linklist.xsd", "mappings", "mapping", "mapto"));
        assertEquals(Map.of("NewWindow", "false"),
            SCHEMAS.attributesByElement("linklist-item.xsd", "defaults", "default", "value"));
        assertTrue(ModuleText.of("schemas/linklist.xsd").contains(
            "schemaLocation=\"opencms://system/modules/org.portalkit.template/schemas/linklist-item.xsd\""));
        // link lists are no search results
        for (String xsd : new String[] {"linklist.xsd", "linklist-item.xsd"}) {
            for (String setting : SCHEMAS.searchSettings(xsd).values()) {
                assertEquals("content=false", setting, xsd);
            }
        }
    }

    @Test
    void titleAndTextAreRequiredWithTheirLengths() {
        assertEquals(List.of(), rule("linklist.xsd", "PkLinkList", "Title").lengthProblems(100, true));
        assertEquals(List.of(), item("Text").lengthProblems(150, true));
        assertTrue(item("Text").accepts("Cơ cấu tổ chức"));
    }

    @Test
    void everyItemsLinkRuleIsSafeLinksRule() {
        assertEquals(SafeLink.SCHEMA_REGEX, item("Link").regex());
        for (String ok : new String[] {"/gioi-thieu/", "/van-ban-phap-luat/", "https://dichvucong.gov.vn/",
            "http://chinhphu.vn", "HTTPS://KONTUM.GOV.VN/", " /lien-he/ ", "/tim-kiem/?q=b%E1%BA%A3o#kq", "/"}) {
            assertTrue(item("Link").accepts(ok), ok);
            assertTrue(SafeLink.check(ok).isSafe(), ok);
        }
    }

    @Test
    void everyFormSafeLinkRefusesIsRefused() {
        // at least one sample per SafeLink.Reason
        Map<String, SafeLink.Reason> refused = new LinkedHashMap<>();
        refused.put("", SafeLink.Reason.EMPTY);
        refused.put(" \n ", SafeLink.Reason.EMPTY);
        refused.put("/" + "a".repeat(SafeLink.MAX_LENGTH), SafeLink.Reason.TOO_LONG);
        refused.put("/a b", SafeLink.Reason.CONTROL);
        refused.put("/a\nb", SafeLink.Reason.CONTROL);
        refused.put("/x\u200b", SafeLink.Reason.CONTROL);
        refused.put("/\u00a0x", SafeLink.Reason.CONTROL);
        refused.put("/\u202egpj.exe", SafeLink.Reason.CONTROL);
        refused.put("https://a.vn/\u0000", SafeLink.Reason.CONTROL);
        refused.put("/\\evil.example", SafeLink.Reason.BACKSLASH);
        refused.put("http:\\\\evil.example", SafeLink.Reason.BACKSLASH);
        refused.put("/\"onmouseover=alert(1)", SafeLink.Reason.CHARACTER);
        refused.put("/<script>", SafeLink.Reason.CHARACTER);
        refused.put("/a`b", SafeLink.Reason.CHARACTER);
        refused.put("/%zz", SafeLink.Reason.ENCODING);
        refused.put("/%2F%2Fevil.example", SafeLink.Reason.ENCODING);
        refused.put("/%5Cevil.example", SafeLink.Reason.ENCODING);
        refused.put("/%0d%0aSet-Cookie:a=b", SafeLink.Reason.ENCODING);
        refused.put("/%252F%252Fevil", SafeLink.Reason.ENCODING);
        refused.put("//evil.example/", SafeLink.Reason.PROTOCOL_RELATIVE);
        refused.put("///evil.example/", SafeLink.Reason.PROTOCOL_RELATIVE);
        refused.put("javascript:alert(1)", SafeLink.Reason.SCHEME);
        refused.put("JavaScript:alert(document.cookie)", SafeLink.Reason.SCHEME);
        refused.put(" javascript:alert(1)", SafeLink.Reason.SCHEME);
        refused.put("data:text/html;base64,PHNjcmlwdD4=", SafeLink.Reason.SCHEME);
        refused.put("vbscript:msgbox(1)", SafeLink.Reason.SCHEME);
        refused.put("ftp://a.gov.vn/", SafeLink.Reason.SCHEME);
        refused.put("mailto:vanthu@kontum.gov.vn", SafeLink.Reason.SCHEME);
        refused.put("gioi-thieu/", SafeLink.Reason.SCHEME);
        refused.put("www.chinhphu.vn", SafeLink.Reason.SCHEME);
        refused.put("http://a@evil.example/", SafeLink.Reason.USER_INFO);
        refused.put("https://dichvucong.gov.vn@evil.example/", SafeLink.Reason.USER_INFO);
        refused.put("https://", SafeLink.Reason.HOST);
        refused.put("https://a_b.vn/", SafeLink.Reason.HOST);
        refused.put("https://bộ.vn/", SafeLink.Reason.HOST);
        refused.put("http://evil.example:99999/", SafeLink.Reason.PORT);
        refused.put("http://evil.example:x/", SafeLink.Reason.PORT);
        assertEquals(Set.of(SafeLink.Reason.values()), Set.copyOf(refused.values()), "a sample of every reason");
        for (Map.Entry<String, SafeLink.Reason> e : refused.entrySet()) {
            assertFalse(item("Link").accepts(e.getKey()), e.getKey());
            assertEquals(e.getValue(), SafeLink.check(e.getKey()).reason(), e.getKey());
        }
    }

    @Test
    void iconsAreJpegPngWebpOrGifNeverSvg() {
        for (String ok : new String[] {"/sites/default/.content/anh/bieu-tuong.png", "/x/a.JPG", "/x/a.jpeg",
            "/x/a.webp", "/x/a.gif", "/x/a.png?__scale=w:24,h:24", " /x/a.png "}) {
            assertTrue(item("Icon").accepts(ok), ok);
        }
        for (String bad : new String[] {"", "/x/a.svg", "/x/a.SVG", "/x/a.svgz", "/x/a.svg?x=.png", "/x/a.bmp",
            "/x/a.png#x", "/x/a.png.exe", "/x/.png", "a.png", "https://evil.com/a.png", "/x/a b.png"}) {
            assertFalse(item("Icon").accepts(bad), bad);
        }
    }
}
