package org.portalkit.template.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pk-list schema read with a plain XML parser: every field has a label and a help text, every message key it uses
 * exists in the English and the Vietnamese bundle, the defaults are the documented ones, the formatter configurations
 * use existing keys, and the validation rules accept and refuse what they should (OpenCms matches the whole value).
 */
class ListSchemaTest {

    static final Path MODULE = Paths.get("src/main/vfs/system/modules/org.portalkit.template");
    static final Pattern KEY_MACRO = Pattern.compile("%\\(key\\.([^)]+)\\)");

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ListSchemaTest.class.getResourceAsStream("/org/portalkit/template/messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Map<String, String> rules() throws Exception {
        Map<String, String> rules = new HashMap<>();
        NodeList list = parse(MODULE.resolve("schemas/list.xsd")).getElementsByTagName("rule");
        for (int i = 0; i < list.getLength(); i++) {
            Element rule = (Element)list.item(i);
            rules.put(rule.getAttribute("element"), rule.getAttribute("regex"));
        }
        return rules;
    }

    static boolean accepted(String element, String value) throws Exception {
        return Pattern.matches(rules().get(element), value);
    }

    @Test
    void everyFieldHasALabelAndHelpAndEveryKeyExistsInBothLanguages() throws Exception {
        Document xsd = parse(MODULE.resolve("schemas/list.xsd"));
        List<String> keys = new ArrayList<>();
        NodeList types = xsd.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "complexType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element)types.item(i);
            if (!"OpenCmsPkList".equals(type.getAttribute("name"))) {
                continue;
            }
            NodeList fields = type.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
            assertEquals(16, fields.getLength());
            for (int j = 0; j < fields.getLength(); j++) {
                String name = ((Element)fields.item(j)).getAttribute("name");
                keys.add("label.PkList." + name);
                keys.add("label.PkList." + name + ".help");
            }
        }
        String text = Files.readString(MODULE.resolve("schemas/list.xsd"), StandardCharsets.UTF_8);
        for (String formatter : new String[] {"full", "latest", "compact", "teaser"}) {
            text += Files.readString(MODULE.resolve("formatters/" + formatter + ".xml"), StandardCharsets.UTF_8);
        }
        Matcher m = KEY_MACRO.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        keys.add("fileicon.pk-list");
        keys.add("desc.pk-list");
        assertTrue(keys.size() > 60, keys.toString());
        Properties en = bundle("_en");
        Properties vi = bundle("_vi");
        for (String key : keys) {
            assertNotNull(en.getProperty(key), "English: " + key);
            assertNotNull(vi.getProperty(key), "Vietnamese: " + key);
        }
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() throws Exception {
        Map<String, String> defaults = new HashMap<>();
        NodeList list = parse(MODULE.resolve("schemas/list.xsd")).getElementsByTagName("default");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element)list.item(i);
            defaults.put(d.getAttribute("element"), d.getAttribute("value"));
        }
        assertEquals("pk-news", defaults.get("Type"));
        assertEquals("newest", defaults.get("Sort"));
        assertEquals("10", defaults.get("PageSize"));
        assertEquals("numbered", defaults.get("Paging"));
        assertEquals("none", defaults.get("Dates"));
        assertEquals("any", defaults.get("CategoryMode"));
        // the defaults pass their own rules
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            String regex = rules().get(e.getKey());
            if (regex != null) {
                assertTrue(Pattern.matches(regex, e.getValue()), e.getKey());
            }
        }
    }

    @Test
    void theRulesAcceptAndRefuseWhatTheyShould() throws Exception {
        assertTrue(accepted("Title", "Tin tức"));
        assertFalse(accepted("Title", "   "));
        assertFalse(accepted("Title", "x".repeat(201)));
        assertTrue(accepted("Type", "pk-news"));
        assertFalse(accepted("Type", "pk news"));
        assertFalse(accepted("Type", "<script>"));
        for (String ok : new String[] {"/tin-tuc/", "/tin-tuc", "/", "/a/b.c/"}) {
            assertTrue(accepted("Folder", ok), ok);
        }
        for (String bad : new String[] {"tin-tuc/", "/../system/", "/a/../b/", "/a//b/", "/Tin Tức/", "/a/.", "/a/" + "b".repeat(200)}) {
            assertFalse(accepted("Folder", bad), bad);
        }
        assertTrue(accepted("Category", "lao-dong-viec-lam"));
        assertTrue(accepted("Category", "/a/b/c/d/e/"));
        assertFalse(accepted("Category", "a/b/c/d/e/f"));
        assertFalse(accepted("Category", "{!lucene}*:*"));
        // categories' root paths, comma-separated
        assertTrue(accepted("Category", "/sites/default/.categories/lao-dong-viec-lam/"));
        assertTrue(accepted("Category", "/sites/default/.categories/lao-dong-viec-lam/,/sites/default/.categories/nguoi-co-cong/"));
        assertTrue(accepted("Category", "/system/categories/chung/"));
        assertFalse(accepted("Category", "/sites/default/.categories/lao-dong-viec-lam/,{!lucene}"));
        assertFalse(accepted("Category", "/sites/default/lao-dong-viec-lam/x/y/z/w/v/"), "no categories folder and too deep");
        assertFalse(accepted("Category", ("/sites/default/.categories/a/,").repeat(21) + "b"), "at most 20");
        for (String size : new String[] {"1", "10", "49", "50", " 20 "}) {
            assertTrue(accepted("PageSize", size), size);
        }
        for (String size : new String[] {"0", "51", "100", "abc", "", "-1", "1e2"}) {
            assertFalse(accepted("PageSize", size), size);
        }
        assertTrue(accepted("Paging", "more"));
        assertFalse(accepted("Paging", "endless"));
        assertTrue(accepted("Dates", "from-today"));
        assertFalse(accepted("Sort", "most-read"));
        assertFalse(accepted("EmptyText", "x".repeat(301)));
    }
}
