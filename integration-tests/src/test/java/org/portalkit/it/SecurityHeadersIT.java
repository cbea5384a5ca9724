package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, item 7 in the real runtime: every response carries the security headers and no server version; no page
 * has an inline script (JSON-LD excepted); errors (404, 400, 500, and what Tomcat rejects before the application)
 * get a friendly page in the visitor's language, never a stack trace or the server software.
 */
@ExtendWith(PortalRuntimeExtension.class)
class SecurityHeadersIT {

    private static final List<String> PAGES = List.of("/",
        "/tin-tuc/ban-giao-nha-tinh-nghia-cho-than-nhan-liet-sy-tai-huyen-sa-thay",
        "/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2026", "/thong-bao/", "/tim-kiem/?q=a");

    private static final String JSP_ENDPOINT = "/system/modules/org.portalkit.news/elements/feed.jsp?folder=/tin-tuc/";

    static final String FAILING_JSP = "/system/modules/org.portalkit.itfixture/elements/fail.jsp";

    static void assertSecurityHeaders(String what, HttpResponse<String> response) {
        Optional<String> csp = response.headers().firstValue("Content-Security-Policy");
        assertTrue(csp.isPresent(), what + ": no CSP");
        String scriptSrc = directive(csp.get(), "script-src");
        assertNotNull(scriptSrc, what + ": " + csp.get());
        assertFalse(scriptSrc.contains("unsafe-inline") || scriptSrc.contains("unsafe-eval"), what + ": " + csp.get());
        assertTrue(csp.get().contains("frame-ancestors 'self'"), what + ": " + csp.get());
        assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"), what);
        assertEquals(Optional.of("strict-origin-when-cross-origin"), response.headers().firstValue("Referrer-Policy"), what);
        for (String server : response.headers().allValues("Server")) {
            assertFalse(server.matches(".*\\d.*") || server.toLowerCase(Locale.ROOT).contains("opencms")
                || server.toLowerCase(Locale.ROOT).contains("tomcat"), what + ": Server: " + server);
        }
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), what);
    }

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            String trimmed = part.trim();
            if (trimmed.equals(name) || trimmed.startsWith(name + " ")) {
                return trimmed;
            }
        }
        return null;
    }

    static void assertNoInlineScript(String what, String html) {
        Document doc = Jsoup.parse(html);
        for (Element script : doc.select("script")) {
            if (script.hasAttr("src")) {
                continue;
            }
            assertEquals("application/ld+json", script.attr("type").trim().toLowerCase(Locale.ROOT),
                what + ": inline script " + script.outerHtml());
        }
        for (Element element : doc.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                    what + ": event handler attribute in " + element.tagName());
                assertFalse(attribute.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:"),
                    what + ": javascript: URL in " + element.tagName());
            });
        }
    }

    static void assertNoLeak(String what, String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String leak : new String[] {"tomcat", "apache", "exception", "opencms/11", "11.0.2", "at org.", "at java.",
            "it-fixture-failure-marker", "stack"}) {
            assertFalse(lower.contains(leak), what + " shows '" + leak + "': " + body);
        }
    }

    @Test
    void everyPageTypeCarriesTheHeadersAndNoInlineScript(RunningPortal portal) throws Exception {
        for (String path : PAGES) {
            HttpResponse<String> response = portal.get(path);
            assertEquals(200, response.statusCode(), path);
            assertSecurityHeaders(path, response);
            assertNoInlineScript(path, response.body());
        }
        HttpResponse<String> endpoint = portal.get(JSP_ENDPOINT);
        assertEquals(200, endpoint.statusCode(), JSP_ENDPOINT);
        assertSecurityHeaders(JSP_ENDPOINT, endpoint);
    }

    @Test
    void theWorkplaceKeepsFrameAncestorsWithoutTheSitePolicy(RunningPortal portal) throws Exception {
        HttpResponse<String> login = portal.send("GET", "/system/login/");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertEquals(Optional.of("nosniff"), login.headers().firstValue("X-Content-Type-Options"));
    }

    @Test
    void aMissingPageIsFriendlyInVietnamese(RunningPortal portal) throws Exception {
        HttpResponse<String> response = portal.get("/khong-co-trang-nay");
        assertEquals(404, response.statusCode(), response.body());
        assertSecurityHeaders("404", response);
        assertNoLeak("404", response.body());
        assertNoInlineScript("404", response.body());
        Document doc = Jsoup.parse(response.body());
        assertEquals("vi", doc.selectFirst("html").attr("lang"));
        assertEquals("Không tìm thấy trang", doc.selectFirst("h1").text(), response.body());
        assertNotNull(doc.selectFirst("a[href=/]"), response.body());
    }

    @Test
    void aMissingPageUnderEnIsFriendlyInEnglish(RunningPortal portal) throws Exception {
        HttpResponse<String> response = portal.get("/en/no-such-page");
        assertEquals(404, response.statusCode(), response.body());
        assertSecurityHeaders("404 en", response);
        assertNoLeak("404 en", response.body());
        Document doc = Jsoup.parse(response.body());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("Page not found", doc.selectFirst("h1").text(), response.body());
        assertNotNull(doc.selectFirst("a[href=/en/]"), response.body());
    }

    @Test
    void aFailingJspShowsTheFriendlyErrorPage(RunningPortal portal) throws Exception {
        HttpResponse<String> response = portal.get(FAILING_JSP);
        assertEquals(500, response.statusCode(), response.body());
        assertSecurityHeaders("500", response);
        assertNoLeak("500", response.body());
        Document doc = Jsoup.parse(response.body());
        assertEquals("Đã có lỗi xảy ra", doc.selectFirst("h1").text(), response.body());
    }

    @Test
    void malformedRequestsGetAPlain400WithoutStackTraceOrVersion(RunningPortal portal) throws Exception {
        for (String line : new String[] {"GET /\u0001 HTTP/1.1", "GET /%zz HTTP/1.1", "GET / HTTP/9.z",
            "GET /a{b} HTTP/1.1"}) {
            String answer = raw(portal.port(), line + "\r\nHost: 127.0.0.1:" + portal.port() + "\r\nConnection: close\r\n\r\n");
            String statusLine = answer.substring(0, Math.max(0, answer.indexOf("\r\n")));
            assertTrue(statusLine.startsWith("HTTP/1.1 400"), line + " -> " + answer);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            for (String header : head.split("\r\n")) {
                if (header.toLowerCase(Locale.ROOT).startsWith("server:")) {
                    assertFalse(header.matches(".*\\d.*"), line + ": " + header);
                }
            }
            String body = split < 0 ? "" : answer.substring(split + 4);
            assertNoLeak(line, body);
        }
    }

    private static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
