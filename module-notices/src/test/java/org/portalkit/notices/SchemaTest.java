package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * The content schemas of pk-notice, read with a plain XML parser: their appinfo is valid for OpenCms (checked
 * against OpenCms' own DefaultAppinfo.xsd, as OpenCms does when it loads a schema), every label, help text and error
 * message they use exists in the default, English and Vietnamese bundle, includes, mappings and defaults point to
 * what exists, the Solr fields are the ones the list mapping reads, and the validation rules accept and refuse what
 * they should.
 */
class SchemaTest {

    private static final String XSD_NS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Path SCHEMAS = ModuleFiles.MODULE_FOLDER.resolve("schemas");
    private static final Pattern KEY_MACRO = Pattern.compile("%\\(key\\.([^)]+)\\)");

    private static List<Path> schemas() {
        List<Path> files = ModuleFiles.files(SCHEMAS, ".xsd");
        assertEquals(List.of("notice-attachment.xsd", "notice-availability.xsd", "notice.xsd"),
            files.stream().map(p -> p.getFileName().toString()).toList());
        return files;
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(n.getLocalName()) && equalsNs(ns, n.getNamespaceURI())) {
                result.add((Element)n);
            }
        }
        return result;
    }

    private static boolean equalsNs(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Element appinfo(Document doc) {
        NodeList list = doc.getElementsByTagNameNS(XSD_NS, "appinfo");
        assertEquals(1, list.getLength());
        return (Element)list.item(0);
    }

    private static Element appinfo(String xsd) {
        return appinfo(ModuleFiles.xml(SCHEMAS.resolve(xsd)));
    }

    /** The field declarations of the inner element (e.g. PkNotice), in order. */
    private static List<Element> fieldElements(Document doc) {
        Element root = doc.getDocumentElement();
        Map<String, Element> types = new HashMap<>();
        for (Element type : children(root, XSD_NS, "complexType")) {
            types.put(type.getAttribute("name"), type);
        }
        Element outer = children(root, XSD_NS, "element").get(0);
        Element outerType = types.get(outer.getAttribute("type"));
        Element inner = children(children(outerType, XSD_NS, "sequence").get(0), XSD_NS, "element").get(0);
        Element innerType = types.get(inner.getAttribute("type"));
        return children(children(innerType, XSD_NS, "sequence").get(0), XSD_NS, "element");
    }

    /** Inner element name (the label prefix, e.g. PkNotice) and the names of its fields, in order. */
    private static Map.Entry<String, List<String>> fields(Document doc) {
        Element root = doc.getDocumentElement();
        Element outer = children(root, XSD_NS, "element").get(0);
        String outerTypeName = outer.getAttribute("type");
        String innerName = null;
        for (Element type : children(root, XSD_NS, "complexType")) {
            if (type.getAttribute("name").equals(outerTypeName)) {
                innerName = children(children(type, XSD_NS, "sequence").get(0), XSD_NS, "element").get(0)
                    .getAttribute("name");
            }
        }
        List<String> names = new ArrayList<>();
        for (Element field : fieldElements(doc)) {
            names.add(field.getAttribute("name"));
        }
        return Map.entry(innerName, names);
    }

    private static Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        for (Path xsd : schemas()) {
            Document doc = ModuleFiles.xml(xsd);
            Map.Entry<String, List<String>> fields = fields(doc);
            for (String field : fields.getValue()) {
                keys.add("label." + fields.getKey() + "." + field);
                keys.add("label." + fields.getKey() + "." + field + ".help");
            }
            for (Element tabs : children(appinfo(doc), null, "tabs")) {
                for (Element tab : children(tabs, null, "tab")) {
                    keys.add("label." + fields.getKey() + "." + tab.getAttribute("name"));
                }
            }
            Matcher m = KEY_MACRO.matcher(ModuleFiles.read(xsd));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    @Test
    void everyLabelHelpAndErrorKeyIsTranslated() {
        Set<String> keys = usedKeys();
        assertTrue(keys.contains("label.PkNotice.Number.help"), keys.toString());
        assertTrue(keys.contains("label.PkNotice.TabIssue"), keys.toString());
        assertTrue(keys.contains("label.PkNoticeAttachment.File"), keys.toString());
        assertTrue(keys.contains("label.PkNoticeAvailability.Expiry.help"), keys.toString());
        assertTrue(keys.contains("error.PkNoticeAttachment.File"), keys.toString());
        assertTrue(keys.contains("error.PkNotice.Number"), keys.toString());
        Properties english = ModuleFiles.bundle("_en");
        Properties vietnamese = ModuleFiles.bundle("_vi");
        for (String suffix : new String[] {"", "_en", "_vi"}) {
            Properties bundle = ModuleFiles.bundle(suffix);
            List<String> missing = new ArrayList<>();
            for (String key : keys) {
                String value = bundle.getProperty(key);
                if (value == null || value.isBlank()) {
                    missing.add(key);
                }
            }
            assertEquals(List.of(), missing, "keys missing in messages" + suffix + ".properties");
        }
        // the default bundle is the English one
        assertEquals(english, ModuleFiles.bundle(""));
        assertEquals("Số hiệu", vietnamese.getProperty("label.PkNotice.Number"));
        assertEquals("Hạn", vietnamese.getProperty("label.PkNotice.Deadline"));
    }

    @Test
    void vietnameseTextsArePrecomposedUtf8() {
        // the bundle is read as UTF-8 (Java 9+); mojibake or decomposed accents would show in the editor
        for (Map.Entry<Object, Object> e : ModuleFiles.bundle("_vi").entrySet()) {
            String value = (String)e.getValue();
            assertEquals(Normalizer.normalize(value, Normalizer.Form.NFC), value, (String)e.getKey());
            assertFalse(value.contains("\ufffd") || value.matches("(?s).*[\u0080-\u009f].*"), e.getKey() + ": " + value);
        }
    }

    @Test
    void theAppinfoIsValidForOpenCms() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XSD_NS);
        DOMImplementationLS ls = (DOMImplementationLS)DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .getDOMImplementation();
        factory.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            LSInput input = ls.createLSInput();
            input.setByteStream(getClass().getClassLoader().getResourceAsStream("org/opencms/xml/content/" + name));
            input.setSystemId(systemId);
            return input;
        });
        InputStream appinfoXsd = getClass().getClassLoader().getResourceAsStream(
            "org/opencms/xml/content/DefaultAppinfo.xsd");
        assertNotNull(appinfoXsd, "OpenCms' DefaultAppinfo.xsd on the test class path (opencms-core)");
        Schema schema = factory.newSchema(
            new StreamSource(appinfoXsd, "http://www.opencms.org/dtd/6.0/org/opencms/xml/content/DefaultAppinfo.xsd"));
        for (Path xsd : schemas()) {
            Element appinfo = appinfo(ModuleFiles.xml(xsd));
            Document check = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element root = check.createElementNS(null, "appinfo");
            check.appendChild(root);
            for (Node n = appinfo.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element) {
                    root.appendChild(check.importNode(n, true));
                }
            }
            try {
                schema.newValidator().validate(new DOMSource(check));
            } catch (Exception e) {
                throw new AssertionError(xsd + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void includesMappingsAndSearchSettingsNameWhatExists() {
        Map<String, List<String>> fieldsByType = new HashMap<>();
        for (Path xsd : schemas()) {
            Document doc = ModuleFiles.xml(xsd);
            for (Element include : children(doc.getDocumentElement(), XSD_NS, "include")) {
                String location = include.getAttribute("schemaLocation");
                if (!"opencms://opencms-xmlcontent.xsd".equals(location)) {
                    // modules are independent: only this module's own nested schemas (never module-news')
                    assertTrue(location.startsWith("opencms://system/modules/" + ModuleFiles.MODULE + "/schemas/"),
                        location);
                    assertTrue(Files.isRegularFile(ModuleFiles.vfs(location.substring("opencms:/".length()))),
                        location);
                }
            }
            assertTrue(children(appinfo(doc), null, "resourcebundle").get(0).getAttribute("name")
                .equals("org.portalkit.notices.messages"), xsd.toString());
            Map.Entry<String, List<String>> fields = fields(doc);
            fieldsByType.put(xsd.getFileName().toString(), fields.getValue());
            for (String list : new String[] {"mappings", "layouts", "validationrules", "searchsettings", "defaults",
                "relations", "tabs"}) {
                for (Element section : children(appinfo(doc), null, list)) {
                    for (Node n = section.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element) {
                            String element = ((Element)n).getAttribute("element").split("/")[0];
                            assertTrue(fields.getValue().contains(element), xsd + ": " + list + " names " + element);
                        }
                    }
                }
            }
        }
        assertEquals(List.of("Title", "Number", "Summary", "Body", "IssuingUnit", "IssueDate", "Deadline", "Pinned",
            "Categories", "Attachment", "Availability"), fieldsByType.get("notice.xsd"));
        assertEquals(List.of("File", "Title"), fieldsByType.get("notice-attachment.xsd"));
        assertEquals(List.of("Release", "Expiry"), fieldsByType.get("notice-availability.xsd"));
    }

    @Test
    void theRootIsPkNoticesWithOnePkNoticePerLocale() {
        Document doc = ModuleFiles.xml(SCHEMAS.resolve("notice.xsd"));
        assertEquals("PkNotices", children(doc.getDocumentElement(), XSD_NS, "element").get(0).getAttribute("name"));
        assertEquals("PkNotice", fields(doc).getKey());
    }

    @Test
    void typesAndOccurrences() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element field : fieldElements(ModuleFiles.xml(SCHEMAS.resolve("notice.xsd")))) {
            String min = field.hasAttribute("minOccurs") ? field.getAttribute("minOccurs") : "1";
            String max = field.hasAttribute("maxOccurs") ? field.getAttribute("maxOccurs") : "1";
            declared.put(field.getAttribute("name"), field.getAttribute("type") + " " + min + ".." + max);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Title", "OpenCmsString 1..1");
        expected.put("Number", "OpenCmsString 0..1");
        expected.put("Summary", "OpenCmsString 0..1");
        expected.put("Body", "OpenCmsHtml 0..1");
        expected.put("IssuingUnit", "OpenCmsString 1..1");
        expected.put("IssueDate", "OpenCmsDateTime 1..1");
        expected.put("Deadline", "OpenCmsDateTime 0..1");
        expected.put("Pinned", "OpenCmsBoolean 1..1");
        expected.put("Categories", "OpenCmsCategory 0..1");
        expected.put("Attachment", "OpenCmsPkNoticeAttachment 0..20");
        expected.put("Availability", "OpenCmsPkNoticeAvailability 0..1");
        assertEquals(expected, declared);
        List<Element> attachment = fieldElements(ModuleFiles.xml(SCHEMAS.resolve("notice-attachment.xsd")));
        assertEquals("OpenCmsVfsFile", attachment.get(0).getAttribute("type"));
        assertFalse(attachment.get(0).hasAttribute("minOccurs"), "the file of an attachment is required");
        assertEquals("0", attachment.get(1).getAttribute("minOccurs"));
    }

    private static Map<String, String> attributesByElement(String xsd, String section, String entry,
        String attribute) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element e : children(children(appinfo(xsd), null, section).get(0), null, entry)) {
            result.merge(e.getAttribute("element"), e.getAttribute(attribute), (a, b) -> a + " " + b);
        }
        return result;
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

    /** Per element: searchcontent and the Solr fields ({@code target<-source}), as OpenCms reads them. */
    private static Map<String, String> searchSettings(String xsd) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element setting : children(children(appinfo(xsd), null, "searchsettings").get(0), null,
            "searchsetting")) {
            StringBuilder text = new StringBuilder("content=" + setting.getAttribute("searchcontent"));
            for (Element field : children(setting, null, "solrfield")) {
                text.append(' ').append(field.getAttribute("targetfield")).append("<-")
                    .append(field.getAttribute("sourcefield"));
            }
            result.put(setting.getAttribute("element"), text.toString());
        }
        return result;
    }

    @Test
    void solrFieldsAndFullText() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Title", "content=false noticetitle<-*_s noticetitle<-*_vsort");
        expected.put("Number", "content=false noticenumber<-*_s");
        expected.put("Summary", "content=true noticesummary<-*_s");
        expected.put("Body", "content=true");
        expected.put("IssuingUnit", "content=false noticeunit<-*_s");
        expected.put("IssueDate", "content=false noticedate<-*_dt");
        expected.put("Deadline", "content=false noticedeadline<-*_dt");
        expected.put("Pinned", "content=false noticepinned<-*_b");
        expected.put("Categories", "content=false");
        assertEquals(expected, searchSettings("notice.xsd"));
        assertEquals(Map.of("File", "content=false", "Title", "content=true"),
            searchSettings("notice-attachment.xsd"));
        assertEquals(Map.of("Release", "content=false", "Expiry", "content=false"),
            searchSettings("notice-availability.xsd"));
    }

    /** {@code noticetitle_{locale}_s} is written by {@code <solrfield targetfield="noticetitle" sourcefield="*_s"/>}. */
    @Test
    void theListMappingReadsFieldsTheSchemaWrites() {
        String settings = String.join(" ", searchSettings("notice.xsd").values());
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

    /** The rule of an element, applied the way OpenCms applies it (leading ! negates, the whole value must match). */
    private static boolean accepts(String xsd, String element, String value) {
        for (Element rule : children(children(appinfo(xsd), null, "validationrules").get(0), null, "rule")) {
            if (rule.getAttribute("element").equals(element)) {
                assertEquals("error", rule.getAttribute("type"), element);
                String regex = rule.getAttribute("regex");
                boolean negate = regex.startsWith("!");
                return negate != Pattern.matches(negate ? regex.substring(1) : regex, value);
            }
        }
        throw new AssertionError("no rule for " + element + " in " + xsd);
    }

    @Test
    void titleIsRequiredAndAtMost200Characters() {
        assertTrue(accepts("notice.xsd", "Title", "Thông báo lịch tiếp công dân của Lãnh đạo Sở tháng 12 năm 2021"));
        assertTrue(accepts("notice.xsd", "Title", "Đ".repeat(200)));
        assertFalse(accepts("notice.xsd", "Title", "x".repeat(201)));
        assertFalse(accepts("notice.xsd", "Title", ""));
        assertFalse(accepts("notice.xsd", "Title", " \n\t "));
        assertTrue(accepts("notice.xsd", "Title", "dòng 1\ndòng 2"));
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
        assertTrue(accepts("notice.xsd", "Summary", ""));
        assertTrue(accepts("notice.xsd", "Summary", "ô".repeat(600)));
        assertTrue(accepts("notice.xsd", "Summary", "dòng 1\ndòng 2"));
        assertFalse(accepts("notice.xsd", "Summary", "ô".repeat(601)));
        assertTrue(accepts("notice.xsd", "IssuingUnit", ""));
        assertTrue(accepts("notice.xsd", "IssuingUnit", "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum"));
        assertTrue(accepts("notice.xsd", "IssuingUnit", "ư".repeat(200)));
        assertFalse(accepts("notice.xsd", "IssuingUnit", "ư".repeat(201)));
        assertTrue(accepts("notice-attachment.xsd", "Title", ""));
        assertTrue(accepts("notice-attachment.xsd", "Title", "x".repeat(200)));
        assertFalse(accepts("notice-attachment.xsd", "Title", "x".repeat(201)));
    }

    @Test
    void issueDateIsRequired() {
        assertTrue(accepts("notice.xsd", "IssueDate", "1639526400000"));
        assertFalse(accepts("notice.xsd", "IssueDate", ""));
        assertFalse(accepts("notice.xsd", "IssueDate", "0"));
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
