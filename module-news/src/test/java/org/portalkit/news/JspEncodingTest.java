package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.JspEncodingCheck;

/**
 * Every expression a news JSP or tag file writes into the page is encoded: it is an attribute of a JSTL tag
 * ({@code c:out} escapes, {@code c:if}/{@code c:set}/{@code c:forEach} write nothing) or of one of the module's own
 * tags ({@code pkn:}, typed attributes that the tag file encodes), or wrapped in {@code fn:escapeXml}, or one of
 * the few values the Java side has already made safe (sanitized rich text, the encoded footer, JSON-LD).
 */
class JspEncodingTest {

    private static final Set<String> SAFE_BY_CONSTRUCTION = Set.of("${section.html}", "${news.footerHtml}",
        "${news.jsonLd}", "${' '}");

    @Test
    void everyWrittenExpressionIsEncoded() {
        List<Path> jsps = new ArrayList<>(JspEncodingCheck.files(NewsModule.FILES.folder(), ".jsp"));
        assertEquals(10, jsps.size(), jsps.toString());
        List<Path> tags = JspEncodingCheck.files(NewsModule.FILES.folder().resolve("tags"), ".tag");
        assertEquals(1, tags.size(), tags.toString());
        jsps.addAll(tags);
        assertEquals(List.of(), new JspEncodingCheck(SAFE_BY_CONSTRUCTION, "pkn").violations(jsps));
    }
}
