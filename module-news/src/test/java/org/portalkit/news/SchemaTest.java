package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The content schemas, read with a plain XML parser: their appinfo is valid for OpenCms (checked against OpenCms'
 * own DefaultAppinfo.xsd, as OpenCms does when it loads a schema), every label, help text and error message they use
 * exists in the English and the Vietnamese bundle, includes and mappings point to what exists, and the validation
 * rules accept and refuse what they should.
 */
class SchemaTest {

    private static final String XSD_NS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Path SCHEMAS = ModuleFiles.MODULE_FOLDER.resolve("schemas");
    private static final Pattern KEY_MACRO = Pattern.compile("%\\(key\\.([^)]+)\\)");

    private static List<Path> schemas() {
        List<Path> files = ModuleFiles.files(SCHEMAS, ".xsd");
        assertEquals(6, files.size(), files.toString());
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

    /** Inner element name (the label prefix, e.g. PkNews) and the names of its fields, in order. */
    private static Map.Entry<String, List<String>> fields(Document doc) {
        Element root = doc.getDocumentElement();
        Map<String, Element> types = new HashMap<>();
        for (Element type : children(root, XSD_NS, "complexType")) {
            types.put(type.getAttribute("name"), type);
        }
        Element outer = children(root, XSD_NS, "element").get(0);
        Element outerType = types.get(outer.getAttribute("type"));
        Element inner = children(children(outerType, XSD_NS, "sequence").get(0), XSD_NS, "element").get(0);
        Element innerType = types.get(inner.getAttribute("type"));
        List<String> names = new ArrayList<>();
        for (Element field : children(children(innerType, XSD_NS, "sequence").get(0), XSD_NS, "element")) {
            names.add(field.getAttribute("name"));
        }
        return Map.entry(inner.getAttribute("name"), names);
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
        assertTrue(keys.contains("label.PkNews.Title.help"), keys.toString());
        assertTrue(keys.contains("label.PkNewsImage.Alt"), keys.toString());
        assertTrue(keys.contains("label.PkNews.TabSeo"), keys.toString());
        assertTrue(keys.contains("error.PkNewsSource.Url"), keys.toString());
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
                    assertTrue(location.startsWith("opencms://system/modules/" + ModuleFiles.MODULE + "/schemas/"),
                        location);
                    assertTrue(Files.isRegularFile(ModuleFiles.vfs(location.substring("opencms:/".length()))),
                        location);
                }
            }
            Map.Entry<String, List<String>> fields = fields(doc);
            fieldsByType.put(xsd.getFileName().toString(), fields.getValue());
            for (String list : new String[] {"mappings", "layouts", "validationrules", "searchsettings", "defaults",
                "relations"}) {
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
        assertEquals(List.of("Title", "Section", "Lead", "Body", "Byline", "Poster", "PublishDate", "EventDate",
            "Source", "Categories", "Featured", "Attachment", "Related", "MetaDescription", "SocialImage",
            "Availability"), fieldsByType.get("news.xsd"));
    }

    @Test
    void titleAndAvailabilityAreMapped() {
        Map<String, List<String>> mappings = new LinkedHashMap<>();
        for (Element m : children(children(appinfo(ModuleFiles.xml(SCHEMAS.resolve("news.xsd"))), null, "mappings")
            .get(0), null, "mapping")) {
            mappings.computeIfAbsent(m.getAttribute("element"), k -> new ArrayList<>()).add(m.getAttribute("mapto"));
        }
        assertEquals(List.of("property:Title", "urlName"), mappings.get("Title"));
        assertEquals(List.of("attribute:datereleased"), mappings.get("Availability/Release"));
        assertEquals(List.of("attribute:dateexpired"), mappings.get("Availability/Expiry"));
    }

    /** The rule of an element, applied the way OpenCms applies it (leading ! negates, the whole value must match). */
    private static boolean accepts(String xsd, String element, String value) {
        for (Element rule : children(children(appinfo(ModuleFiles.xml(SCHEMAS.resolve(xsd))), null,
            "validationrules").get(0), null, "rule")) {
            if (rule.getAttribute("element").equals(element)) {
                String regex = rule.getAttribute("regex");
                boolean negate = regex.startsWith("!");
                return negate != Pattern.matches(negate ? regex.substring(1) : regex, value);
            }
        }
        throw new AssertionError("no rule for " + element + " in " + xsd);
    }

    @Test
    void titleIsRequiredAndAtMost200Characters() {
        assertTrue(accepts("news.xsd", "Title", "Hội nghị Sơ kết công tác 6 tháng đầu năm 2020."));
        assertTrue(accepts("news.xsd", "Title", "x".repeat(200)));
        assertFalse(accepts("news.xsd", "Title", "x".repeat(201)));
        assertFalse(accepts("news.xsd", "Title", ""));
        assertFalse(accepts("news.xsd", "Title", " \n\t "));
        assertTrue(accepts("news.xsd", "Title", "dòng 1\ndòng 2"));
    }

    @Test
    void leadAtMost600Characters() {
        assertTrue(accepts("news.xsd", "Lead", ""));
        assertTrue(accepts("news.xsd", "Lead", "ô".repeat(600)));
        assertFalse(accepts("news.xsd", "Lead", "ô".repeat(601)));
    }

    @Test
    void publishDateIsRequired() {
        assertTrue(accepts("news.xsd", "PublishDate", "1594949400000"));
        assertFalse(accepts("news.xsd", "PublishDate", ""));
        assertFalse(accepts("news.xsd", "PublishDate", "0"));
    }

    @Test
    void sourceUrlMustBeHttp() {
        assertTrue(accepts("news-source.xsd", "Url", ""));
        assertTrue(accepts("news-source.xsd", "Url", "https://baokontum.com.vn/tin-tuc/a?b=c"));
        assertTrue(accepts("news-source.xsd", "Url", "HTTP://example.org"));
        assertFalse(accepts("news-source.xsd", "Url", "javascript:alert(1)"));
        assertFalse(accepts("news-source.xsd", "Url", "ftp://example.org"));
        assertFalse(accepts("news-source.xsd", "Url", "https://a.example/\"onmouseover=x"));
        assertFalse(accepts("news-source.xsd", "Url", "https://a b"));
        assertFalse(accepts("news-source.xsd", "Name", " "));
    }

    @Test
    void anImageNeedsItsAlternativeText() {
        assertFalse(accepts("news-image.xsd", "Alt", ""));
        assertFalse(accepts("news-image.xsd", "Alt", "  "));
        assertTrue(accepts("news-image.xsd", "Alt", "Quang cảnh Hội nghị"));
        assertFalse(accepts("news-image.xsd", "Image", ""));
        // the image block itself is optional: without it there is no Alt to check
        assertTrue(ModuleFiles.read(SCHEMAS.resolve("news-section.xsd"))
            .contains("<xsd:element name=\"Image\" type=\"OpenCmsPkNewsImage\" minOccurs=\"0\"/>"));
    }

    @Test
    void svgFilesAreRefused() {
        for (String[] rule : new String[][] {{"news-attachment.xsd", "File"}, {"news-image.xsd", "Image"},
            {"news.xsd", "SocialImage"}}) {
            for (String svg : new String[] {"/sites/default/a.svg", "/sites/default/B.SVG", "/x/c.svgz",
                "/x/d.svg?__scale=w:100", "/x/e.svg#top"}) {
                assertFalse(accepts(rule[0], rule[1], svg), rule[1] + " " + svg);
            }
            for (String ok : new String[] {"/sites/default/a.pdf", "/x/b.jpg?__scale=w:100", "/x/svg.png",
                "/x/a.svg.pdf"}) {
                assertTrue(accepts(rule[0], rule[1], ok), rule[1] + " " + ok);
            }
        }
    }

    @Test
    void relatedNewsCanOnlyBeNewsArticles() {
        String news = ModuleFiles.read(SCHEMAS.resolve("news.xsd"));
        assertTrue(news.contains("<layout element=\"Related\" widget=\"VfsFileWidget\" "
            + "configuration=\"hidesiteselector|searchtypes=pk-news|selectabletypes=pk-news\"/>"));
    }
}
