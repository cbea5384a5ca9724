package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlFragmentTest {

    @TempDir
    Path base;

    @Test
    void keepsTheChildrenOfTheRootVerbatim() throws Exception {
        Path file = TestModules.write(base, "resourcetypes.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- news types -->
            <resourcetypes>
                <type class="org.opencms.file.types.CmsResourceTypeXmlContent" name="pk-news" id="7001">
                    <param name="schema">/system/modules/org.portalkit.news/schemas/news.xsd</param>
                </type>
            </resourcetypes>
            """);

        XmlFragment fragment = XmlFragment.readIfPresent(file, "resourcetypes", "type");

        assertEquals("    <type class=\"org.opencms.file.types.CmsResourceTypeXmlContent\" name=\"pk-news\" id=\"7001\">\n"
            + "        <param name=\"schema\">/system/modules/org.portalkit.news/schemas/news.xsd</param>\n"
            + "    </type>", fragment.innerXml());
    }

    @Test
    void anEmptyRootGivesAnEmptyFragment() throws Exception {
        XmlFragment fragment = XmlFragment.parse("<explorertypes/>", "x", "explorertypes", "explorertype");

        assertTrue(fragment.isEmpty());
    }

    @Test
    void aMissingFileGivesNoFragment() throws Exception {
        assertNull(XmlFragment.readIfPresent(base.resolve("none.xml"), "resourcetypes", "type"));
    }

    @Test
    void failsClearlyOnMalformedXml() {
        Path file = TestModules.write(base, "resourcetypes.xml", "<resourcetypes>\n  <type name=\"x\">\n</resourcetypes>\n");

        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> XmlFragment.readIfPresent(file, "resourcetypes", "type"));

        assertTrue(e.getMessage().contains("resourcetypes.xml is not well-formed XML (line 3"), e.getMessage());
    }

    @Test
    void failsClearlyOnAWrongRoot() {
        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> XmlFragment.parse("<types><type/></types>", "resourcetypes.xml", "resourcetypes", "type"));

        assertTrue(e.getMessage().contains("must have the single root element <resourcetypes>"), e.getMessage());
    }

    @Test
    void failsClearlyOnAnUnexpectedChild() {
        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> XmlFragment.parse("<explorertypes><type/></explorertypes>", "explorertypes.xml", "explorertypes",
                "explorertype"));

        assertTrue(e.getMessage().contains("may only contain <explorertype>"), e.getMessage());
    }
}
