package org.portalkit.runtime.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    @Test
    void replacesGivenNames() {

        TemplateRenderer renderer = new TemplateRenderer(Map.of("port", "8123", "jdbc.url", "jdbc:x", "a_b1", "v"));
        assertEquals(
            "<x port=\"8123\" url=\"jdbc:x\">v v</x>",
            renderer.render("t.xml", "<x port=\"${port}\" url=\"${jdbc.url}\">${a_b1} ${a_b1}</x>"));
    }

    @Test
    void textWithoutPlaceholdersIsUnchanged() {

        String text = "plain $ text {with} braces and a lone $ and $name and ${ not closed";
        assertEquals(text, new TemplateRenderer(Map.of()).render("t", text));
    }

    @Test
    void leavesOpenCmsMacrosUntouched() {

        TemplateRenderer renderer = new TemplateRenderer(Map.of("port", "9"));
        assertEquals(
            "<rfs-prefix>${CONTEXT_NAME}/export</rfs-prefix><vfs>${CONTEXT_NAME}${SERVLET_NAME}</vfs>:9 ${opencms.default.encoding}",
            renderer.render("t", "<rfs-prefix>${CONTEXT_NAME}/export</rfs-prefix><vfs>${CONTEXT_NAME}${SERVLET_NAME}</vfs>:${port} ${opencms.default.encoding}"));
    }

    @Test
    void aGivenValueWinsOverAnOpenCmsMacro() {

        assertEquals("ROOT", new TemplateRenderer(Map.of("CONTEXT_NAME", "ROOT")).render("t", "${CONTEXT_NAME}"));
    }

    @Test
    void unknownPlaceholderIsAnErrorNamingItAndTheTemplate() {

        TemplateRenderer renderer = new TemplateRenderer(Map.of("port", "1"));
        IllegalArgumentException e = assertThrows(
            IllegalArgumentException.class,
            () -> renderer.render("WEB-INF/config/opencms-sites.xml", "${port} ${prot}"));
        assertTrue(e.getMessage().contains("${prot}"), e.getMessage());
        assertTrue(e.getMessage().contains("WEB-INF/config/opencms-sites.xml"), e.getMessage());
    }

    @Test
    void placeholderNamesAreCaseSensitive() {

        // ${Port} is a typo, not ${port}
        assertThrows(IllegalArgumentException.class, () -> new TemplateRenderer(Map.of("port", "1")).render("t", "${Port}"));
        assertThrows(IllegalArgumentException.class, () -> new TemplateRenderer(Map.of()).render("t", "${context_name}"));
    }

    @Test
    void valuesWithDollarAndBackslashAreInsertedLiterally() {

        Map<String, String> values = Map.of(
            "password", "a$1\\b$\\",
            "path", "C:\\data\\$0\\",
            "group", "$2");
        assertEquals(
            "pw=a$1\\b$\\ dir=C:\\data\\$0\\ g=$2",
            new TemplateRenderer(values).render("t", "pw=${password} dir=${path} g=${group}"));
    }

    @Test
    void valuesThatLookLikePlaceholdersAreNotRenderedAgain() {

        // a value is inserted as it is: neither expanded further nor checked as a placeholder
        assertEquals(
            "x=${y} ${unknown}",
            new TemplateRenderer(Map.of("x", "${y} ${unknown}", "y", "Y")).render("t", "x=${x}"));
    }

    @Test
    void valuesAreCopied() {

        Map<String, String> values = new HashMap<>(Map.of("a", "1"));
        TemplateRenderer renderer = new TemplateRenderer(values);
        values.put("a", "2");
        assertEquals("1", renderer.render("t", "${a}"));
    }
}
