package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class ClickTargetTest {

    private static final UnaryOperator<String> SUBSTITUTION = path -> "/opencms" + path;

    @Test
    void absoluteLinksAsStoredSitePathsThroughTheLinkSubstitution() {
        assertEquals("https://dichvucong.gov.vn/", ClickTarget.location(" https://dichvucong.gov.vn/ ", SUBSTITUTION));
        assertEquals("http://chinhphu.vn/?a=1#b", ClickTarget.location("http://chinhphu.vn/?a=1#b", SUBSTITUTION));
        assertEquals("/opencms/tin-tuc/", ClickTarget.location("/tin-tuc/", SUBSTITUTION));
        assertEquals("/opencms/tim-kiem/?q=a#k", ClickTarget.location("/tim-kiem/?q=a#k", SUBSTITUTION));
        assertEquals("/opencms/x/#y?z", ClickTarget.location("/x/#y?z", SUBSTITUTION));
    }

    @Test
    void unsafeStoredLinksGiveNoTarget() {
        for (String bad : new String[] {null, "", "javascript:alert(1)", "//evil.com", "/\\evil.com", "http://a@b",
            "data:text/html,x", "/a\nb", "/%2F%2Fevil.com"}) {
            assertNull(ClickTarget.location(bad, SUBSTITUTION), bad);
        }
    }

    @Test
    void whatTheSubstitutionWritesIsCheckedToo() {
        assertNull(ClickTarget.location("/x", path -> "//evil.com" + path));
        assertNull(ClickTarget.location("/x", path -> null));
        assertNull(ClickTarget.location("/x", path -> ""));
        assertEquals("https://portal.gov.vn/x", ClickTarget.location("/x", path -> "https://portal.gov.vn" + path));
    }
}
