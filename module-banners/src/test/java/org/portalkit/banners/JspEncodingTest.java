package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.JspEncodingCheck;
import org.portalkit.core.testing.ModuleFiles;

/**
 * Every expression a banner JSP or tag file writes into the page is encoded ({@code c:out}, {@code fn:escapeXml},
 * or an attribute of a JSTL/OpenCms tag), and each JSP calls exactly one static method of {@link BannerPages} and
 * has no other scriptlet.
 */
class JspEncodingTest {

    @Test
    void everyWrittenExpressionIsEncoded() {
        List<Path> jsps = new ArrayList<>(JspEncodingCheck.files(BannersModule.FILES.folder(), ".jsp"));
        assertEquals(3, jsps.size(), jsps.toString());
        List<Path> tags = JspEncodingCheck.files(BannersModule.FILES.folder().resolve("tags"), ".tag");
        assertEquals(1, tags.size(), tags.toString());
        jsps.addAll(tags);
        assertEquals(List.of(), new JspEncodingCheck(Set.of(), "pkb").violations(jsps));
    }

    @Test
    void eachJspCallsOneEntryPointAndHasNoOtherScriptlet() {
        for (Path jsp : JspEncodingCheck.files(BannersModule.FILES.folder(), ".jsp")) {
            String text = ModuleFiles.read(jsp);
            assertEquals(1, count(text, "<%= BannerPages."), jsp.toString());
            assertEquals(0, count(text, "<% "), jsp + ": no statement scriptlets");
            assertEquals(0, count(text, "<%!"), jsp + ": no declarations");
            assertEquals(0, count(text, "c:catch"), jsp + ": no c:catch");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
