package org.portalkit.core.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteOriginTest {

    /** Like the demo portal: site http://127.0.0.1:8080, alias http://localhost:8080. */
    private static final SiteOrigin DEMO =
        SiteOrigin.of(Origin.parse("http://127.0.0.1:8080"), List.of(Origin.parse("http://localhost:8080")));

    /** A public site behind a TLS proxy, with a second name. */
    private static final SiteOrigin PUBLIC = SiteOrigin.of(Origin.parse("https://portal.example.gov.vn"),
        List.of(Origin.parse("https://www.portal.example.gov.vn")));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:8080", "HTTP://LOCALHOST:8080",
        "http://127.0.0.1:8080/", " http://127.0.0.1:8080 "})
    void theSitesOwnOriginsAndAliasesAreFromTheSite(String origin) {
        assertTrue(DEMO.isFromSite(origin, null, null), origin);
        assertTrue(DEMO.isFromSite(origin, "https://evil.example/", "same-origin"), "the Origin header decides: " + origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8081", "https://127.0.0.1:8080", "http://127.0.0.1", "http://127.0.0.1:80",
        "http://localhost:8081", "https://localhost:8080", "http://localhost", "http://evil.example",
        "http://127.0.0.1.evil.example:8080", "http://evil.example:8080", "http://[::1]:8080", "null", "", "garbage",
        "127.0.0.1:8080", "http://127.0.0.1:8080/tin-tuc/", "http://user@127.0.0.1:8080",
        "http://127.0.0.1:8080, http://evil.example", "http://127.0.0.1:8080 http://localhost:8080"})
    void everyOtherOriginIsNot(String origin) {
        assertFalse(DEMO.isFromSite(origin, null, null), origin);
        assertFalse(DEMO.isFromSite(origin, "http://127.0.0.1:8080/tin-tuc/", null), "a Referer cannot make up for " + origin);
    }

    @Test
    void defaultPortsAreTheSameOriginWrittenEitherWay() {
        assertTrue(PUBLIC.isFromSite("https://portal.example.gov.vn:443", null, null));
        assertTrue(PUBLIC.isFromSite("https://www.portal.example.gov.vn", null, null));
        assertFalse(PUBLIC.isFromSite("http://portal.example.gov.vn", null, null), "the site's host over plain HTTP");
        assertFalse(PUBLIC.isFromSite("http://portal.example.gov.vn:443", null, null));
        assertFalse(PUBLIC.isFromSite("https://portal.example.gov.vn:8443", null, null));
        assertFalse(PUBLIC.isFromSite("https://example.gov.vn", null, null), "the parent domain");
        assertFalse(PUBLIC.isFromSite("https://evil.portal.example.gov.vn", null, null), "a sub-domain");
    }

    @Test
    void anIpv6SiteMatchesItsAddressInAnyNotation() {
        SiteOrigin site = SiteOrigin.of(Origin.parse("http://[2001:db8::1]:8080"), List.of());
        assertTrue(site.isFromSite("http://[2001:db8::1]:8080", null, null));
        assertTrue(site.isFromSite("http://[2001:DB8:0:0:0:0:0:1]:8080", null, null));
        assertFalse(site.isFromSite("http://[2001:db8::2]:8080", null, null));
        assertFalse(site.isFromSite("http://[2001:db8::1]", null, null));
    }

    @Test
    void withoutOriginTheReferersOriginDecides() {
        assertTrue(DEMO.isFromSite(null, "http://127.0.0.1:8080/tin-tuc/a?page=2", null));
        assertTrue(DEMO.isFromSite(null, "http://localhost:8080/", null));
        assertFalse(DEMO.isFromSite(null, "http://127.0.0.1:8081/tin-tuc/a", null), "another port");
        assertFalse(DEMO.isFromSite(null, "https://127.0.0.1:8080/tin-tuc/a", null), "another scheme");
        assertFalse(DEMO.isFromSite(null, "http://evil.example/?http://127.0.0.1:8080/", null));
        assertFalse(DEMO.isFromSite(null, "http://127.0.0.1:8080@evil.example/", null));
        assertFalse(DEMO.isFromSite(null, "/tin-tuc/a", null), "a relative Referer has no origin");
        assertFalse(DEMO.isFromSite(null, "", null));
        assertFalse(DEMO.isFromSite(null, "android-app://com.example/", null));
    }

    @Test
    void aRequestWithNeitherCountsAsTheSitesOwnUnlessTheBrowserSaysCrossSite() {
        assertTrue(DEMO.isFromSite(null, null, null));
        assertTrue(DEMO.isFromSite(null, null, "same-origin"));
        assertTrue(DEMO.isFromSite(null, null, "none"));
        assertFalse(DEMO.isFromSite(null, null, "cross-site"));
        assertFalse(DEMO.isFromSite(null, null, "Cross-Site"));
        assertFalse(DEMO.isFromSite("http://127.0.0.1:8080", null, "cross-site"), "the browser's own verdict wins");
    }

    @Test
    void theRequestsHeadersAreRead() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Host")).thenReturn("evil.example");
        when(request.getServerName()).thenReturn("evil.example");
        when(request.getHeader("Origin")).thenReturn("http://evil.example");
        assertFalse(DEMO.isFromSite(request), "the request's own host plays no part");
        when(request.getHeader("Origin")).thenReturn("http://localhost:8080");
        assertTrue(DEMO.isFromSite(request));
        when(request.getHeader("Origin")).thenReturn(null);
        when(request.getHeader("Referer")).thenReturn("http://evil.example/");
        assertFalse(DEMO.isFromSite(request));
        when(request.getHeader("Referer")).thenReturn(null);
        when(request.getHeader("Sec-Fetch-Site")).thenReturn("cross-site");
        assertFalse(DEMO.isFromSite(request));
    }

    @Test
    void absoluteUrlsUseThePrimaryOrigin() {
        assertEquals("http://127.0.0.1:8080/opencms/tin-tuc/a", DEMO.absolute("/opencms/tin-tuc/a"));
        assertNull(DEMO.absolute("//evil.example/x"));
        assertNull(DEMO.absolute("http://evil.example/x"));
        SiteOrigin none = SiteOrigin.of(null, List.of());
        assertNull(none.primary());
        assertNull(none.absolute("/x"));
        assertFalse(none.isFromSite("http://127.0.0.1:8080", null, null));
        assertEquals(List.of(), none.origins());
    }

    @Test
    void originsAreListedOnceWithThePrimaryFirst() {
        Origin primary = Origin.parse("https://portal.example.gov.vn");
        SiteOrigin site = SiteOrigin.of(primary, Arrays.asList(Origin.parse("http://portal.example.gov.vn"), null,
            Origin.parse("https://portal.example.gov.vn:443/"), Origin.parse("https://www.portal.example.gov.vn")));
        assertEquals(primary, site.primary());
        assertEquals("[https://portal.example.gov.vn, http://portal.example.gov.vn, https://www.portal.example.gov.vn]",
            site.origins().toString());
        assertTrue(site.contains(Origin.parse("http://portal.example.gov.vn")));
        assertFalse(site.contains(null));
    }
}
