package org.portalkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.portalkit.core.url.SafeLink;

class LoginLinkTest {

    @Test
    void withoutThePropertyTheLinkLeadsToTheWorkplaceLogin() {
        assertEquals("/system/login/", LoginLink.target(null).link());
        assertEquals(SafeLink.Kind.SITE_PATH, LoginLink.target(null).kind());
        assertEquals("/system/login/", LoginLink.target("  ").link());
    }

    @Test
    void noneSwitchesItOff() {
        assertNull(LoginLink.target("none"));
        assertNull(LoginLink.target(" NONE \n"));
    }

    @Test
    void aSiteMayNameAnotherSafeLink() {
        assertEquals("https://dichvucong.kontum.gov.vn/dang-nhap", LoginLink.target(" https://dichvucong.kontum.gov.vn/dang-nhap ").link());
        assertEquals(SafeLink.Kind.ABSOLUTE, LoginLink.target("https://dichvucong.kontum.gov.vn/").kind());
        assertEquals("/dang-nhap/", LoginLink.target("/dang-nhap/").link());
    }

    @Test
    void unsafeLinksGiveNoLink() {
        for (String bad : new String[] {"javascript:alert(1)", "//evil.example/", "dang-nhap", "http://a@evil.example/",
            "/\\evil", "data:text/html,x"}) {
            assertNull(LoginLink.target(bad), bad);
        }
    }

    @Test
    void theTextIsTranslated() {
        assertEquals("Đăng Nhập", Messages.get("login.link", Locale.forLanguageTag("vi")));
        assertEquals("Log in", Messages.get("login.link", Locale.ENGLISH));
    }
}
