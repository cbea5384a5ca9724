package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ContentSchemaTest;
import org.portalkit.core.testing.SchemaCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The content schemas of pk-notice, read with a plain XML parser: their appinfo is valid for OpenCms (checked
 * against OpenCms' own DefaultAppinfo.xsd, as OpenCms does when it loads a schema), every label, help text and error
 * message they use exists in the default, English and Vietnamese bundle, includes, mappings and defaults point to
 * what exists (portal-core's shared {@link ContentSchemaTest} and {@link SchemaCheck}), the Solr fields are the ones
 * the list mapping reads, and the validation rules accept and refuse what they should.
 */
class SchemaTest extends ContentSchemaTest {

    private static final SchemaCheck SCHEMAS = new SchemaCheck(NoticesModule.FILES);

    /** The shared checks' includes rule keeps modules independent: only this module's own nested schemas. */
    SchemaTest() {
        super(SCHEMAS, Map.of(
            "notice.xsd", List.of("Title", "Number", "Summary", "Body", "IssuingUnit", "IssueDate", "Deadline",
                "Pinned", "Categories", "Attachment", "Availability"),
            "notice-attachment.xsd", List.of("File", "Title"),
            "notice-availability.xsd", List.of("Release", "Expiry")),
            Set.of("label.PkNotice.Number.help", "label.PkNotice.TabIssue", "label.PkNoticeAttachment.File",
                "label.PkNoticeAvailability.Expiry.help", "error.PkNoticeAttachment.File", "error.PkNotice.Number"));
    }

    /** @param keysAndValues key, value, key, value, … */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    @Override
    public void everyLabelHelpAndErrorKeyIsTranslated() {
        super.everyLabelHelpAndErrorKeyIsTranslated();
        Properties vietnamese = NoticesModule.FILES.bundle("_vi");
        // the default bundle is the English one
        assertEquals(NoticesModule.FILES.bundle("_en"), NoticesModule.FILES.bundle(""));
        assertEquals("Số hiệu", vietnamese.getProperty("label.PkNotice.Number"));
        assertEquals("Hạn", vietnamese.getProperty("label.PkNotice.Deadline"));
    }

    @Test
    void vietnameseTextsArePrecomposedUtf8() {
        // the bundle is read as UTF-8 (Java 9+); mojibake or decomposed accents would show in the editor
        for (Map.Entry<Object, Object> e : NoticesModule.FILES.bundle("_vi").entrySet()) {
            String value = (String)e.getValue();
            assertEquals(Normalizer.normalize(value, Normalizer.Form.NFC), value, (String)e.getKey());
            assertFalse(value.contains("\ufffd") || value.matches("(?s).*[\u0080-\u009f].*"), e.getKey() + ": " + value);
        }
    }

    @Test
    void theRootIsPkNoticesWithOnePkNoticePerLocale() {
        Document doc = SCHEMAS.schema("notice.xsd");
        assertEquals("PkNotices", SchemaCheck.children(doc.getDocumentElement(), XMLConstants.W3C_XML_SCHEMA_NS_URI,
            "element").get(0).getAttribute("name"));
        assertEquals("PkNotice", SchemaCheck.fields(doc).name());
    }

    @Test
    void typesAndOccurrences() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element field : SchemaCheck.fields(SCHEMAS.schema("notice.xsd")).elements()) {
            String min = field.hasAttribute("minOccurs") ? field.getAttribute("minOccurs") : "1";
            String max = field.hasAttribute("maxOccurs") ? field.getAttribute("maxOccurs") : "1";
            declared.put(field.getAttribute("name"), field.getAttribute("type") + " " + min + ".." + max);
        }
        assertEquals(ordered(
            "Title", "OpenCmsString 1..1",
            "Number", "OpenCmsString 0..1",
            "Summary", "OpenCmsString 0..1",
            "Body", "OpenCmsHtml 0..1",
            "IssuingUnit", "OpenCmsString 1..1",
            "IssueDate", "OpenCmsDateTime 1..1",
            "Deadline", "OpenCmsDateTime 0..1",
            "Pinned", "OpenCmsBoolean 1..1",
            "Categories", "OpenCmsCategory 0..1",
            "Attachment", "OpenCmsPkNoticeAttachment 0..20",
            "Availability", "OpenCmsPkNoticeAvailability 0..1"), declared);
        List<Element> attachment = SchemaCheck.fields(SCHEMAS.schema("notice-attachment.xsd")).elements();
        assertEquals("OpenCmsVfsFile", attachment.get(0).getAttribute("type"));
        assertFalse(attachment.get(0).hasAttribute("minOccurs"), "the file of an attachment is required");
        assertEquals("0", attachment.get(1).getAttribute("minOccurs"));
    }

    private static Map<String, String> attributesByElement(String xsd, String section, String entry,
        String attribute) {
        return SCHEMAS.attributesByElement(xsd, section, entry, attribute);
    }

    @Test
    void titleAndAvailabilityAreMapped() {
        Map<String, String> mappings = attributesByElement("notice.xsd", "mappings", "mapping", "mapto");
        assertEquals("property:Title urlName", mappings.get("Title"));
        assertEquals("attribute:datereleased", mappings.get("Availability/Release"));
        assertEquals("attribute:dateexpired", mappings.get("Availability/Expiry"));
        assertEquals(3, mappings.size(), mappings.toString());
    }

    @Test
    void defaultsAndWidgets() {
        assertEquals(Map.of("IssueDate", "%(currenttime)", "IssuingUnit", "%(property.pk.notice.unit)", "Pinned",
            "false"), attributesByElement("notice.xsd", "defaults", "default", "value"));
        Map<String, String> widgets = attributesByElement("notice.xsd", "layouts", "layout", "widget");
        assertEquals("TextareaWidget", widgets.get("Summary"));
        assertEquals("HtmlWidget", widgets.get("Body"));
        assertEquals("CategoryWidget", widgets.get("Categories"));
        assertEquals("DownloadGalleryWidget",
            attributesByElement("notice-attachment.xsd", "layouts", "layout", "widget").get("File"));
        assertEquals(Map.of("Title", "TabContent", "IssuingUnit", "TabIssue", "Attachment", "TabAttachments",
            "Availability", "TabAvailability"), attributesByElement("notice.xsd", "tabs", "tab", "name"));
    }

    @Test
    void solrFieldsAndFullText() {
        assertEquals(ordered(
            "Title", "content=false noticetitle<-*_s noticetitle<-*_vsort",
            "Number", "content=false noticenumber<-*_s",
            "Summary", "content=true noticesummary<-*_s",
            "Body", "content=true",
            "IssuingUnit", "content=false noticeunit<-*_s",
            "IssueDate", "content=false noticedate<-*_dt",
            "Deadline", "content=false noticedeadline<-*_dt",
            "Pinned", "content=false noticepinned<-*_b",
            "Categories", "content=false"), SCHEMAS.searchSettings("notice.xsd"));
        assertEquals(Map.of("File", "content=false", "Title", "content=true"),
            SCHEMAS.searchSettings("notice-attachment.xsd"));
        assertEquals(Map.of("Release", "content=false", "Expiry", "content=false"),
            SCHEMAS.searchSettings("notice-availability.xsd"));
    }

    /** {@code noticetitle_{locale}_s} is written by {@code <solrfield targetfield="noticetitle" sourcefield="*_s"/>}. */
    @Test
    void theListMappingReadsFieldsTheSchemaWrites() {
        String settings = String.join(" ", SCHEMAS.searchSettings("notice.xsd").values());
        List<String> patterns = new ArrayList<>(List.of(NoticeListMapping.MAPPING.titleField(),
            NoticeListMapping.MAPPING.dateField(), NoticeListMapping.MAPPING.teaserField(),
            NoticeListMapping.MAPPING.titleSortField(), NoticeListMapping.PINNED_FIELD,
            NoticeListMapping.DEADLINE_FIELD, NoticeListMapping.NUMBER_FIELD, NoticeListMapping.UNIT_FIELD));
        for (String pattern : patterns) {
            Matcher m = Pattern.compile("([a-z]+)_\\{locale\\}(_[a-z]+)").matcher(pattern);
            assertTrue(m.matches(), pattern);
            assertTrue(settings.contains(" " + m.group(1) + "<-*" + m.group(2)), pattern + " in " + settings);
        }
    }

    /**
     * The rule of an element, applied the way OpenCms applies it (leading ! negates, the whole value must match);
     * every rule of pk-notice is an error (the editor refuses to save), never a warning.
     */
    private static boolean accepts(String xsd, String element, String value) {
        return rule(xsd, element).accepts(value);
    }

    private static SchemaCheck.Rule rule(String xsd, String element) {
        SchemaCheck.Rule rule = SCHEMAS.rule(xsd, element);
        assertEquals("error", rule.type(), element);
        return rule;
    }

    @Test
    void titleIsRequiredAndAtMost200Characters() {
        assertTrue(accepts("notice.xsd", "Title", "Thông báo lịch tiếp công dân của Lãnh đạo Sở tháng 12 năm 2021"));
        assertEquals(List.of(), rule("notice.xsd", "Title").lengthProblems(200, true));
    }

    @Test
    void numberIsOptionalAndLooksLikeANoticeNumber() {
        for (String ok : new String[] {"", "125/TB-SLĐTBXH", "02/2022/TB.VP", "15/TB-UBND", "125", "TB-125",
            "12/TB-SLĐTBXH-VPS", " 125/TB-SLĐTBXH ", "35/TB-ĐKHN", "1/QĐ-ỦBND", "a/b-c.d",
            // decomposed accents (NFD), as some keyboards or copied texts give them
            Normalizer.normalize("125/TB-SỞLĐ", Normalizer.Form.NFD), "1".repeat(50)}) {
            assertTrue(accepts("notice.xsd", "Number", ok), ok);
        }
        for (String bad : new String[] {"125 /TB-SLĐTBXH", "Số: 125/TB", "125/TB_SLĐTBXH", "/TB-SLĐTBXH",
            "-125", ".125", "125/TB\n-X", "1".repeat(51), "<b>125</b>", "125&TB", "125\"/TB", "125,126"}) {
            assertFalse(accepts("notice.xsd", "Number", bad), bad);
        }
    }

    @Test
    void lengthLimitsOfSummaryUnitAndLinkText() {
        assertEquals(List.of(), rule("notice.xsd", "Summary").lengthProblems(600, false));
        assertTrue(accepts("notice.xsd", "IssuingUnit", "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum"));
        assertEquals(List.of(), rule("notice.xsd", "IssuingUnit").lengthProblems(200, false));
        assertEquals(List.of(), rule("notice-attachment.xsd", "Title").lengthProblems(200, false));
    }

    @Test
    void issueDateIsRequired() {
        assertTrue(accepts("notice.xsd", "IssueDate", "1639526400000"));
        assertEquals(List.of(), rule("notice.xsd", "IssueDate").requiredDateProblems());
    }

    @Test
    void attachmentsAreOfficeAndPdfDocumentsInAnyLetterCase() {
        for (String ok : new String[] {"/sites/default/thong-bao/tb-125.pdf", "/x/a.doc", "/x/a.docx", "/x/a.xls",
            "/x/a.xlsx", "/x/a.odt", "/x/B.PDF", "/x/c.Docx", "/x/d.XLSX", "/x/a.svg.pdf", "/x/ke hoach.pdf",
            "/x/kế-hoạch.pdf", " /x/a.pdf ", "a.pdf", "https://dichvucong.gov.vn/files/mau-01.docx"}) {
            assertTrue(accepts("notice-attachment.xsd", "File", ok), ok);
        }
        for (String bad : new String[] {"", " ", "/x/a.svg", "/x/a.SVG", "/x/a.svgz", "/x/a.exe", "/x/a.EXE",
            "/x/a.pdf.exe", "/x/a.html", "/x/a.htm", "/x/a.js", "/x/a.jsp", "/x/a.zip", "/x/a.rar", "/x/a.jpg",
            "/x/a.xml", "/x/a.docm", "/x/a.xlsm", "/x/a.pdfx", "/x/pdf", "/x/a_pdf", "/x/.pdf", "/x/a.exe?f=b.pdf",
            "/x/a.exe#b.pdf", "/x/a.pdf?__scale=w:100", "/x/a.exe\n/y/b.pdf"}) {
            assertFalse(accepts("notice-attachment.xsd", "File", bad), bad);
        }
    }
}
