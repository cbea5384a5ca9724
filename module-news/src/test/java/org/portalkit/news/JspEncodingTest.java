package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every expression a news JSP or tag file writes into the page is encoded: it is an attribute of a JSTL tag
 * ({@code c:out} escapes, {@code c:if}/{@code c:set}/{@code c:forEach} write nothing) or of one of the module's own
 * tags ({@code pkn:}, typed attributes that the tag file encodes), or wrapped in {@code fn:escapeXml}, or one of
 * the few values the Java side has already made safe (sanitized rich text, the encoded footer, JSON-LD).
 */
class JspEncodingTest {

    private static final Set<String> SAFE_BY_CONSTRUCTION = Set.of("${section.html}", "${news.footerHtml}",
        "${news.jsonLd}", "${' '}");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");

    @Test
    void everyWrittenExpressionIsEncoded() {
        List<Path> jsps = new ArrayList<>(ModuleFiles.files(ModuleFiles.MODULE_FOLDER, ".jsp"));
        assertEquals(10, jsps.size(), jsps.toString());
        List<Path> tags = ModuleFiles.files(ModuleFiles.MODULE_FOLDER.resolve("tags"), ".tag");
        assertEquals(1, tags.size(), tags.toString());
        jsps.addAll(tags);
        List<String> unencoded = new ArrayList<>();
        for (Path jsp : jsps) {
            String text = ModuleFiles.read(jsp);
            Matcher m = EXPRESSION.matcher(text);
            while (m.find()) {
                String expression = m.group();
                if (SAFE_BY_CONSTRUCTION.contains(expression) || expression.startsWith("${fn:escapeXml(")
                    || insideJstlTag(text, m.start())) {
                    continue;
                }
                unencoded.add(jsp.getFileName() + ": " + expression);
            }
            int scriptlet = text.indexOf("<%=");
            while (scriptlet >= 0) {
                assertTrue(insideJstlTag(text, scriptlet), jsp + ": <%= outside a JSTL attribute");
                scriptlet = text.indexOf("<%=", scriptlet + 1);
            }
        }
        assertEquals(List.of(), unencoded);
    }

    private static boolean insideJstlTag(String text, int position) {
        int open = text.lastIndexOf('<', position - 1);
        while (open >= 0 && text.startsWith("<%", open)) {
            open = text.lastIndexOf('<', open - 1);
        }
        if (open < 0 || !(text.startsWith("<c:", open) || text.startsWith("<pkn:", open))) {
            return false;
        }
        String between = text.substring(open, position);
        return between.indexOf('>') < 0 || between.lastIndexOf('>') < between.lastIndexOf("%>") + 2
            && !between.substring(between.lastIndexOf("%>") + 2).contains(">");
    }
}
