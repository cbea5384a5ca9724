package org.portalkit.core.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portalkit.core.counter.internal.CountersDatabase;
import org.portalkit.core.counter.internal.MutableClock;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

/** {@link ViewTracker#recordClick}: the view rules, but for a {@code GET} that follows a link. */
class ViewTrackerClickTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";

    private static final String KEY = "pk.banner.clicks.0b1c2d3e-0000-4000-8000-000000000001";

    private static final SiteOrigin SITE =
        SiteOrigin.of(Origin.parse("https://sldtbxh.kontum.gov.vn"), List.of(Origin.parse("http://localhost:8080")));

    private final CloseableCounters counters =
        CounterService.create(CounterService.jdbcStore(new CountersDatabase()), Duration.ZERO);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"));

    private final ViewTracker tracker = new ViewTracker(counters, clock);

    @AfterEach
    void close() {
        counters.close();
    }

    private static HttpServletRequest click(String method, String address, String agent, String visitorId,
        String... headers) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getRemoteAddr()).thenReturn(address);
        when(request.getHeader("User-Agent")).thenReturn(agent);
        when(request.getCookies()).thenReturn(visitorId == null ? null : new Cookie[] {new Cookie("pkvid", visitorId)});
        for (int i = 0; i < headers.length; i += 2) {
            when(request.getHeader(headers[i])).thenReturn(headers[i + 1]);
        }
        return request;
    }

    private static HttpServletResponse response() {
        return mock(HttpServletResponse.class);
    }

    @Test
    void aGetFromAPageOfTheSiteCountsOncePerVisitorAndHalfHour() {
        String visitor = "AAAAAAAAAAAAAAAAAAAAAA";
        String referer = "https://sldtbxh.kontum.gov.vn/";
        assertTrue(tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, visitor, "Referer", referer), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, visitor, "Referer", referer), response(), KEY, SITE));
        clock.advance(Duration.ofMinutes(31));
        assertTrue(tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, visitor, "Referer", referer), response(), KEY, SITE));
        assertEquals(2, counters.value(KEY));
    }

    @Test
    void withoutRefererItCountsButNotFromAnotherSite() {
        assertTrue(tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, "BBBBBBBBBBBBBBBBBBBBBB"), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("GET", "10.0.0.2", FIREFOX, "CCCCCCCCCCCCCCCCCCCCCC", "Referer",
            "https://evil.example/page"), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("GET", "10.0.0.3", FIREFOX, "DDDDDDDDDDDDDDDDDDDDDD", "Sec-Fetch-Site",
            "cross-site"), response(), KEY, SITE));
        assertEquals(1, counters.value(KEY));
    }

    @Test
    void botsHeadAndPrefetchesAreNotCounted() {
        assertFalse(tracker.recordClick(click("GET", "10.0.0.1", "Mozilla/5.0 (compatible; Googlebot/2.1)", null),
            response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("GET", "10.0.0.1", "", null), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("GET", "10.0.0.1", "curl/8.5.0", null), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("HEAD", "10.0.0.1", FIREFOX, "EEEEEEEEEEEEEEEEEEEEEE"), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("OPTIONS", "10.0.0.1", FIREFOX, "EEEEEEEEEEEEEEEEEEEEEE"), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, "EEEEEEEEEEEEEEEEEEEEEE", "Sec-Purpose",
            "prefetch;prerender"), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, "EEEEEEEEEEEEEEEEEEEEEE", "Purpose",
            "prefetch"), response(), KEY, SITE));
        assertFalse(tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, "EEEEEEEEEEEEEEEEEEEEEE", "X-Moz",
            "prefetch"), response(), KEY, SITE));
        assertEquals(0, counters.value(KEY));
        // none of these used up the visitor's click
        assertTrue(tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, "EEEEEEEEEEEEEEEEEEEEEE"), response(), KEY, SITE));
    }

    @Test
    void oneAddressAddsAtMostTwentyPerHourWhateverCookiesItSends() {
        int counted = 0;
        for (int i = 0; i < 50; i++) {
            String visitor = String.format("V%021d", i);
            counted += tracker.recordClick(click("GET", "10.9.9.9", FIREFOX, visitor), response(), KEY, SITE) ? 1 : 0;
        }
        assertEquals(ViewTracker.MAX_COUNTED_PER_ADDRESS_AND_ITEM, counted);
        assertEquals(20, counters.value(KEY));
    }

    @Test
    void clicksAndViewsKeepTheirOwnRules() {
        // record() still counts only POSTs
        assertEquals(0, tracker.record(click("GET", "10.0.0.1", FIREFOX, "FFFFFFFFFFFFFFFFFFFFFF"), response(),
            "pk.news.views.x", SITE));
        assertThrows(IllegalArgumentException.class,
            () -> tracker.recordClick(click("GET", "10.0.0.1", FIREFOX, null), response(), "bad key with spaces", SITE));
    }
}
