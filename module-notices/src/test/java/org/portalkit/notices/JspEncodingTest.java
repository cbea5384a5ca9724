package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.JspEncodingCheck;

/**
 * Every expression a notice JSP writes into the page is encoded ({@code c:out}, {@code fn:escapeXml}, attributes of
 * JSTL tags), except the values the Java side made safe: the sanitized body and the JSON-LD.
 */
class JspEncodingTest {

    private static final Set<String> SAFE_BY_CONSTRUCTION = Set.of("${notice.bodyHtml}", "${notice.jsonLd}",
        "${' '}");

    @Test
    void everyWrittenExpressionIsEncoded() {
        List<Path> jsps = JspEncodingCheck.files(NoticesModule.FILES.folder(), ".jsp");
        assertEquals(7, jsps.size(), jsps.toString());
        assertEquals(List.of(), new JspEncodingCheck(SAFE_BY_CONSTRUCTION, "pkt").violations(jsps));
    }
}
