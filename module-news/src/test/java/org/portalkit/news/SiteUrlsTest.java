package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteUrlsTest {

    @Test
    void originsLeaveOutDefaultPorts() {
        assertEquals("https://sldtbxh.kontum.gov.vn", SiteUrls.origin("https", "SLDTBXH.kontum.gov.vn", 443));
        assertEquals("http://127.0.0.1:8080", SiteUrls.origin("HTTP", "127.0.0.1", 8080));
        assertEquals("http://[::1]:8080", SiteUrls.origin("http", "[::1]", 8080));
        assertEquals("http://localhost", SiteUrls.origin("http", "localhost", 80));
    }

    @Test
    void unusableRequestPartsGiveNoOrigin() {
        assertNull(SiteUrls.origin("ftp", "example.org", 21));
        assertNull(SiteUrls.origin("http", "evil.example/x", 80));
        assertNull(SiteUrls.origin("http", "a b", 80));
        assertNull(SiteUrls.origin("http", "\"><script>", 80));
        assertNull(SiteUrls.origin("http", "-bad-.example", 80));
        assertNull(SiteUrls.origin("http", null, 80));
        assertNull(SiteUrls.origin("http", "example.org", 70000));
    }

    @Test
    void linksBecomeAbsolute() {
        String origin = "https://so.example.gov.vn";
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
