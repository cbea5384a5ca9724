package org.portalkit.core.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteUrlsTest {

    @Test
    void linksBecomeAbsolute() {
        Origin origin = Origin.parse("https://so.example.gov.vn");
        assertEquals("https://so.example.gov.vn/opencms/tin-tuc/a", SiteUrls.absolute(origin, "/opencms/tin-tuc/a"));
        assertEquals("https://other.example/x", SiteUrls.absolute(origin, "https://other.example/x"));
        assertNull(SiteUrls.absolute(origin, "//evil.example/x"));
        assertNull(SiteUrls.absolute(origin, "javascript:alert(1)"));
        assertNull(SiteUrls.absolute(origin, "relative/path"));
        assertNull(SiteUrls.absolute(origin, "/a\"b"));
        assertNull(SiteUrls.absolute(origin, ""));
        assertNull(SiteUrls.absolute(null, "/x"));
    }

    @Test
    void onlyPlainHttpUrlsCount() {
        assertTrue(SiteUrls.isHttpUrl("https://baokontum.com.vn/tin-tuc?id=1"));
        assertTrue(SiteUrls.isHttpUrl("HTTP://example.org"));
        assertFalse(SiteUrls.isHttpUrl("javascript:alert(1)"));
        assertFalse(SiteUrls.isHttpUrl("http://"));
        assertFalse(SiteUrls.isHttpUrl("https://a.example/\"onmouseover=alert(1)"));
        assertFalse(SiteUrls.isHttpUrl("https://a.example/<x>"));
        assertFalse(SiteUrls.isHttpUrl("mailto:a@example.org"));
        assertFalse(SiteUrls.isHttpUrl(null));
    }
}
