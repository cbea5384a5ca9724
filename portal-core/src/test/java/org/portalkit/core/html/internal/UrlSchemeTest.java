package org.portalkit.core.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlSchemeTest {

    @Test
    void readsTheScheme() {
        assertEquals("https", UrlScheme.of("HTTPS://example.vn/"));
        assertEquals("javascript", UrlScheme.of(" javascript:alert(1)"));
        assertEquals("data", UrlScheme.of("data:image/png;base64,AAAA"));
        assertEquals("", UrlScheme.of("/a:b"));
        assertEquals("", UrlScheme.of("a/b:c"));
        assertEquals("", UrlScheme.of("?q=a:b"));
        assertEquals("", UrlScheme.of("#x:y"));
        assertEquals("", UrlScheme.of("anh.jpg"));
    }

    @Test
    void externalMeansAbsoluteWebUrl() {
        assertTrue(UrlScheme.isExternalWebUrl("http://a.vn"));
        assertTrue(UrlScheme.isExternalWebUrl("https://a.vn"));
        assertTrue(UrlScheme.isExternalWebUrl("//a.vn/x"));
        assertFalse(UrlScheme.isExternalWebUrl("/tin-tuc/"));
        assertFalse(UrlScheme.isExternalWebUrl("mailto:a@b.vn"));
        assertFalse(UrlScheme.isExternalWebUrl("trang.html"));
    }
}
