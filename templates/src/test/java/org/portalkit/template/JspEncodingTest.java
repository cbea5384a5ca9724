package org.portalkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.JspEncodingCheck;

/**
 * Every expression a template JSP or tag file writes into the page is encoded: it is an attribute of a JSTL tag
 * ({@code c:out} escapes; {@code c:if}/{@code c:set}/{@code c:forEach} write nothing), of an OpenCms tag
 * ({@code cms:include}/{@code cms:param}) or of one of the module's own tags ({@code pkt:}, typed attributes that the
 * tag file encodes), or wrapped in {@code fn:escapeXml}; or one of the few values that are safe by construction (the
 * page intro: editor HTML that OpenCms stores as validated XHTML; a search snippet encoded by portal-core). Tag files document their attributes, and every
 * JSP that uses {@code pkt:} declares the exported tag folder.
 */
class JspEncodingTest {

    static final Path MODULE = Paths.get("src/main/vfs/system/modules/org.portalkit.template");
    /**
     * The page intro (validated XHTML), a space, and a search hit's snippet: portal-core's {@code Highlights} encodes
     * the whole text and adds only its own {@code <mark>} tags ({@code HighlightsTest}, {@code SearchIT}).
     */
    private static final Set<String> SAFE_BY_CONSTRUCTION = Set.of("${page.introHtml}", "${' '}",
        "${hit.snippetHtml}");

    static List<Path> files(String suffix) {
        return JspEncodingCheck.files(MODULE, suffix);
    }

    @Test
    void everyWrittenExpressionIsEncoded() throws IOException {
        List<Path> files = new ArrayList<>(files(".jsp"));
        assertTrue(files.size() >= 7, files.toString());
        List<Path> tags = files(".tag");
        assertEquals(5, tags.size(), tags.toString());
        files.addAll(tags);
        assertEquals(List.of(), new JspEncodingCheck(SAFE_BY_CONSTRUCTION, "pkt").violations(files));
    }

    @Test
    void tagFilesDocumentTheirAttributesAndJspsDeclareTheTagFolder() throws IOException {
        for (Path tag : files(".tag")) {
            String text = Files.readString(tag, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("<%--"), tag + " starts with its documentation");
            String doc = text.substring(0, text.indexOf("--%>"));
            Matcher attribute = Pattern.compile("attribute name=\"([^\"]+)\"").matcher(text);
            while (attribute.find()) {
                assertTrue(doc.contains(attribute.group(1) + " "), tag + " documents " + attribute.group(1));
            }
        }
        for (Path file : files(".jsp")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.contains("<pkt:")) {
                assertTrue(text.contains("taglib prefix=\"pkt\" tagdir=\"/WEB-INF/tags/portalkit-template\""), file.toString());
            }
        }
    }
}
