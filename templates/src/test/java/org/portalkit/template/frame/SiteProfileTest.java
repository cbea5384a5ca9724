package org.portalkit.template.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SiteProfileTest {

    private static SiteProfile profile(Map<String, String> values) {
        return SiteProfile.of(name -> SiteProfile.clip(values.get(name)));
    }

    @Test
    void contactLinksAreMadeOnlyOfWhatTheyCanBe() {
        SiteProfile p = profile(Map.of("pk.phone", " (0260) 3 862 123, 3 862 124 ", "pk.email", "so@kontum.gov.vn"));
        assertEquals("tel:02603862123", p.getPhoneHref());
        assertEquals("mailto:so@kontum.gov.vn", p.getEmailHref());
        assertEquals("tel:+842603862123", profile(Map.of("pk.phone", "+84 260 3862 123")).getPhoneHref());
        assertEquals("", profile(Map.of("pk.phone", "liên hệ văn phòng")).getPhoneHref());
        assertEquals("", profile(Map.of("pk.email", "a@b.vn, c@d.vn")).getEmailHref());
        assertEquals("", profile(Map.of("pk.email", "javascript:alert(1)//@x.vn")).getEmailHref());
        assertEquals("a@b.vn, c@d.vn", profile(Map.of("pk.email", "a@b.vn, c@d.vn")).getEmail(), "still shown as text");
    }

    @Test
    void theEmcBadgeNeedsASafeAbsoluteLinkAndAnImage() {
        Map<String, String> both = Map.of("pk.emc", "https://tinnhiemmang.vn/danh-ba-tin-nhiem/x", "pk.emc.image",
            "/.content/emc.png");
        assertEquals("https://tinnhiemmang.vn/danh-ba-tin-nhiem/x", profile(both).getEmc());
        assertEquals("/.content/emc.png", profile(both).getEmcImage());
        assertEquals("", profile(Map.of("pk.emc", "https://tinnhiemmang.vn/x")).getEmc(), "no image, no badge");
        assertEquals("", profile(Map.of("pk.emc", "javascript:alert(1)", "pk.emc.image", "/a.png")).getEmc());
        assertEquals("", profile(Map.of("pk.emc", "/local/", "pk.emc.image", "/a.png")).getEmc());
        assertEquals("", profile(Map.of("pk.emc", "https://x.vn/", "pk.emc.image", "/../a.png")).getEmcImage());
    }

    @Test
    void theCopyrightDefaultsToTheSiteNameAndTextsAreCapped() {
        assertEquals("© Cổng A", profile(Map.of("Title", "Cổng A")).getCopyright());
        assertEquals("", profile(Map.of()).getCopyright());
        assertEquals(300, profile(Map.of("pk.agency", "x".repeat(1000))).getAgency().length());
        assertEquals("", profile(Map.of("pk.emblem", "https://cdn.example/x.png")).getEmblem());
        assertEquals("/.content/a.svg", profile(Map.of("pk.emblem", "/.content/a.svg")).getEmblem());
    }
}
