package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portalkit.it.TestNews.params;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The site visitor counter (portal-core's SiteVisits, visits.jsp, visit-counter.jsp) and the template's login link
 * in the running demo.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisitCounterIT {

    private static final String BEACON = "/system/modules/org.portalkit.core/elements/visits.jsp";

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private static final String ENGLISH_PAGE = "/sites/default/it-visits/index.html";

    @Test
    @Order(1)
    void theLandingPageShowsTheStartValueWithVietnameseGroupingAndNoLoginLink(RunningPortal portal) throws Exception {
        Document home = Jsoup.parse(portal.get("/").body());
        Element counter = home.selectFirst(".pk-visits[data-pk-visits]");
        assertNotNull(counter, home.html());
        assertTrue(counter.attr("data-pk-visits").endsWith(BEACON), counter.attr("data-pk-visits"));
        assertEquals(".", counter.attr("data-pk-visits-group"));
        assertEquals("LƯỢT TRUY CẬP", counter.selectFirst(".pk-visits__title").text());
        assertEquals("69.533", counter.selectFirst("[data-pk-visits-total]").text());
        assertNotNull(counter.selectFirst("[data-pk-visits-today]"));
        assertNotNull(counter.selectFirst("[data-pk-visits-online]"));
        assertNotNull(home.selectFirst("script[src$=/system/modules/org.portalkit.core/resources/page.js]"), home.html());
        // the embedded demo has no workplace: its site folder says pk.login.link=none
        assertNull(home.selectFirst("a.pk-header__login"), home.html());
        assertEquals("no-store", portal.send("GET", BEACON).headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    @Order(2)
    void aPersonCountsOncePerHalfHourAndBotsNever(RunningPortal portal) throws Exception {
        JsonNode before = numbers(portal.send("GET", BEACON, "User-Agent", FIREFOX));
        assertEquals(69533, before.get("total").asLong(), "imported start value");
        assertEquals(69533, numbers(portal.send("POST", BEACON, "User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)")).get("total").asLong(), "bot");
        assertEquals(69533, numbers(portal.send("POST", BEACON, "User-Agent", "")).get("total").asLong(), "no user agent");
        assertEquals(69533, numbers(portal.send("POST", BEACON, "User-Agent", FIREFOX, "Origin", "https://evil.example")).get("total").asLong(), "other site");
        HttpResponse<String> first = portal.send("POST", BEACON, "User-Agent", FIREFOX);
        JsonNode counted = numbers(first);
        assertEquals(69534, counted.get("total").asLong(), "a person");
        assertEquals(before.get("today").asLong() + 1, counted.get("today").asLong(), "today");
        assertTrue(counted.get("online").asLong() >= 1, counted.toString());
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pkvid=")).findFirst()
            .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow(() -> new AssertionError("visitor cookie: " + first.headers()));
        JsonNode again = numbers(portal.send("POST", BEACON, "User-Agent", FIREFOX, "Cookie", cookie));
        assertEquals(69534, again.get("total").asLong(), "same visitor within 30 minutes");
        assertEquals(counted.get("online").asLong(), again.get("online").asLong(), "online once");
        assertEquals(69534, numbers(portal.send("GET", BEACON, "User-Agent", FIREFOX)).get("total").asLong(), "GET only reads");
        Document home = Jsoup.parse(portal.get("/").body());
        assertEquals("69.534", home.selectFirst("[data-pk-visits-total]").text());
    }

    @Test
    @Order(3)
    void aLoopWithFreshCookiesAndAgentsAddsABoundedNumber(RunningPortal portal) throws Exception {
        long before = numbers(portal.send("GET", BEACON, "User-Agent", FIREFOX)).get("total").asLong();
        JsonNode after = null;
        for (int i = 0; i < 120; i++) {
            String cookie = i % 2 == 0 ? null : "pkvid=" + String.format("V%021d", i);
            after = numbers(portal.send("POST", BEACON, "User-Agent", FIREFOX + " loop/" + i, "Cookie", cookie));
        }
        long added = after.get("total").asLong() - before;
        // SiteVisits.MAX_COUNTED_PER_ADDRESS_AND_SITE per hour, all from 127.0.0.1 (which counted one visit before)
        assertTrue(added > 0 && added <= 30, "added " + added);
        assertTrue(after.get("online").asLong() <= 31, after.toString());
        assertTrue(after.get("today").asLong() >= added + 1, after.toString());
    }

    @Test
    @Order(4)
    void anEnglishPageGroupsWithCommas(RunningPortal portal) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PkPages xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.template/schemas/page.xsd\">\n"
            + "  <PkPage language=\"en\">\n    <Title><![CDATA[Visits]]></Title>\n"
            + "    <Element><![CDATA[/system/modules/org.portalkit.core/elements/visit-counter.jsp]]></Element>\n"
            + "  </PkPage>\n</PkPages>\n";
        assertTrue(portal.probe(params("action", "create-content", "adminPassword", portal.adminPassword(), "path",
            ENGLISH_PAGE, "type", "pk-page", "xml", xml)).startsWith("ok "));
        assertEquals("ok", portal.probe(params("action", "write-property", "adminPassword", portal.adminPassword(),
            "path", "/sites/default/it-visits/", "name", "locale", "value", "en")));
        long total = numbers(portal.send("GET", BEACON, "User-Agent", FIREFOX)).get("total").asLong();
        Document page = Jsoup.parse(portal.get("/it-visits/").body());
        Element counter = page.selectFirst(".pk-visits");
        assertNotNull(counter, page.html());
        assertEquals("VISITS", counter.selectFirst(".pk-visits__title").text());
        assertEquals(",", counter.attr("data-pk-visits-group"));
        assertEquals(String.format(java.util.Locale.ENGLISH, "%,d", total), counter.selectFirst("[data-pk-visits-total]").text());
        assertTrue(counter.selectFirst("[data-pk-visits-total]").text().matches("69,5\\d\\d"), counter.html());
    }

    @Test
    @Order(5)
    void withoutThePropertyThePageLinksToTheWorkplaceLogin(RunningPortal portal) throws Exception {
        assertEquals("ok", portal.probe(params("action", "write-property", "adminPassword", portal.adminPassword(),
            "path", "/sites/default/", "name", "pk.login.link", "value", "")));
        try {
            Element login = Jsoup.parse(portal.get("/").body()).selectFirst("a.pk-header__login");
            assertNotNull(login, "login link");
            assertEquals("Đăng Nhập", login.text());
            assertTrue(login.attr("href").endsWith("/system/login/"), login.attr("href"));
            Element english = Jsoup.parse(portal.get("/it-visits/").body()).selectFirst("a.pk-header__login");
            assertNotNull(english, "login link on the English page");
            assertEquals("Log in", english.text());
        } finally {
            assertEquals("ok", portal.probe(params("action", "write-property", "adminPassword", portal.adminPassword(),
                "path", "/sites/default/", "name", "pk.login.link", "value", "none")));
        }
        assertNull(Jsoup.parse(portal.get("/").body()).selectFirst("a.pk-header__login"));
    }

    private static JsonNode numbers(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
            response.headers().toString());
        return new ObjectMapper().readTree(response.body());
    }
}
