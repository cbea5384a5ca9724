package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ModuleFiles;

/** The tag file documents its attribute and CSS classes; the pom exports the tags folder to the tag dir. */
class TagFilesTest {

    static final String TAG_DIR = "/WEB-INF/tags/portalkit-banners";

    @Test
    void theZoneTagDocumentsItsAttributeAndIncludesTheZoneElement() {
        List<Path> tags = ModuleFiles.files(BannersModule.FILES.folder().resolve("tags"), ".tag");
        assertFalse(tags.isEmpty());
        String text = ModuleFiles.read(tags.get(0));
        assertTrue(text.startsWith("<%--"));
        String doc = text.substring(0, text.indexOf("--%>"));
        assertTrue(doc.contains("pkb:zone"));
        assertTrue(doc.contains("CSS classes:"));
        assertTrue(doc.matches("(?s).*\\n\\s*name\\s+java\\.lang\\.String\\s+required\\s.*"));
        assertTrue(text.contains("<%@ attribute name=\"name\" required=\"true\" type=\"java.lang.String\""));
        assertTrue(doc.matches("(?s).*\\n\\s*mode\\s+java\\.lang\\.String\\s+optional\\s.*"));
        assertTrue(text.contains("<cms:include page=\"/system/modules/org.portalkit.banners/elements/zone.jsp\">"
            + "<cms:param name=\"zone\" value=\"${name}\"/><cms:param name=\"mode\" value=\"${mode}\"/></cms:include>"));
    }

    @Test
    void thePomExportsTheTagFolderToTheTagDir() {
        String pom = ModuleFiles.read(Paths.get("pom.xml")).replaceAll("\\s+", "");
        assertTrue(pom.contains("<exportPoint><uri>/system/modules/${opencms.module.name}/tags/</uri><destination>"
            + TAG_DIR.substring(1) + "/</destination></exportPoint>"), "export point tags/ -> " + TAG_DIR);
    }
}
