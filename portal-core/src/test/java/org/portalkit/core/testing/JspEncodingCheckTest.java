package org.portalkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JspEncodingCheckTest {

    private final JspEncodingCheck m_check = new JspEncodingCheck(Set.of("${' '}"), "pkx");

    @Test
    void encodedAndTagValuesPassRawOnesAreNamed(@TempDir Path dir) throws Exception {
        Path jsp = dir.resolve("a.jsp");
        Files.writeString(jsp, String.join("\n",
            "<c:set var=\"v\" value=\"<%= Bean.of(pageContext) %>\"/>",
            "<p>${fn:escapeXml(v.title)}</p><c:out value=\"${v.text}\"/>${' '}",
            "<pkx:item item=\"${v.item}\"/><cms:include file=\"${v.file}\"/>",
            "<p>${v.raw}</p><a href=\"${v.href}\">x</a>",
            "<p><%= v.other %></p>"), StandardCharsets.UTF_8);
        assertEquals(List.of("a.jsp: ${v.raw}", "a.jsp: ${v.href}", "a.jsp: <%= outside a tag attribute"),
            m_check.violations(List.of(jsp)));
    }

    @Test
    void anExpressionAfterAClosedTagIsNotInsideIt(@TempDir Path dir) throws Exception {
        Path jsp = dir.resolve("b.jsp");
        Files.writeString(jsp, "<c:if test=\"${x}\">${x.raw}</c:if><span class=\"${x.cls}\">", StandardCharsets.UTF_8);
        assertEquals(List.of("b.jsp: ${x.raw}", "b.jsp: ${x.cls}"), m_check.violations(List.of(jsp)));
        assertEquals(List.of("b.jsp: ${x.raw}", "b.jsp: ${x.cls}"),
            new JspEncodingCheck(Set.of(), "c").violations(List.of(jsp)), "the module's prefix adds nothing to c:");
    }
}
