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

class ViewTrackerTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";

    private static final String KEY = "news.views:article-1";

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

    @Test
    void aPostFromAReaderCountsAndReturnsTheNewValue() {
        counters.setStartValue(KEY, 2079);
        assertEquals(2080, tracker.record(post("10.0.0.1", FIREFOX, "AAAAAAAAAAAAAAAAAAAAAA"), response(), KEY, SITE));
        assertEquals(2080, counters.value(KEY));
    }

    @Test
    void getAndHeadOnlyReadTheValue() {
        assertEquals(0, tracker.record(request("GET", "10.0.0.1", FIREFOX, "AAAAAAAAAAAAAAAAAAAAAA"), response(), KEY, SITE));
        assertEquals(0, tracker.record(request("HEAD", "10.0.0.1", FIREFOX, "AAAAAAAAAAAAAAAAAAAAAA"), response(), KEY, SITE));
        assertEquals(0, counters.value(KEY));
        // a GET does not use up the visitor's view either
        assertEquals(1, tracker.record(post("10.0.0.1", FIREFOX, "AAAAAAAAAAAAAAAAAAAAAA"), response(), KEY, SITE));
    }

    @Test
    void botsAreNotCountedAndGetNoCookie() {
        HttpServletResponse response = response();
        assertEquals(0, tracker.record(post("10.0.0.1", "Mozilla/5.0 (compatible; Googlebot/2.1)", null), response, KEY, SITE));
        assertEquals(0, tracker.record(post("10.0.0.1", "HeadlessChrome/150.0", null), response, KEY, SITE));
        assertEquals(0, tracker.record(post("10.0.0.1", "", null), response, KEY, SITE));
        assertEquals(0, tracker.record(post("10.0.0.1", null, null), response, KEY, SITE));
        assertEquals(0, counters.value(KEY));
        verify(response, never()).addHeader(anyString(), anyString());
    }

    @Test
    void theSameVisitorCountsOncePerThirtyMinutes() {
        String visitor = "BBBBBBBBBBBBBBBBBBBBBB";
        assertEquals(1, tracker.record(post("10.0.0.1", FIREFOX, visitor), response(), KEY, SITE));
        assertEquals(1, tracker.record(post("10.0.0.1", FIREFOX, visitor), response(), KEY, SITE));
        clock.advance(Duration.ofMinutes(29));
        assertEquals(1, tracker.record(post("10.0.0.9", FIREFOX, visitor), response(), KEY, SITE));
        // another reader behind the same address (an office network) counts
        assertEquals(2, tracker.record(post("10.0.0.1", FIREFOX, "CCCCCCCCCCCCCCCCCCCCCC"), response(), KEY, SITE));
        // another article of the same reader counts
        assertEquals(1, tracker.record(post("10.0.0.1", FIREFOX, visitor), response(), "news.views:article-2", SITE));
        clock.advance(Duration.ofMinutes(3)); // 32 minutes after the first view
        assertEquals(3, tracker.record(post("10.0.0.1", FIREFOX, visitor), response(), KEY, SITE));
    }

    @Test
    void aFirstVisitWithoutCookieSetsOneAndTheNextRequestWithItIsRecognised() {
        HttpServletResponse first = response();
        assertEquals(1, tracker.record(post("10.0.0.1", FIREFOX, null), first, KEY, SITE));
        ArgumentCaptor<String> header = ArgumentCaptor.forClass(String.class);
        verify(first).addHeader(eq("Set-Cookie"), header.capture());
        String id = header.getValue().substring("pkvid=".length(), header.getValue().indexOf(';'));
        // the browser sends the cookie back
        assertEquals(1, tracker.record(post("10.0.0.1", FIREFOX, id), response(), KEY, SITE));
        // a client that never keeps cookies is recognised by address and user agent
        assertEquals(1, tracker.record(post("10.0.0.1", FIREFOX, null), response(), KEY, SITE));
        assertEquals(2, tracker.record(post("10.0.0.2", FIREFOX, null), response(), KEY, SITE));
    }

    @Test
    void aScriptLoopOverManyItemsIsRateLimitedPerAddressAndMinute() {
        // a script without cookies and with a new fake visitor id on every request, from one address, over 200 items
        long counted = 0;
        for (int i = 0; i < 200; i++) {
            counted += tracker.record(post("203.0.113.7", FIREFOX, String.format("%022d", i)), response(),
                "news.views:" + i, SITE);
        }
        assertEquals(ViewTracker.MAX_COUNTED_PER_MINUTE, counted);
        // another address is not affected
        assertEquals(1, tracker.record(post("203.0.113.8", FIREFOX, "DDDDDDDDDDDDDDDDDDDDDD"), response(),
            "news.views:199", SITE));
        // the next minute the address may count again, and a view refused earlier was not remembered
        clock.advance(Duration.ofMinutes(1));
        assertEquals(2, tracker.record(post("203.0.113.7", FIREFOX, String.format("%022d", 199)), response(),
            "news.views:199", SITE));
    }

    @Test
    void oneAddressAddsAtMostTwentyViewsToOneItemPerHourWhateverItsCookiesAndAgents() {
        // the loop of the issue: 120 posts, each with a fresh visitor cookie and a new user-agent string
        long value = 0;
        for (int i = 0; i < 120; i++) {
            value = tracker.record(post("203.0.113.9", FIREFOX + " rv:" + i, String.format("%022d", i)), response(),
                KEY, SITE);
            clock.advance(Duration.ofSeconds(20)); // spread over 40 minutes: the per-minute limit never bites
        }
        assertEquals(ViewTracker.MAX_COUNTED_PER_ADDRESS_AND_ITEM, value);
        // other articles and other addresses keep their own bound
        assertEquals(1, tracker.record(post("203.0.113.9", FIREFOX, "FFFFFFFFFFFFFFFFFFFFFF"), response(),
            "news.views:other", SITE));
        assertEquals(ViewTracker.MAX_COUNTED_PER_ADDRESS_AND_ITEM + 1,
            tracker.record(post("203.0.113.10", FIREFOX, "GGGGGGGGGGGGGGGGGGGGGG"), response(), KEY, SITE));
        // an hour after the address's first counted view it counts again
        clock.advance(Duration.ofMinutes(20));
        assertEquals(ViewTracker.MAX_COUNTED_PER_ADDRESS_AND_ITEM + 2,
            tracker.record(post("203.0.113.9", FIREFOX, "HHHHHHHHHHHHHHHHHHHHHH"), response(), KEY, SITE));
    }

    @Test
    void theReadersOfAnOfficeBehindOneAddressCountEachOnceUpToTheBound() {
        String office = "192.0.2.50";
        for (int reader = 0; reader < 15; reader++) {
            String cookie = String.format("R%021d", reader);
            tracker.record(post(office, FIREFOX, cookie), response(), KEY, SITE);
            tracker.record(post(office, FIREFOX, cookie), response(), KEY, SITE); // a reload: not again
        }
        assertEquals(15, counters.value(KEY));
    }

    @Test
    void aVisitorIsRateLimitedAcrossAddresses() {
        ViewTracker strict = new ViewTracker(counters, clock, 3, 1000);
        String visitor = "EEEEEEEEEEEEEEEEEEEEEE";
        for (int i = 0; i < 10; i++) {
            strict.record(post("198.51.100." + i, FIREFOX, visitor), response(), "news.views:" + i, SITE);
        }
        long total = 0;
        for (int i = 0; i < 10; i++) {
            total += counters.value("news.views:" + i);
        }
        assertEquals(3, total);
    }

    @Test
    void invalidKeysAreRefused() {
        assertThrows(IllegalArgumentException.class,
            () -> tracker.record(post("10.0.0.1", FIREFOX, null), response(), "news views", SITE));
    }

    @Test
    void aCommittedResponseGetsNoCookieButTheViewCounts() {
        HttpServletResponse committed = response();
        when(committed.isCommitted()).thenReturn(true);
        assertEquals(1, tracker.record(post("10.0.0.1", FIREFOX, null), committed, KEY, SITE));
        verify(committed, never()).addHeader(anyString(), anyString());
        assertTrue(counters.value(KEY) == 1);
    }

    @Test
    void postsFromOtherOriginsOnlyReadAndGetNoCookie() {
        counters.setStartValue(KEY, 10);
        HttpServletResponse response = response();
        String[][] refused = {
            {"Origin", "http://sldtbxh.kontum.gov.vn"}, // the site's host on another scheme
            {"Origin", "https://sldtbxh.kontum.gov.vn:8443"}, // another port
            {"Origin", "http://localhost:8081"},
            {"Origin", "https://evil.example"},
            {"Origin", "null"},
            {"Referer", "https://evil.example/tin-tuc/"}};
        for (String[] header : refused) {
            HttpServletRequest request = post("10.0.0.1", FIREFOX, null);
            when(request.getHeader(header[0])).thenReturn(header[1]);
            assertEquals(10, tracker.record(request, response, KEY, SITE), header[0] + ": " + header[1]);
        }
        HttpServletRequest crossSite = post("10.0.0.1", FIREFOX, null);
        when(crossSite.getHeader("Sec-Fetch-Site")).thenReturn("cross-site");
        assertEquals(10, tracker.record(crossSite, response, KEY, SITE), "Sec-Fetch-Site: cross-site");
        verify(response, never()).addHeader(anyString(), anyString());

        HttpServletRequest own = post("10.0.0.1", FIREFOX, null);
        when(own.getHeader("Origin")).thenReturn("https://sldtbxh.kontum.gov.vn");
        assertEquals(11, tracker.record(own, response(), KEY, SITE), "the site's own origin");
        HttpServletRequest alias = post("10.0.0.2", FIREFOX, null);
        when(alias.getHeader("Origin")).thenReturn("http://localhost:8080");
        assertEquals(12, tracker.record(alias, response(), KEY, SITE), "an alias of the site");
    }

    private static HttpServletRequest post(String address, String agent, String visitorId) {
        return request("POST", address, agent, visitorId);
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
