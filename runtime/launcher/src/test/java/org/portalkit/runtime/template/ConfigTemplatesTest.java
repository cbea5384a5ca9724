package org.portalkit.runtime.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.provision.TemplateRenderer;
import org.portalkit.runtime.provision.WebappProvisioner;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * Checks every web application template the way OpenCms 11.0.2 and Tomcat will read it, after rendering it with
 * the provisioner's real placeholder values: the WEB-INF/config XML files against OpenCms' own DTDs (read from the
 * opencms-core jar, as OpenCms does), every class they name against the classpath, web.xml and log4j2.xml for
 * well-formedness, and opencms.properties for its database settings.
 */
class ConfigTemplatesTest {

    private static final String CONFIG = "WEB-INF/config/";
    /** OpenCms resolves DTD system ids with this prefix to class path resources in this folder (CmsXmlEntityResolver). */
    private static final String DTD_URL_PREFIX = org.opencms.configuration.CmsConfigurationManager.DEFAULT_DTD_PREFIX;

    /** The configuration files OpenCms 11.0.2 reads (opencms.xml names the other nine). */
    private static final Set<String> EXPECTED_CONFIG_XML = Set.of(
        "opencms.xml", "opencms-system.xml", "opencms-vfs.xml", "opencms-importexport.xml", "opencms-modules.xml",
        "opencms-search.xml", "opencms-workplace.xml", "opencms-sites.xml", "opencms-scheduler.xml",
        "opencms-variables.xml");

    /** Elements whose text is a class name. */
    private static final Set<String> CLASS_ELEMENTS =
        Set.of("class", "keygenerator", "staticexporthandler", "linksubstitutionhandler", "highlighter");

    @TempDir
    Path m_tmp;

    private RuntimeLayout m_layout;
    private Map<String, String> m_rendered;

    @BeforeEach
    void render() throws IOException {

        m_layout = RuntimeLayout.of(m_tmp.resolve("data"));
        Map<String, String> values = new WebappProvisioner(m_layout, m_tmp.resolve("webapp-lib"), 8080, 18080).templateValues();
        TemplateRenderer renderer = new TemplateRenderer(values);
        m_rendered = new TreeMap<>();
        for (Map.Entry<String, String> template : WebappProvisioner.readTemplates().entrySet()) {
            m_rendered.put(template.getKey(), renderer.render(template.getKey(), template.getValue()));
        }
    }

    @Test
    void allConfigurationFilesArePresent() {

        Set<String> configXml = new TreeSet<>();
        for (String name : m_rendered.keySet()) {
            if (name.startsWith(CONFIG) && name.endsWith(".xml")) {
                configXml.add(name.substring(CONFIG.length()));
            }
        }
        assertEquals(new TreeSet<>(EXPECTED_CONFIG_XML), configXml);
        assertTrue(m_rendered.containsKey(CONFIG + "opencms.properties"));
        assertTrue(m_rendered.containsKey("WEB-INF/web.xml"));
        assertTrue(m_rendered.containsKey("WEB-INF/classes/log4j2.xml"));
    }

    @Test
    void opencmsXmlNamesAConfigurationClassForEveryConfigurationFile() throws Exception {

        // OpenCms reads exactly the files the configured classes name: a missing class means an unread file
        assertEquals(new TreeSet<>(EXPECTED_CONFIG_XML), expectedDtdByFile().keySet());
    }

    @Test
    void everyConfigurationFileIsValidAgainstItsOpenCmsDtd() throws Exception {

        Map<String, String> expectedDtds = expectedDtdByFile();
        int validated = 0;
        for (Map.Entry<String, String> file : m_rendered.entrySet()) {
            String name = file.getKey();
            if (!(name.startsWith(CONFIG) && name.endsWith(".xml"))) {
                continue;
            }
            List<String> resolved = validate(name, file.getValue());
            assertFalse(resolved.isEmpty(), name + " has no DOCTYPE");
            // the DTD OpenCms itself writes when it saves this file
            assertEquals(expectedDtds.get(name.substring(CONFIG.length())), resolved.get(0), name);
            validated++;
        }
        assertEquals(EXPECTED_CONFIG_XML.size(), validated);
    }

    @Test
    void validationReallyRejectsAnInvalidConfiguration() {

        // guards the test above: an element the DTD does not allow must fail
        String broken = m_rendered.get(CONFIG + "opencms-sites.xml").replace("<shared-folder>", "<no-such-element/><shared-folder>");
        assertThrows(SAXParseException.class, () -> validate("broken opencms-sites.xml", broken));
    }

    @Test
    void everyClassNamedInTheConfigurationCanBeLoaded() throws Exception {

        Set<String> all = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> file : m_rendered.entrySet()) {
            String name = file.getKey();
            if (!(name.startsWith(CONFIG) && name.endsWith(".xml"))) {
                continue;
            }
            for (String className : classNames(parse(file.getValue()))) {
                all.add(className);
                try {
                    Class<?> cls = Class.forName(className, false, loader());
                    // OpenCms instantiates every one of these classes
                    if (cls.isInterface() || Modifier.isAbstract(cls.getModifiers()) || !Modifier.isPublic(cls.getModifiers())) {
                        failures.add(name + ": " + className + " cannot be instantiated");
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    failures.add(name + ": " + className + " (" + e + ")");
                }
            }
        }
        assertEquals(List.of(), failures);
        // the walk found the classes of every kind of element
        for (String expected : List.of(
            "org.opencms.configuration.CmsVfsConfiguration", // <config class>
            "org.opencms.loader.CmsJspLoader", // <loader class>
            "org.opencms.db.CmsCacheKey", // <keygenerator>
            "org.opencms.staticexport.CmsAfterPublishStaticExportHandler", // <staticexporthandler>
            "org.opencms.staticexport.CmsDefaultLinkSubstitutionHandler", // <linksubstitutionhandler>
            "org.opencms.search.documents.CmsDocumentPdf", // <class>
            "org.portalkit.runtime.support.PortalDialogHandler")) {
            assertTrue(all.contains(expected), expected + " in " + all);
        }
        assertTrue(all.size() > 100, "found only " + all.size() + " class names");
    }

    @Test
    void portalKitSupportClassesComeFromTheSupportModule() throws Exception {

        // they are not in opencms-core: WEB-INF/lib gets them from portalkit-runtime-support
        for (String className : allConfigClassNames()) {
            if (className.startsWith("org.portalkit.")) {
                assertTrue(className.startsWith("org.portalkit.runtime.support."), className);
                Class<?> cls = Class.forName(className, false, loader());
                String location = cls.getProtectionDomain().getCodeSource().getLocation().toString();
                assertTrue(location.contains("support"), className + " loaded from " + location);
                // and not just from a stale jar in the local repository: the source is still there
                Path source = supportSources().resolve(className.replace('.', '/') + ".java");
                assertTrue(java.nio.file.Files.isRegularFile(source), source + " missing");
            }
        }
    }

    @Test
    void renderedConfigurationContainsOnlyOpenCmsMacros() {

        Pattern placeholder = Pattern.compile("\\$\\{([^}]*)}");
        for (Map.Entry<String, String> file : m_rendered.entrySet()) {
            if (!file.getKey().startsWith(CONFIG)) {
                continue;
            }
            Matcher matcher = placeholder.matcher(file.getValue());
            while (matcher.find()) {
                assertTrue(
                    TemplateRenderer.OPENCMS_MACROS.contains(matcher.group(1)),
                    file.getKey() + " still contains " + matcher.group());
            }
        }
    }

    @Test
    void renderedValuesReachTheConfiguration() throws Exception {

        Element shell = (Element)parse(m_rendered.get(CONFIG + "opencms-system.xml")).getElementsByTagName("shell-server").item(0);
        assertEquals("true", shell.getAttribute("enabled"));
        assertEquals("18080", shell.getAttribute("port"));
        Element site = (Element)parse(m_rendered.get(CONFIG + "opencms-sites.xml")).getElementsByTagName("site").item(0);
        assertEquals("http://127.0.0.1:8080", site.getAttribute("server"));
    }

    @Test
    void webXmlIsWellFormedAndNamesLoadableClasses() throws Exception {

        Document webXml = parse(m_rendered.get("WEB-INF/web.xml"));
        assertEquals("web-app", webXml.getDocumentElement().getTagName());
        List<String> classes = new ArrayList<>();
        for (String element : List.of("filter-class", "listener-class", "servlet-class")) {
            NodeList nodes = webXml.getElementsByTagName(element);
            for (int i = 0; i < nodes.getLength(); i++) {
                classes.add(nodes.item(i).getTextContent().trim());
            }
        }
        assertTrue(classes.contains("org.opencms.main.OpenCmsServlet"), classes.toString());
        assertTrue(classes.contains("org.opencms.main.OpenCmsListener"), classes.toString());
        for (String className : classes) {
            Class<?> cls = Class.forName(className, false, loader());
            assertTrue(Modifier.isPublic(cls.getModifiers()) && !Modifier.isAbstract(cls.getModifiers()), className);
        }
        // OpenCms cannot find its home in an embedded container; the provisioner must put it here
        Map<String, String> params = new TreeMap<>();
        NodeList contextParams = webXml.getElementsByTagName("context-param");
        for (int i = 0; i < contextParams.getLength(); i++) {
            Element param = (Element)contextParams.item(i);
            params.put(
                param.getElementsByTagName("param-name").item(0).getTextContent().trim(),
                param.getElementsByTagName("param-value").item(0).getTextContent().trim());
        }
        assertEquals(m_layout.webInfDir().toString() + "/", params.get("OpenCmsHome"));
    }

    @Test
    void log4jConfigurationIsWellFormedAndKeepsItsLookups() throws Exception {

        String log4j = m_rendered.get("WEB-INF/classes/log4j2.xml");
        assertEquals("Configuration", parse(log4j).getDocumentElement().getTagName());
        // Log4j's own ${sys:...} lookups must survive rendering untouched
        assertTrue(log4j.contains("${sys:opencms.logfolder:-logs/}opencms.log"), log4j);
    }

    @Test
    void opencmsPropertiesPointAtTheRuntimeDatabase() throws Exception {

        String text = m_rendered.get(CONFIG + "opencms.properties");
        assertFalse(text.contains("${"), "unrendered placeholder in opencms.properties");
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        assertEquals(WebappProvisioner.jdbcUrl(m_layout), properties.getProperty("db.pool.default.jdbcUrl"));
        assertEquals("SA", properties.getProperty("db.pool.default.user"));
        String driver = properties.getProperty("db.pool.default.jdbcDriver");
        assertTrue(java.sql.Driver.class.isAssignableFrom(Class.forName(driver, false, loader())), driver);
        // the OpenCms driver classes the properties name exist in opencms-core
        int classes = 0;
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("db.") && (key.endsWith(".driver") || key.endsWith(".sqlmanager"))) {
                Class.forName(properties.getProperty(key), false, loader());
                classes++;
            }
        }
        assertEquals(10, classes);
        // the pool every driver uses is defined
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".pool") && key.startsWith("db.")) {
                assertEquals("opencms:default", properties.getProperty(key), key);
            }
        }
        assertEquals("default", properties.getProperty("db.pools"));
    }

    // ------------------------------------------------------------------ helpers

    /** @return configuration file name to DTD system id, from the classes opencms.xml names (and opencms.xml itself) */
    private Map<String, String> expectedDtdByFile() throws Exception {

        if (org.opencms.main.CmsLog.INIT == null) {
            // set by a running OpenCms; the configuration constructors log to it
            org.opencms.main.CmsLog.INIT = org.apache.commons.logging.LogFactory.getLog("org.opencms.init");
        }
        Map<String, String> result = new TreeMap<>();
        result.put(
            org.opencms.configuration.CmsConfigurationManager.DEFAULT_XML_FILE_NAME,
            DTD_URL_PREFIX + org.opencms.configuration.CmsConfigurationManager.DTD_FILE_NAME);
        for (String className : classNames(parse(m_rendered.get(CONFIG + "opencms.xml")))) {
            Class<?> cls = Class.forName(className, false, loader());
            assertTrue(org.opencms.configuration.I_CmsXmlConfiguration.class.isAssignableFrom(cls), className);
            org.opencms.configuration.I_CmsXmlConfiguration configuration =
                (org.opencms.configuration.I_CmsXmlConfiguration)cls.getConstructor().newInstance();
            String previous = result.put(
                configuration.getXmlFileName(),
                configuration.getDtdUrlPrefix() + configuration.getDtdFilename());
            assertEquals(null, previous, "two classes read " + configuration.getXmlFileName());
        }
        return result;
    }

    /** @return runtime/support/src/main/java of this reactor (Surefire runs in runtime/launcher) */
    private static Path supportSources() {

        Path launcher = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path sources = launcher.resolveSibling("support").resolve("src/main/java");
        assertTrue(java.nio.file.Files.isDirectory(sources), sources + " missing");
        return sources;
    }

    private static ClassLoader loader() {

        return ConfigTemplatesTest.class.getClassLoader();
    }

    private Set<String> allConfigClassNames() throws Exception {

        Set<String> all = new LinkedHashSet<>();
        for (Map.Entry<String, String> file : m_rendered.entrySet()) {
            if (file.getKey().startsWith(CONFIG) && file.getKey().endsWith(".xml")) {
                all.addAll(classNames(parse(file.getValue())));
            }
        }
        return all;
    }

    /** @return the class names in class="..." attributes and in class-naming elements */
    private static Set<String> classNames(Document document) {

        Set<String> names = new LinkedHashSet<>();
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element)elements.item(i);
            String attribute = element.getAttribute("class").trim();
            if (!attribute.isEmpty()) {
                names.add(attribute);
            }
            if (CLASS_ELEMENTS.contains(element.getTagName())) {
                String text = element.getTextContent().trim();
                if (!text.isEmpty()) {
                    names.add(text);
                }
            }
        }
        return names;
    }

    /**
     * Validates a document against the DTDs of opencms-core.
     *
     * @return the system ids resolved, in order
     */
    private static List<String> validate(String name, String xml) throws Exception {

        return StrictXml.validateAgainstOpenCmsDtds(name, xml);
    }

    private static Document parse(String xml) throws Exception {

        Document document = StrictXml.parse(xml);
        assertNotNull(document.getDocumentElement());
        return document;
    }
}
