package org.portalkit.core.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.portalkit.core.counter.internal.CountersDatabase;
import org.portalkit.core.counter.internal.MutableClock;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

class SiteVisitsTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";

    private static final SiteOrigin SITE =
        SiteOrigin.of(Origin.parse("https://sldtbxh.kontum.gov.vn"), List.of(Origin.parse("http://localhost:8080")));

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CloseableCounters counters =
        CounterService.create(CounterService.jdbcStore(new CountersDatabase()), Duration.ZERO);

    /** 08:00 in Vietnam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T01:00:00Z"));

    private final SiteVisits visits = new SiteVisits(counters, clock, VIETNAM);

    @AfterEach
    void close() {
        counters.close();
    }

    @Test
    void siteIdsComeFromTheSiteRootAndMakeValidKeys() {
        assertEquals("default", SiteVisits.siteId("/sites/default"));
        assertEquals("default", SiteVisits.siteId("/sites/default/"));
        assertEquals("so-ld.kontum", SiteVisits.siteId("/sites/so-ld/kontum"));
        assertEquals("root", SiteVisits.siteId(""));
        assertEquals("root", SiteVisits.siteId(null));
        assertEquals("tin_t_c", SiteVisits.siteId("/sites/Tin Tức"));
        String longId = SiteVisits.siteId("/sites/" + "a".repeat(500));
        assertEquals(SiteVisits.MAX_SITE_ID_LENGTH, longId.length());
        assertEquals("pk.site.visits.total.default", SiteVisits.totalKey("default"));
        assertEquals("pk.site.visits.day.default.2024-05-01", SiteVisits.dayKey("default", LocalDate.of(2024, 5, 1)));
        assertTrue(CounterKeys.isValid(SiteVisits.dayKey(longId, LocalDate.of(2024, 12, 31))));
    }

    @Test
    void theStartValueIsImportedOnceAndVisitsAddToIt() {
        visits.applyStartValue("default", 69533);
        assertEquals(new SiteVisits.Numbers(69533, 0, 0), visits.read("default"));
        assertEquals(new SiteVisits.Numbers(69534, 1, 1), visits.record(post("10.0.0.1", "A"), response(), "default", SITE));
        // applying it again (every request does) changes nothing
        visits.applyStartValue("default", 69533);
        counters.flush();
        visits.applyStartValue("default", 69533);
        assertEquals(69534, visits.read("default").total());
        // a fresh instance (a restart) applies it to the database again: idempotent, the counted visit stays
        SiteVisits restarted = new SiteVisits(counters, clock, VIETNAM);
        restarted.applyStartValue("default", 69533);
        assertEquals(69534, restarted.read("default").total());
        // 0 or less means no start value
        visits.applyStartValue("other", 0);
        assertEquals(0, visits.read("other").total());
        assertThrows(IllegalArgumentException.class, () -> visits.applyStartValue("big", 1L + Integer.MAX_VALUE));
    }

    @Test
    void aVisitorCountsOncePerThirtyMinutes() {
        assertEquals(1, visits.record(post("10.0.0.1", "A"), response(), "default", SITE).total());
        assertEquals(1, visits.record(post("10.0.0.1", "A"), response(), "default", SITE).total());
        clock.advance(Duration.ofMinutes(29));
        assertEquals(1, visits.record(post("10.0.0.7", "A"), response(), "default", SITE).total());
        // another visitor behind the same address counts; another site counts separately
        assertEquals(2, visits.record(post("10.0.0.1", "B"), response(), "default", SITE).total());
        assertEquals(1, visits.record(post("10.0.0.1", "A"), response(), "other", SITE).total());
        clock.advance(Duration.ofMinutes(3));
        assertEquals(new SiteVisits.Numbers(3, 3, 2), visits.record(post("10.0.0.1", "A"), response(), "default", SITE));
    }

    @Test
    void getsBotsEmptyAgentsAndOtherSitesOnlyRead() {
        visits.applyStartValue("default", 100);
        HttpServletResponse response = response();
        assertEquals(100, visits.record(request("GET", "10.0.0.1", FIREFOX, "A"), response, "default", SITE).total());
        assertEquals(100, visits.record(request("HEAD", "10.0.0.1", FIREFOX, "A"), response, "default", SITE).total());
        for (String agent : new String[] {"Mozilla/5.0 (compatible; Googlebot/2.1)", "HeadlessChrome/150.0", "", null,
            "curl/8.0"}) {
            assertEquals(100, visits.record(request("POST", "10.0.0.1", agent, null), response, "default", SITE).total());
        }
        HttpServletRequest crossSite = post("10.0.0.1", "A");
        when(crossSite.getHeader("Origin")).thenReturn("https://evil.example");
        assertEquals(new SiteVisits.Numbers(100, 0, 0), visits.record(crossSite, response, "default", SITE));
        verify(response, never()).addHeader(anyString(), anyString());
        // a POST from the site's own origin counts
        HttpServletRequest own = post("10.0.0.1", "A");
        when(own.getHeader("Origin")).thenReturn("http://localhost:8080");
        assertEquals(101, visits.record(own, response(), "default", SITE).total());
    }

    @Test
    void aLoopWithFreshCookiesAndAgentsAddsABoundedNumber() {
        long total = 0;
        for (int i = 0; i < 120; i++) {
            total = visits.record(request("POST", "203.0.113.9", FIREFOX + " rv:" + i, String.format("%022d", i)),
                response(), "default", SITE).total();
        }
        // within one minute: at most the per-address-and-site bound, far below 120
        assertEquals(SiteVisits.MAX_COUNTED_PER_ADDRESS_AND_SITE, total);
        // the refused requests made nobody online
        assertEquals(SiteVisits.MAX_COUNTED_PER_ADDRESS_AND_SITE, visits.online("default"));
        // another address is not affected
        assertEquals(SiteVisits.MAX_COUNTED_PER_ADDRESS_AND_SITE + 1,
            visits.record(post("203.0.113.10", "Z"), response(), "default", SITE).total());
        // an hour later the address counts again
        clock.advance(Duration.ofMinutes(61));
        assertEquals(SiteVisits.MAX_COUNTED_PER_ADDRESS_AND_SITE + 2,
            visits.record(post("203.0.113.9", "Y"), response(), "default", SITE).total());
    }

    @Test
    void aFastLoopIsLimitedPerMinuteOverAllSites() {
        long counted = 0;
        for (int i = 0; i < 200; i++) {
            counted += visits.record(request("POST", "203.0.113.7", FIREFOX, String.format("%022d", i)), response(),
                "site" + i, SITE).total();
        }
        assertEquals(SiteVisits.MAX_COUNTED_PER_MINUTE, counted);
    }

    @Test
    void todayStartsAtMidnightInTheSiteZone() {
        visits.record(post("10.0.0.1", "A"), response(), "default", SITE);
        clock.advance(Duration.ofHours(15)); // 23:00 in Vietnam
        assertEquals(new SiteVisits.Numbers(2, 2, 1), visits.record(post("10.0.0.1", "B"), response(), "default", SITE));
        clock.advance(Duration.ofHours(1)); // 00:00 on 2 May
        assertEquals(new SiteVisits.Numbers(3, 1, 1), visits.record(post("10.0.0.1", "A"), response(), "default", SITE));
        assertEquals(2, counters.value("pk.site.visits.day.default.2024-05-01"));
        assertEquals(1, counters.value("pk.site.visits.day.default.2024-05-02"));
    }

    @Test
    void onlineAreTheVisitorsSeenInTheLastFiveMinutes() {
        visits.record(post("10.0.0.1", "A"), response(), "default", SITE);
        clock.advance(Duration.ofMinutes(3));
        visits.record(post("10.0.0.2", "B"), response(), "default", SITE);
        assertEquals(2, visits.online("default"));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1)); // A was seen 5 min 1 s ago
        assertEquals(1, visits.online("default"));
        // a repeat visit (not counted again) keeps a visitor online
        visits.record(post("10.0.0.2", "B"), response(), "default", SITE);
        clock.advance(Duration.ofMinutes(4));
        assertEquals(new SiteVisits.Numbers(2, 2, 1), visits.read("default"));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(0, visits.online("default"));
        assertEquals(0, visits.online("never-visited"));
    }

    @Test
    void aVisitorWithoutCookieIsOnlineOnceWhetherOrNotItKeepsTheCookie() {
        HttpServletResponse first = response();
        visits.record(request("POST", "10.0.0.1", FIREFOX, null), first, "default", SITE);
        ArgumentCaptor<String> header = ArgumentCaptor.forClass(String.class);
        verify(first).addHeader(eq("Set-Cookie"), header.capture());
        String id = header.getValue().substring("pkvid=".length(), header.getValue().indexOf(';'));
        // the browser sends the cookie back
        assertEquals(new SiteVisits.Numbers(1, 1, 1),
            visits.record(request("POST", "10.0.0.1", FIREFOX, id), response(), "default", SITE));
        // a client that never keeps cookies
        visits.record(request("POST", "10.0.0.2", FIREFOX, null), response(), "default", SITE);
        assertEquals(new SiteVisits.Numbers(2, 2, 2),
            visits.record(request("POST", "10.0.0.2", FIREFOX, null), response(), "default", SITE));
    }

    /** A POST of a browser with its own visitor cookie, named by one letter. */
    private static HttpServletRequest post(String address, String visitor) {
        return request("POST", address, FIREFOX, (visitor + "x".repeat(22)).substring(0, 22));
    }

    private static HttpServletRequest request(String method, String address, String agent, String visitorId) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getRemoteAddr()).thenReturn(address);
        when(request.getHeader("User-Agent")).thenReturn(agent);
        when(request.getCookies()).thenReturn(visitorId == null ? null : new Cookie[] {new Cookie("pkvid", visitorId)});
        return request;
    }

    private static HttpServletResponse response() {
        return mock(HttpServletResponse.class);
    }
}
