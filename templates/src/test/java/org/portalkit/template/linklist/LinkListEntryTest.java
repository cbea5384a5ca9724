package org.portalkit.template.linklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The items of a link list: safe links (site paths through the link substitution, absolute URLs as they are), unsafe
 * stored links shown as text (no link, no new window), blank texts left out; the checks of the element's settings.
 */
class LinkListEntryTest {

    private static final UnaryOperator<String> SITE = path -> "/opencms" + path;

    @Test
    void siteAndAbsoluteLinks() {
        LinkListEntry site = LinkListEntry.of(" Giới thiệu ", " /gioi-thieu/ ", false, "", SITE);
        assertEquals("Giới thiệu", site.getText());
        assertEquals("/opencms/gioi-thieu/", site.getHref());
        assertTrue(site.isLink());
        assertFalse(site.isNewWindow());
        LinkListEntry external = LinkListEntry.of("Cổng Dịch vụ công Quốc gia", "https://dichvucong.gov.vn/", true,
            "/opencms/x.png?__scale=w:24,h:24,t:0", SITE);
        assertEquals("https://dichvucong.gov.vn/", external.getHref());
        assertTrue(external.isNewWindow());
        assertEquals("/opencms/x.png?__scale=w:24,h:24,t:0", external.getIcon());
    }

    @Test
    void unsafeStoredLinksAreText() {
        for (String bad : new String[] {"javascript:alert(1)", " JavaScript:alert(document.cookie)", "data:text/html,x",
            "vbscript:x", "//evil.example/", "/\\evil.example", "http://a@evil.example/", "/a\nb", "/%2F%2Fevil",
            "/\"onmouseover=alert(1)", "gioi-thieu/", "", "   ", null}) {
            LinkListEntry entry = LinkListEntry.of("Liên hệ", bad, true, "", path -> {
                throw new AssertionError("no substitution for " + bad);
            });
            assertEquals("Liên hệ", entry.getText(), String.valueOf(bad));
            assertEquals("", entry.getHref(), String.valueOf(bad));
            assertFalse(entry.isLink(), String.valueOf(bad));
            assertFalse(entry.isNewWindow(), "no target without a link: " + bad);
        }
    }

    @Test
    void blankTextsAreLeftOut() {
        assertNull(LinkListEntry.of(" \n", "/lien-he/", false, "", SITE));
        assertNull(LinkListEntry.of(null, "/lien-he/", false, "", SITE));
    }

    @Test
    void elementPathSettings() {
        assertEquals("/.content/linklists/thong-tin-chung.xml",
            LinkLists.sitePath(" /.content/linklists/thong-tin-chung.xml "));
        for (String bad : new String[] {null, "", " ", "thong-tin-chung.xml", "//evil/x.xml", "/a/../b.xml",
            "/a\\b.xml", "/a\u0000.xml", "/" + "x".repeat(LinkLists.MAX_PATH)}) {
            assertNull(LinkLists.sitePath(bad), String.valueOf(bad));
        }
        assertTrue(LinkLists.inSite("/sites/default", "/sites/default/.content/linklists/a.xml"));
        assertFalse(LinkLists.inSite("/sites/default", "/sites/defaultx/a.xml"));
        assertFalse(LinkLists.inSite("/sites/default", "/sites/other/a.xml"));
        assertFalse(LinkLists.inSite("/sites/default", "/shared/a.xml"));
        assertFalse(LinkLists.inSite("/sites/default", "/system/modules/a.xml"));
        assertFalse(LinkLists.inSite("", "/sites/default/a.xml"));
    }

    @Test
    void iconNames() {
        for (String ok : new String[] {"a.png", "a.JPG", "a.jpeg", "a.webp", "a.gif"}) {
            assertTrue(LinkLists.isImageName(ok), ok);
        }
        for (String bad : new String[] {"a.svg", "a.SVG", "a.svgz", ".png", "png", "a.png.exe", null}) {
            assertFalse(LinkLists.isImageName(bad), String.valueOf(bad));
        }
    }
}
