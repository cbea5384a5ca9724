package org.portalkit.core.testing;

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

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * The checks every PortalKit content module runs on its XML content schemas (shared through portal-core's test jar),
 * reading the schemas in {@code <module folder>/schemas/} with a plain XML parser. A module's {@code SchemaTest}
 * makes one {@code new SchemaCheck(ModuleFiles.of("org.portalkit.news"))}, asserts that each check's list of problems
 * is empty, and adds its type's own assertions (field lists, validation rule cases, Solr fields) with the readers
 * here ({@link #fields}, {@link #rule}, {@link #attributesByElement}, {@link #searchSettings}).
 *
 * <p>The checks, each returning one line per problem (empty when all is well):
 * <ul>
 * <li>{@link #invalidAppinfos()}: every schema's appinfo is valid against OpenCms' own {@code DefaultAppinfo.xsd}
 * (from opencms-core on the test class path), as OpenCms checks it when it loads a schema;</li>
 * <li>{@link #missingKeys()}: every text the editor shows (label and help text of each field, label of each tab,
 * every {@code %(key.…)} macro, e.g. validation messages) has a non-blank value in the default, the English and the
 * Vietnamese bundle ({@code messages.properties}, {@code _en}, {@code _vi});</li>
 * <li>{@link #brokenReferences()}: includes other than {@code opencms-xmlcontent.xsd} are the module's own nested
 * schemas and exist, the resource bundle is the module's ({@code <module>.messages}), and every entry of the
 * mappings, layouts, validation rules, search settings, defaults, relations and tabs names a field of the
 * schema.</li>
 * </ul>
 * The schemas are those OpenCms module content schemas have: a root element (e.g. {@code PkNotices}) whose type holds
 * one inner element per locale (e.g. {@code PkNotice}, the label prefix), whose type's sequence lists the fields.
 */
public final class SchemaCheck {

    private static final String XSD_NS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Pattern KEY_MACRO = Pattern.compile("%\\(key\\.([^)]+)\\)");
    private static final String APPINFO_XSD = "org/opencms/xml/content/DefaultAppinfo.xsd";
    private static final List<String> BUNDLES = List.of("", "_en", "_vi");
    private static final List<String> SECTIONS = List.of("mappings", "layouts", "validationrules", "searchsettings",
        "defaults", "relations", "tabs");

    private final ModuleFiles m_module;
    private final Path m_schemas;

    /** @param module the module whose {@code schemas/} folder is checked */
    public SchemaCheck(ModuleFiles module) {
        m_module = module;
        m_schemas = module.folder().resolve("schemas");
    }

    /** The inner element of a schema: its name (the label prefix, e.g. {@code PkNotice}) and its fields, in order. */
    public record ContentFields(String name, List<Element> elements) {

        /** @return the fields' names, in order */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            for (Element field : elements) {
                names.add(field.getAttribute("name"));
            }
            return names;
        }
    }

    /**
     * A validation rule of the appinfo.
     *
     * @param element the element it checks, e.g. {@code Title} or {@code Availability/Release}
     * @param regex   its regular expression, a leading {@code !} negating it
     * @param type    {@code error} or {@code warning}
     * @param message its message, usually a {@code %(key.…)} macro
     */
    public record Rule(String element, String regex, String type, String message) {

        /**
         * @return whether the rule accepts the value the way OpenCms applies it: the whole value must match, a
         *         leading {@code !} negates
         */
        public boolean accepts(String value) {
            boolean negate = regex.startsWith("!");
            return negate != Pattern.matches(negate ? regex.substring(1) : regex, value);
        }

        /**
         * The cases of a text limited to {@code max} characters: the rule accepts {@code max} characters (plain
         * {@code x} and Vietnamese letters {@code Đ ô ư}) and text over several lines, refuses {@code max + 1} of
         * each; a required text is refused empty and blank ({@code " \n\t "}), an optional one accepted empty.
         *
         * @return one line per case the rule gets wrong; empty when all is well
         */
        public List<String> lengthProblems(int max, boolean required) {
            List<String> problems = new ArrayList<>();
            for (String letter : List.of("x", "Đ", "ô", "ư")) {
                expect(problems, true, letter.repeat(max), max + " × " + letter);
                expect(problems, false, letter.repeat(max + 1), (max + 1) + " × " + letter);
            }
            expect(problems, true, "dòng 1\ndòng 2", "two lines");
            expect(problems, !required, "", "empty");
            if (required) {
                expect(problems, false, " \n\t ", "blank");
            }
            return problems;
        }

        /**
         * The cases of a required date (OpenCms stores milliseconds since 1970): the rule accepts
         * {@code 1594949400000}, refuses empty and {@code 0} (no date chosen).
         *
         * @return one line per case the rule gets wrong; empty when all is well
         */
        public List<String> requiredDateProblems() {
            List<String> problems = new ArrayList<>();
            expect(problems, true, "1594949400000", "a date");
            expect(problems, false, "", "empty");
            expect(problems, false, "0", "0");
            return problems;
        }

        private void expect(List<String> problems, boolean accepted, String value, String name) {
            if (accepts(value) != accepted) {
                problems.add(element + (accepted ? " refuses " : " accepts ") + name);
            }
        }
    }

    /** @return the module's schemas ({@code *.xsd} below {@code schemas/}), sorted */
    public List<Path> schemas() {
        return ModuleFiles.files(m_schemas, ".xsd");
    }

    /** @param xsd a file name in {@code schemas/}, e.g. {@code notice.xsd} */
    public Document schema(String xsd) {
        return ModuleFiles.xml(m_schemas.resolve(xsd));
    }

    /** @return the child elements of that namespace ({@code null}: none) and local name */
    public static List<Element> children(Element parent, String ns, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(n.getLocalName())
                && (ns == null ? n.getNamespaceURI() == null : ns.equals(n.getNamespaceURI()))) {
                result.add((Element)n);
            }
        }
        return result;
    }

    /**
     * @return the schema's only {@code xsd:appinfo}
     * @throws AssertionError when it has none or more than one
     */
    public static Element appinfo(Document doc) {
        NodeList list = doc.getElementsByTagNameNS(XSD_NS, "appinfo");
        if (list.getLength() != 1) {
            throw new AssertionError(list.getLength() + " xsd:appinfo elements, expected 1");
        }
        return (Element)list.item(0);
    }

    /** @param xsd a file name in {@code schemas/} */
    public Element appinfo(String xsd) {
        return appinfo(schema(xsd));
    }

    /** @return the inner element's name and fields (see the class comment) */
    public static ContentFields fields(Document doc) {
        Element root = doc.getDocumentElement();
        Map<String, Element> types = new HashMap<>();
        for (Element type : children(root, XSD_NS, "complexType")) {
            types.put(type.getAttribute("name"), type);
        }
        Element outer = children(root, XSD_NS, "element").get(0);
        Element outerType = types.get(outer.getAttribute("type"));
        Element inner = children(children(outerType, XSD_NS, "sequence").get(0), XSD_NS, "element").get(0);
        Element innerType = types.get(inner.getAttribute("type"));
        return new ContentFields(inner.getAttribute("name"),
            children(children(innerType, XSD_NS, "sequence").get(0), XSD_NS, "element"));
    }

    /**
     * @return the bundle keys the schemas use: {@code label.<Inner>.<Field>} and {@code ….help} per field,
     *         {@code label.<Inner>.<Tab>} per tab, and every {@code %(key.…)} macro, sorted
     */
    public Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        for (Path xsd : schemas()) {
            Document doc = ModuleFiles.xml(xsd);
            ContentFields fields = fields(doc);
            for (String field : fields.names()) {
                keys.add("label." + fields.name() + "." + field);
                keys.add("label." + fields.name() + "." + field + ".help");
            }
            for (Element tabs : children(appinfo(doc), null, "tabs")) {
                for (Element tab : children(tabs, null, "tab")) {
                    keys.add("label." + fields.name() + "." + tab.getAttribute("name"));
                }
            }
            Matcher m = KEY_MACRO.matcher(ModuleFiles.read(xsd));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /**
     * @return one line {@code messages<suffix>.properties: <key>} per {@link #usedKeys() used key} that is missing
     *         or blank in the default, English or Vietnamese bundle
     */
    public List<String> missingKeys() {
        Set<String> keys = usedKeys();
        List<String> missing = new ArrayList<>();
        for (String suffix : BUNDLES) {
            Properties bundle = m_module.bundle(suffix);
            for (String key : keys) {
                String value = bundle.getProperty(key);
                if (value == null || value.isBlank()) {
                    missing.add("messages" + suffix + ".properties: " + key);
                }
            }
        }
        return missing;
    }

    /**
     * @return one line {@code <schema>: <message>} per schema whose appinfo OpenCms' {@code DefaultAppinfo.xsd}
     *         refuses
     * @throws IllegalStateException when {@code DefaultAppinfo.xsd} is not on the class path (opencms-core)
     */
    public List<String> invalidAppinfos() throws Exception {
        ClassLoader loader = SchemaCheck.class.getClassLoader();
        SchemaFactory factory = SchemaFactory.newInstance(XSD_NS);
        DOMImplementationLS ls = (DOMImplementationLS)DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .getDOMImplementation();
        factory.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            LSInput input = ls.createLSInput();
            input.setByteStream(loader.getResourceAsStream("org/opencms/xml/content/" + name));
            input.setSystemId(systemId);
            return input;
        });
        InputStream appinfoXsd = loader.getResourceAsStream(APPINFO_XSD);
        if (appinfoXsd == null) {
            throw new IllegalStateException("OpenCms' DefaultAppinfo.xsd is not on the test class path (opencms-core)");
        }
        Schema schema = factory.newSchema(
            new StreamSource(appinfoXsd, "http://www.opencms.org/dtd/6.0/" + APPINFO_XSD));
        List<String> invalid = new ArrayList<>();
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
                invalid.add(xsd.getFileName() + ": " + e.getMessage());
            }
        }
        return invalid;
    }

    /**
     * @return one line per include that is neither {@code opencms://opencms-xmlcontent.xsd} nor an existing schema of
     *         this module (modules are independent: never another module's schema), per schema whose resource bundle
     *         is not {@code <module>.messages}, and per appinfo entry (mappings, layouts, validation rules, search
     *         settings, defaults, relations, tabs) whose {@code element} (its first step) is no field of the schema
     */
    public List<String> brokenReferences() {
        List<String> broken = new ArrayList<>();
        String ownSchemas = "opencms://system/modules/" + m_module.module() + "/schemas/";
        for (Path xsd : schemas()) {
            String file = xsd.getFileName().toString();
            Document doc = ModuleFiles.xml(xsd);
            for (Element include : children(doc.getDocumentElement(), XSD_NS, "include")) {
                String location = include.getAttribute("schemaLocation");
                if (!"opencms://opencms-xmlcontent.xsd".equals(location) && (!location.startsWith(ownSchemas)
                    || !Files.isRegularFile(m_module.vfs(location.substring("opencms:/".length()))))) {
                    broken.add(file + ": include " + location);
                }
            }
            List<Element> bundles = children(appinfo(doc), null, "resourcebundle");
            String bundle = bundles.isEmpty() ? "none" : bundles.get(0).getAttribute("name");
            if (!bundle.equals(m_module.module() + ".messages")) {
                broken.add(file + ": resourcebundle " + bundle);
            }
            List<String> fields = fields(doc).names();
            for (String list : SECTIONS) {
                for (Element section : children(appinfo(doc), null, list)) {
                    for (Node n = section.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element) {
                            String element = ((Element)n).getAttribute("element").split("/")[0];
                            if (!fields.contains(element)) {
                                broken.add(file + ": " + list + " names " + element);
                            }
                        }
                    }
                }
            }
        }
        return broken;
    }

    /**
     * @param xsd     a file name in {@code schemas/}
     * @param section e.g. {@code mappings}
     * @param entry   e.g. {@code mapping}
     * @param attribute e.g. {@code mapto}
     * @return per {@code element} attribute of the section's entries, in order, the attribute's values (several
     *         joined by a space, e.g. {@code property:Title urlName})
     * @throws AssertionError when the appinfo has no such section
     */
    public Map<String, String> attributesByElement(String xsd, String section, String entry, String attribute) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element e : children(section(xsd, section), null, entry)) {
            result.merge(e.getAttribute("element"), e.getAttribute(attribute), (a, b) -> a + " " + b);
        }
        return result;
    }

    /**
     * @return per element of the search settings, as OpenCms reads them: {@code content=<searchcontent>} and its
     *         Solr fields as {@code <targetfield><-<sourcefield>}, e.g. {@code content=false noticedate<-*_dt}
     */
    public Map<String, String> searchSettings(String xsd) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Element setting : children(section(xsd, "searchsettings"), null, "searchsetting")) {
            StringBuilder text = new StringBuilder("content=" + setting.getAttribute("searchcontent"));
            for (Element field : children(setting, null, "solrfield")) {
                text.append(' ').append(field.getAttribute("targetfield")).append("<-")
                    .append(field.getAttribute("sourcefield"));
            }
            result.put(setting.getAttribute("element"), text.toString());
        }
        return result;
    }

    /**
     * @return the validation rule of that element, so a test can check what it {@link Rule#accepts accepts}
     * @throws AssertionError when the schema has no rule for it
     */
    public Rule rule(String xsd, String element) {
        for (Element rule : children(section(xsd, "validationrules"), null, "rule")) {
            if (rule.getAttribute("element").equals(element)) {
                return new Rule(element, rule.getAttribute("regex"), rule.getAttribute("type"),
                    rule.getAttribute("message"));
            }
        }
        throw new AssertionError("no rule for " + element + " in " + xsd);
    }

    private Element section(String xsd, String name) {
        List<Element> sections = children(appinfo(xsd), null, name);
        if (sections.isEmpty()) {
            throw new AssertionError("no " + name + " in " + xsd);
        }
        return sections.get(0);
    }
}
