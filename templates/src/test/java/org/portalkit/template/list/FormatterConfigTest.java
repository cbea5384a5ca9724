package org.portalkit.template.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The formatter configurations of pk-list follow OpenCms 11.0.2's own formatter schemas (read from the opencms-core
 * jar): OpenCms validates them when a module is imported and reports an element out of order as a failed import.
 * Every child of {@code NewFormatter}, of each {@code Setting} and of the head includes is an element the schema
 * has, in the schema's order.
 */
public class FormatterConfigTest {

    private static final String XSD = "/org/opencms/xml/adeconfig/formatters/";

    /** The element names of the sequence of a complex type of an OpenCms schema in the jar. */
    public static List<String> sequence(String schema, String type) throws Exception {
        Document doc;
        try (InputStream in = FormatterConfigTest.class.getResourceAsStream(XSD + schema)) {
            assertNotNull(in, schema);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().parse(in);
        }
        NodeList types = doc.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "complexType");
        for (int i = 0; i < types.getLength(); i++) {
            Element complex = (Element)types.item(i);
            if (type.equals(complex.getAttribute("name"))) {
                List<String> names = new ArrayList<>();
                NodeList elements = complex.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
                for (int j = 0; j < elements.getLength(); j++) {
                    names.add(((Element)elements.item(j)).getAttribute("name"));
                }
                return names;
            }
        }
        throw new AssertionError(type + " not in " + schema);
    }

    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                result.add((Element)n);
            }
        }
        return result;
    }

    public static void assertInOrder(List<String> order, Element parent, String what) {
        int last = -1;
        for (Element child : children(parent)) {
            int index = order.indexOf(child.getTagName());
            assertTrue(index >= 0, what + ": unknown element " + child.getTagName() + " (schema: " + order + ")");
            assertTrue(index >= last, what + ": " + child.getTagName() + " out of order (schema: " + order + ")");
            last = index;
        }
    }

    @Test
    void theFormatterConfigurationsFollowOpenCmsSchemas() throws Exception {
        List<String> formatter = sequence("new_formatter.xsd", "OpenCmsNewFormatter");
        List<String> setting = sequence("formatter_settings.xsd", "OpenCmsFormatterSetting");
        List<String> js = sequence("choice_headinclude_js.xsd", "OpenCmsHeadIncludeJavascript");
        List<String> css = sequence("choice_headinclude_css.xsd", "OpenCmsHeadIncludeCss");
        for (String variant : new String[] {"full", "latest", "compact", "teaser"}) {
            Element root = ListSchemaTest.parse(ListSchemaTest.MODULE.resolve("formatters/" + variant + ".xml"))
                .getDocumentElement();
            Element config = children(root).get(0);
            assertInOrder(formatter, config, variant);
            int settings = 0;
            for (Element child : children(config)) {
                if ("Setting".equals(child.getTagName())) {
                    assertInOrder(setting, child, variant + " setting");
                    settings++;
                } else if ("HeadIncludeJs".equals(child.getTagName())) {
                    assertInOrder(js, child, variant + " js");
                } else if ("HeadIncludeCss".equals(child.getTagName())) {
                    assertInOrder(css, child, variant + " css");
                }
            }
            // full is a list page's own: no "all" link; the boxes take the page of the whole list in "more"
            assertEquals("full".equals(variant) ? 3 : 4, settings, variant + ": heading, n, variant (, more)");
            assertTrue(config.getElementsByTagName("Jsp").item(0).getTextContent().contains("list-" + variant + ".jsp"));
        }
    }
}
