package org.portalkit.runtime.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portalkit.runtime.RuntimeLayout;
import org.xml.sax.InputSource;

/**
 * {@link PortSettings} on the configuration files as the provisioner writes them from the real templates (port 8080,
 * shell port 18080), and on the forms OpenCms writes them back in.
 */
class PortSettingsTest {

    private static final List<String> FILES = List.of("opencms-sites.xml", "opencms-system.xml", "opencms-importexport.xml");

    @TempDir
    Path m_tmp;

    private Path m_config;

    /** File name to its rendered text, as first provisioned on port 8080. */
    private final Map<String, String> m_original = new TreeMap<>();

    @BeforeEach
    void setUp() throws Exception {

        RuntimeLayout layout = RuntimeLayout.of(m_tmp.resolve("data"));
        m_config = Files.createDirectories(layout.configDir());
        WebappProvisioner provisioner = new WebappProvisioner(layout, m_tmp.resolve("lib"), 8080, 18080);
        TemplateRenderer renderer = new TemplateRenderer(provisioner.templateValues());
        Map<String, String> templates = WebappProvisioner.readTemplates();
        for (String name : FILES) {
            String key = "WEB-INF/config/" + name;
            String text = renderer.render(key, templates.get(key));
            m_original.put(name, text);
            Files.writeString(m_config.resolve(name), text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void theTemplatesAsProvisionedNamePort8080() {

        assertEquals(OptionalInt.of(8080), PortSettings.configuredPort(m_config));
        assertTrue(m_original.get("opencms-system.xml").contains("port=\"18080\""), "the test starts from shell port 18080");
    }

    @Test
    void applyChangesExactlyThePortValues() throws Exception {

        assertTrue(PortSettings.apply(m_config, 9090, 19090));

        assertOnlyChanged("opencms-sites.xml", 3, line -> line.contains("<workplace-server>") || line.contains("<site server=")
            || line.contains("<alias server="));
        assertOnlyChanged("opencms-system.xml", 1, line -> line.contains("<shell-server "));
        assertOnlyChanged("opencms-importexport.xml", 1, line -> line.contains("<exporturl>"));

        String sites = read("opencms-sites.xml");
        assertTrue(sites.contains("<workplace-server>http://127.0.0.1:9090</workplace-server>"), sites);
        assertTrue(sites.contains("<site server=\"http://127.0.0.1:9090\" "), sites);
        assertTrue(sites.contains("<alias server=\"http://localhost:9090\"/>"), sites);
        assertTrue(read("opencms-system.xml").contains("port=\"19090\""), read("opencms-system.xml"));
        assertTrue(read("opencms-importexport.xml").contains("<exporturl>http://127.0.0.1:9090/handle404</exporturl>"));

        // what must not move with the port
        assertTrue(read("opencms-importexport.xml").contains("<oldwebappurl>http://localhost:8080/opencms/opencms/</oldwebappurl>"));
        assertTrue(read("opencms-system.xml").contains("<mailhost name=\"localhost\" port=\"25\""), read("opencms-system.xml"));

        assertEquals(OptionalInt.of(9090), PortSettings.configuredPort(m_config));
        for (String name : FILES) {
            assertWellFormed(name, read(name));
            assertFalse(Files.exists(m_config.resolve(name + ".portalkit-tmp")), "no temporary file left");
        }
    }

    @Test
    void applyingTheSamePortsAgainChangesNothing() throws Exception {

        assertTrue(PortSettings.apply(m_config, 9090, 19090));
        Map<String, String> once = new TreeMap<>();
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        for (String name : FILES) {
            once.put(name, read(name));
            Files.setLastModifiedTime(m_config.resolve(name), past);
        }

        assertFalse(PortSettings.apply(m_config, 9090, 19090), "nothing to change");

        for (String name : FILES) {
            assertEquals(once.get(name), read(name), name);
            assertEquals(past, Files.getLastModifiedTime(m_config.resolve(name)), name + " was written although unchanged");
        }
    }

    @Test
    void applyingThePortsTheFilesAlreadyHaveChangesNothing() throws Exception {

        assertFalse(PortSettings.apply(m_config, 8080, 18080));
        for (String name : FILES) {
            assertEquals(m_original.get(name), read(name), name);
        }
    }

    @Test
    void aPortCanBeMovedBack() throws Exception {

        assertTrue(PortSettings.apply(m_config, 9090, 19090));
        assertTrue(PortSettings.apply(m_config, 8080, 18080));
        for (String name : FILES) {
            assertEquals(m_original.get(name), read(name), name);
        }
    }

    @Test
    void missingFilesAreSkippedAndTheOthersChanged() throws Exception {

        Files.delete(m_config.resolve("opencms-sites.xml"));
        Files.delete(m_config.resolve("opencms-importexport.xml"));

        assertTrue(PortSettings.apply(m_config, 9090, 19090));

        assertTrue(read("opencms-system.xml").contains("port=\"19090\""), read("opencms-system.xml"));
        assertFalse(Files.exists(m_config.resolve("opencms-sites.xml")), "a missing file is not created");
        assertFalse(Files.exists(m_config.resolve("opencms-importexport.xml")), "a missing file is not created");
        assertEquals(OptionalInt.empty(), PortSettings.configuredPort(m_config));
    }

    @Test
    void aConfigurationFolderWithoutTheFilesIsNoError() throws Exception {

        Path empty = Files.createDirectories(m_tmp.resolve("empty"));
        assertFalse(PortSettings.apply(empty, 9090, 19090));
        assertEquals(OptionalInt.empty(), PortSettings.configuredPort(empty));
        assertEquals(OptionalInt.empty(), PortSettings.configuredPort(m_tmp.resolve("missing")));
    }

    @Test
    void theFormsOpenCmsWritesBackFollowThePortToo() throws Exception {

        // CmsSitesConfiguration writes every alias with a redirect attribute (and an offset when it has one)
        String sites = m_original.get("opencms-sites.xml")
            .replace("<alias server=\"http://localhost:8080\"/>", "<alias server=\"http://localhost:8080\" redirect=\"false\"/>");
        assertTrue(sites.contains("redirect=\"false\""), "the test's own replacement worked");
        Files.writeString(m_config.resolve("opencms-sites.xml"), sites);
        // attributes in another order
        String system = m_original.get("opencms-system.xml").replace("<shell-server enabled=\"true\" port=\"18080\"/>",
            "<shell-server port=\"18080\" enabled=\"true\"/>");
        assertTrue(system.contains("<shell-server port=\"18080\""), "the test's own replacement worked");
        Files.writeString(m_config.resolve("opencms-system.xml"), system);

        assertTrue(PortSettings.apply(m_config, 9090, 19090));

        String after = read("opencms-sites.xml");
        assertTrue(after.contains("<alias server=\"http://localhost:9090\" redirect=\"false\"/>"), after);
        assertFalse(after.contains(":8080"), after);
        assertTrue(read("opencms-system.xml").contains("<shell-server port=\"19090\" enabled=\"true\"/>"), read("opencms-system.xml"));
        assertEquals(OptionalInt.of(9090), PortSettings.configuredPort(m_config));
    }

    @Test
    void replacePortsLeavesOtherNumbersAndUrlsAlone() {

        String xml = "<a>"
            + "<c>http://localhost:8080/opencms/opencms/</c><d>http://example.org:8080/</d><e port=\"25\"/>"
            + "<shell-server enabled=\"true\" port=\"18080\"/></a>";
        String result = PortSettings.replacePorts(xml, 9090, 19090);
        assertTrue(result.contains("<c>http://localhost:8080/opencms/opencms/</c>"), result);
        assertTrue(result.contains("<d>http://example.org:8080/</d>"), result);
        assertTrue(result.contains("<e port=\"25\"/>"), result);
        assertTrue(result.contains("<shell-server enabled=\"true\" port=\"19090\"/>"), result);
    }

    // ------------------------------------------------------------------ helpers

    private String read(String name) throws Exception {

        return Files.readString(m_config.resolve(name), StandardCharsets.UTF_8);
    }

    /**
     * Asserts that the file has as many lines as before, that exactly {@code expected} lines differ, that each of
     * them is one {@code which} accepts, and that each changed line is the old one with the old ports replaced.
     */
    private void assertOnlyChanged(String name, int expected, Predicate<String> which) throws Exception {

        List<String> before = m_original.get(name).lines().toList();
        List<String> after = read(name).lines().toList();
        assertEquals(before.size(), after.size(), name + ": lines added or removed");
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(Integer.valueOf(i + 1));
                assertTrue(which.test(before.get(i)), name + " line " + (i + 1) + " must not change: " + before.get(i) + " -> " + after.get(i));
                assertEquals(before.get(i).replace("18080", "19090").replace("8080", "9090"), after.get(i), name + " line " + (i + 1));
            }
        }
        assertEquals(expected, changed.size(), name + ": changed lines " + changed);
    }

    private static void assertWellFormed(String name, String xml) throws Exception {

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertTrue(xml.startsWith("<?xml"), name);
    }
}
