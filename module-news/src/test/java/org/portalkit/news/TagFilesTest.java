package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ModuleFiles;

/**
 * The module's JSP tag files: each documents its attributes in the comment it starts with, the JSPs that use them
 * declare the tag folder the export point writes them to, and the pom configures that export point.
 */
class TagFilesTest {

    static final String TAG_DIR = "/WEB-INF/tags/portalkit-news";

    private static final Pattern ATTRIBUTE = Pattern.compile(
        "<%@\\s*attribute\\s+name=\"([A-Za-z]+)\"\\s+required=\"(true|false)\"[^%]*type=\"([\\w.]+)\"");

    private static final Pattern TAG_USE = Pattern.compile("<pkn:([a-z-]+)[\\s/>]");

    private static List<Path> tagFiles() {
        return ModuleFiles.files(NewsModule.FILES.folder().resolve("tags"), ".tag");
    }

    @Test
    void everyTagDocumentsEveryAttributeWithTypeAndWhetherRequired() {
        assertFalse(tagFiles().isEmpty());
        for (Path tag : tagFiles()) {
            String text = ModuleFiles.read(tag);
            assertTrue(text.startsWith("<%--"), tag + " starts with its documentation comment");
            String doc = text.substring(0, text.indexOf("--%>"));
            String name = tag.getFileName().toString().replace(".tag", "");
            assertTrue(doc.contains("pkn:" + name), tag + " names its tag");
            assertTrue(doc.contains("CSS classes:"), tag + " lists its CSS classes");
            Matcher m = ATTRIBUTE.matcher(text);
            int attributes = 0;
            while (m.find()) {
                attributes++;
                Matcher line = Pattern.compile("\\n\\s*" + m.group(1) + "\\s+" + Pattern.quote(m.group(3)) + "\\s+"
                    + ("true".equals(m.group(2)) ? "required" : "optional") + "\\s").matcher(doc);
                assertTrue(line.find(), tag + ": attribute " + m.group(1) + " documented as '" + m.group(1) + "  "
                    + m.group(3) + "  " + ("true".equals(m.group(2)) ? "required" : "optional") + "'");
            }
            assertTrue(attributes > 0, tag + " declares typed attributes");
            assertEquals(count(text, "<%@ attribute"), attributes, tag + ": every attribute has required and type");
        }
    }

    @Test
    void everyJspUsingATagDeclaresTheExportedTagFolder() {
        List<String> tags = new ArrayList<>();
        tagFiles().forEach(t -> tags.add(t.getFileName().toString().replace(".tag", "")));
        int users = 0;
        for (Path jsp : ModuleFiles.files(NewsModule.FILES.folder(), ".jsp")) {
            String text = ModuleFiles.read(jsp);
            Matcher use = TAG_USE.matcher(text);
            boolean uses = false;
            while (use.find()) {
                uses = true;
                assertTrue(tags.contains(use.group(1)), jsp + " uses pkn:" + use.group(1) + ", which is no tag file");
            }
            boolean declares = text.contains("<%@ taglib prefix=\"pkn\" tagdir=\"" + TAG_DIR + "\"");
            assertEquals(uses, declares, jsp + ": taglib pkn declared exactly when used");
            users += uses ? 1 : 0;
        }
        assertEquals(4, users, "latest-news, most-read, news-detail and news-compact use pkn:item");
    }

    @Test
    void thePomExportsTheTagFolderToTheTagDir() {
        String pom = ModuleFiles.read(Paths.get("pom.xml")).replaceAll("\\s+", "");
        assertTrue(pom.contains("<exportPoint><uri>/system/modules/${opencms.module.name}/tags/</uri><destination>"
            + TAG_DIR.substring(1) + "/</destination></exportPoint>"), "export point tags/ -> " + TAG_DIR);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
