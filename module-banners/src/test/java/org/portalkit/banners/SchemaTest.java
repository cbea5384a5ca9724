package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ContentSchemaTest;
import org.portalkit.core.testing.SchemaCheck;
import org.portalkit.core.url.SafeLink;
import org.w3c.dom.Element;

/**
 * The content schemas of pk-banner: portal-core's shared checks (appinfo valid for OpenCms, every key in the three
 * bundles, references), types, defaults, mappings, and the validation rules with good and bad values; the Link rule
 * is portal-core's {@link SafeLink#SCHEMA_REGEX}.
 */
class SchemaTest extends ContentSchemaTest {

    private static final SchemaCheck SCHEMAS = new SchemaCheck(BannersModule.FILES);

    SchemaTest() {
        super(SCHEMAS, Map.of(
            "banner.xsd", List.of("Title", "Image", "Alt", "Link", "NewWindow", "Caption", "Zone", "Order", "Weight",
                "Availability"),
            "banner-availability.xsd", List.of("Release", "Expiry")),
            Set.of("label.PkBanner.Link.help", "label.PkBanner.TabPlacement", "label.PkBannerAvailability.Expiry",
                "error.PkBanner.Link", "error.PkBanner.Alt"));
    }

    private static SchemaCheck.Rule rule(String element) {
        SchemaCheck.Rule rule = SCHEMAS.rule("banner.xsd", element);
        assertEquals("error", rule.type(), element);
        assertEquals("%(key.error.PkBanner." + element + ")", rule.message(), element);
        return rule;
    }

    @Test
    @Override
    public void everyLabelHelpAndErrorKeyIsTranslated() {
        super.everyLabelHelpAndErrorKeyIsTranslated();
        assertEquals(BannersModule.FILES.bundle("_en"), BannersModule.FILES.bundle(""));
        Properties vi = BannersModule.FILES.bundle("_vi");
        assertTrue(vi.getProperty("error.PkBanner.Link").contains("https://"));
        assertEquals("Văn bản thay thế", vi.getProperty("label.PkBanner.Alt"));
    }

    @Test
    void vietnameseTextsArePrecomposedUtf8() {
        for (Map.Entry<Object, Object> e : BannersModule.FILES.bundle("_vi").entrySet()) {
            String value = (String)e.getValue();
            assertEquals(Normalizer.normalize(value, Normalizer.Form.NFC), value, (String)e.getKey());
            assertFalse(value.contains("\ufffd") || value.matches("(?s).*[\u0080-\u009f].*"), e.getKey() + ": " + value);
        }
    }

    @Test
    void typesOccurrencesDefaultsAndMappings() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element field : SchemaCheck.fields(SCHEMAS.schema("banner.xsd")).elements()) {
            String min = field.hasAttribute("minOccurs") ? field.getAttribute("minOccurs") : "1";
            declared.put(field.getAttribute("name"), field.getAttribute("type") + " " + min);
        }
        assertEquals(Map.of("Title", "OpenCmsString 1", "Image", "OpenCmsVfsImage 1", "Alt", "OpenCmsString 1",
            "Link", "OpenCmsString 0", "NewWindow", "OpenCmsBoolean 1", "Caption", "OpenCmsString 0", "Zone",
            "OpenCmsString 1", "Order", "OpenCmsString 1", "Weight", "OpenCmsString 1", "Availability",
            "OpenCmsPkBannerAvailability 0"), declared);
        assertEquals("PkBanner", SchemaCheck.fields(SCHEMAS.schema("banner.xsd")).name());
        assertEquals(Map.of("NewWindow", "false", "Zone", "sidebar", "Order", "100", "Weight", "1"),
            SCHEMAS.attributesByElement("banner.xsd", "defaults", "default", "value"));
        Map<String, String> mappings = SCHEMAS.attributesByElement("banner.xsd", "mappings", "mapping", "mapto");
        assertEquals(Map.of("Title", "property:Title", "Availability/Release", "attribute:datereleased",
            "Availability/Expiry", "attribute:dateexpired"), mappings);
        assertEquals("ComboWidget", SCHEMAS.attributesByElement("banner.xsd", "layouts", "layout", "widget").get("Zone"));
        assertEquals("header|sidebar|footer",
            SCHEMAS.attributesByElement("banner.xsd", "layouts", "layout", "configuration").get("Zone"));
        // banners are no search results
        for (String setting : SCHEMAS.searchSettings("banner.xsd").values()) {
            assertEquals("content=false", setting);
        }
    }

    @Test
    void theLinkRuleIsSafeLinksRule() {
        assertEquals(SafeLink.SCHEMA_REGEX, rule("Link").regex());
        for (String ok : new String[] {"https://dichvucong.gov.vn/", "http://chinhphu.vn", "/tin-tuc/", " /a?b=1 "}) {
            assertTrue(rule("Link").accepts(ok), ok);
        }
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,x", "//evil.com", "/\\evil.com",
            "http://a@b", "/a\nb", "/%2F%2Fevil.com", "vbscript:x", "", " ", "https://a.vn/\u0000"}) {
            assertFalse(rule("Link").accepts(bad), bad);
        }
    }

    @Test
    void titleAndAltAreRequiredCaptionOptional() {
        assertEquals(List.of(), rule("Title").lengthProblems(200, true));
        assertEquals(List.of(), rule("Alt").lengthProblems(250, true));
        assertEquals(List.of(), rule("Caption").lengthProblems(200, false));
    }

    @Test
    void imagesAreJpegPngWebpOrGifNeverSvg() {
        for (String ok : new String[] {"/sites/default/.content/anh-banner/dich-vu-cong.jpg", "/x/a.JPEG", "/x/a.png",
            "/x/a.webp", "/x/a.GIF", "/x/a.jpg?__scale=w:300,h:100", " /x/a.jpg ", "/x/a.svg.png"}) {
            assertTrue(rule("Image").accepts(ok), ok);
        }
        for (String bad : new String[] {"", " ", "/x/a.svg", "/x/a.SVG", "/x/a.svgz", "/x/a.svg?x=.png", "/x/a.bmp",
            "/x/a.exe?f=.jpg", "/x/a.jpg#x", "/x/a.jpg.exe", "/x/.jpg", "a.jpg", "https://evil.com/a.jpg",
            "/x/a b.jpg", "/x/a.jpg\n/y/b.jpg", "/x/jpg"}) {
            assertFalse(rule("Image").accepts(bad), bad);
        }
    }

    @Test
    void zoneOrderAndWeight() {
        for (String ok : new String[] {"header", "sidebar", "footer", "doi-tac", "z1", " sidebar ", "a" + "b".repeat(39)}) {
            assertTrue(rule("Zone").accepts(ok), ok);
        }
        for (String bad : new String[] {"", "Sidebar", "1zone", "-x", "side bar", "a" + "b".repeat(40), "x_y", "vùng"}) {
            assertFalse(rule("Zone").accepts(bad), bad);
        }
        for (String ok : new String[] {"0", "10", "100", "9999", " 5 "}) {
            assertTrue(rule("Order").accepts(ok), ok);
        }
        for (String bad : new String[] {"", "-1", "10000", "1.5", "x"}) {
            assertFalse(rule("Order").accepts(bad), bad);
        }
        for (String ok : new String[] {"1", "9", "50", "99", "100"}) {
            assertTrue(rule("Weight").accepts(ok), ok);
        }
        for (String bad : new String[] {"", "0", "101", "01", "-5", "1000"}) {
            assertFalse(rule("Weight").accepts(bad), bad);
        }
    }
}
