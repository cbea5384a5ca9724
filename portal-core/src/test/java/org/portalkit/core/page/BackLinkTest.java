package org.portalkit.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

class BackLinkTest {

    /** The site as opencms-sites.xml configures it: https, with an alias on port 8080. */
    private static final SiteOrigin SITE = SiteOrigin.of(Origin.parse("https://sldtbxh.kontum.gov.vn"),
        List.of(Origin.parse("http://sldtbxh.kontum.gov.vn:8080")));
    private static final String SELF = "/tin-tuc/hoi-nghi-so-ket";
    private static final String HOME = "/opencms/";

    private static String resolve(String referer) {
        return BackLink.resolve(referer, SITE, SELF, HOME);
    }

    /** A request whose Host header, server name and forwarding headers all name {@code host}. */
    private static HttpServletRequest request(String host, String referer) {
        Map<String, String> headers = Map.of("Host", host, "X-Forwarded-Host", host, "Forwarded", "host=" + host,
            "Referer", referer);
        return (HttpServletRequest)Proxy.newProxyInstance(BackLinkTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getHeader" -> headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase((String)args[0]))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
                case "getServerName" -> host;
                case "getServerPort" -> 443;
                case "getScheme" -> "https";
                case "getRequestURI" -> SELF;
                case "getRequestURL" -> new StringBuffer("https://" + host + SELF);
                default -> null;
            });
    }

    @Test
    void aForgedHostDoesNotMakeAForeignRefererSameSite() {
        // the attacker's page links to the article on the portal's address but sends Host: evil.example
        assertEquals(HOME, BackLink.resolve(request("evil.example", "https://evil.example/phish"), SITE, HOME));
        assertEquals(HOME, BackLink.resolve(request("evil.example:443", "https://evil.example:443/phish"), SITE, HOME));
    }

    @Test
    void theSitesRefererCountsWhateverTheHostHeaderSays() {
        assertEquals("/tin-tuc/?page=2",
            BackLink.resolve(request("10.0.0.7", "https://sldtbxh.kontum.gov.vn/tin-tuc/?page=2"), SITE, HOME));
    }

    @Test
    void onlyTheConfiguredOriginsCountSchemeHostAndPort() {
        assertEquals(HOME, resolve("http://sldtbxh.kontum.gov.vn/tin-tuc/"));
        assertEquals(HOME, resolve("https://sldtbxh.kontum.gov.vn:8443/tin-tuc/"));
        assertEquals(HOME, resolve("https://kontum.gov.vn/tin-tuc/"));
        assertEquals(HOME, BackLink.resolve("https://sldtbxh.kontum.gov.vn/tin-tuc/", null, SELF, HOME));
        assertEquals(HOME, BackLink.resolve("https://sldtbxh.kontum.gov.vn/tin-tuc/", SiteOrigin.of(null, List.of()),
            SELF, HOME));
    }

    @Test
    void aListPageOfTheSameHostIsTheTarget() {
        assertEquals("/tin-tuc/?page=2", resolve("https://sldtbxh.kontum.gov.vn/tin-tuc/?page=2"));
        assertEquals("/tin-tuc/", resolve("http://SLDTBXH.kontum.gov.vn:8080/tin-tuc/#top"));
        assertEquals("/", resolve("https://sldtbxh.kontum.gov.vn"));
        assertEquals("/t%C3%ACm-ki%E1%BA%BFm?q=h%E1%BB%99i", resolve(
            "https://sldtbxh.kontum.gov.vn/t%C3%ACm-ki%E1%BA%BFm?q=h%E1%BB%99i"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "",
        "https://evil.example/tin-tuc/",
        "https://sldtbxh.kontum.gov.vn.evil.example/",
        "https://evil.example@sldtbxh.kontum.gov.vn/",
        "https://sldtbxh.kontum.gov.vn@evil.example/",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/",
        "/tin-tuc/",
        "https://sldtbxh.kontum.gov.vn//evil.example/",
        "https://sldtbxh.kontum.gov.vn/a\\b",
        "https://sldtbxh.kontum.gov.vn/\"><script>alert(1)</script>",
        "https://sldtbxh.kontum.gov.vn/a b",
        "https://sldtbxh.kontum.gov.vn/tin-tuc/hoi-nghi-so-ket",
        "https://sldtbxh.kontum.gov.vn/system/modules/org.portalkit.news/elements/print.jsp?id=1",
        "https://sldtbxh.kontum.gov.vn/opencms/system/modules/org.portalkit.news/elements/feed.jsp",
        "ftp://sldtbxh.kontum.gov.vn/tin-tuc/",
        "not a url at all"})
    void everythingElseGoesHome(String referer) {
        assertEquals(HOME, resolve(referer));
    }

    @Test
    void theResultIsAlwaysServerRelative() {
        String result = resolve("https://sldtbxh.kontum.gov.vn/%2F%2Fevil.example/");
        assertEquals("/%2F%2Fevil.example/", result);
    }
}
