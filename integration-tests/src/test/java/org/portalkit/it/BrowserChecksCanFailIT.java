package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser checks can fail: {@link AxeCheck}, {@link Screenshots} and {@link XssProbe} run against deliberately
 * bad pages that a small server on the loopback interface serves (no portal needed), and find what is wrong with
 * them, and nothing on good ones. The accessibility pages are sent with the portal's Content-Security-Policy
 * ({@code script-src 'self'}), so they also show that injecting axe-core works under it.
 */
class BrowserChecksCanFailIT {

    /** The site policy of the portal (SecurityHeaders.SITE_POLICY in runtime/support). */
    static final String PORTAL_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'self'";

    static final String INACCESSIBLE = "<!DOCTYPE html><html><head><title>Không truy cập được</title></head><body>"
        + "<main><h1>Trang xấu</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
        + "<input type=\"text\" name=\"q\"><a href=\"/x\"></a></main></body></html>";
    static final String ACCESSIBLE = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang tốt</title></head>"
        + "<body><main><h1>Trang tốt</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"Ảnh\">"
        + "<label for=\"q\">Từ khóa</label><input id=\"q\" type=\"text\" name=\"q\"><a href=\"/x\">Liên kết</a></main></body></html>";
    static final String WIDE = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Rộng</title></head>"
        + "<body style=\"margin:0\"><main><div class=\"pk-box\"><table id=\"wide\" style=\"width:1000px\"><tr><td>ô</td></tr></table></div>"
        + "<div style=\"overflow-x:auto\"><div style=\"width:3000px\">cuộn được</div></div></main></body></html>";

    private static HttpServer s_server;
    private static ChromeDriver s_browser;
    private static String s_base;

    @BeforeAll
    static void start() throws Exception {
        s_server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s_server.setExecutor(Executors.newFixedThreadPool(2));
        s_server.createContext("/axe-bad", x -> send(x, 200, INACCESSIBLE, PORTAL_CSP));
        s_server.createContext("/axe-good", x -> send(x, 200, ACCESSIBLE, PORTAL_CSP));
        s_server.createContext("/wide", x -> send(x, 200, WIDE, PORTAL_CSP));
        s_server.createContext("/reflect", x -> send(x, 200, page("Kết quả cho " + query(x).getOrDefault("q", "")), null));
        s_server.createContext("/reflect-csp", x -> send(x, 200, page("Kết quả cho " + query(x).getOrDefault("q", "")), PORTAL_CSP));
        s_server.createContext("/fragile", x -> {
            String page = query(x).get("page");
            if (page != null && !page.matches("\\d+")) {
                send(x, 500, page("Lỗi máy chủ"), PORTAL_CSP);
            } else {
                send(x, 200, page("Trang " + page), PORTAL_CSP);
            }
        });
        s_server.createContext("/safe", x -> send(x, 200, page("Kết quả cho " + escape(query(x).getOrDefault("q", ""))), null));
        s_server.start();
        s_base = "http://127.0.0.1:" + s_server.getAddress().getPort();
        s_browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (s_browser != null) {
            s_browser.quit();
        }
        if (s_server != null) {
            s_server.stop(0);
        }
    }

    @Test
    void axeFindsTheViolationsOfABadPageUnderThePortalsPolicy() throws Exception {
        s_browser.get(s_base + "/axe-bad");
        AxeCheck.Result bad = AxeCheck.run(s_browser);
        String all = String.join("\n", bad.violations());
        assertTrue(all.contains("image-alt (critical)") && all.contains("img"), all);
        assertTrue(all.contains("label (critical)") && all.contains("input"), all);
        assertTrue(all.contains("html-has-lang (serious)") && all.contains("html"), all);
        assertTrue(all.contains("link-name (serious)"), all);
        assertTrue(bad.passedRules() > 0, "axe " + bad.version() + " ran");

        s_browser.get(s_base + "/axe-good");
        AxeCheck.Result good = AxeCheck.run(s_browser);
        assertEquals(List.of(), good.violations());
        assertTrue(good.passedRules() > 5, String.valueOf(good.passedRules()));
    }

    @Test
    void screenshotsTellAnOverflowAndTheElementThatCausesIt() throws Exception {
        List<Screenshots.Shot> shots = Screenshots.take(s_browser, s_base + "/wide", "self-test-wide");
        assertEquals(Screenshots.WIDTHS.length, shots.size());
        for (Screenshots.Shot shot : shots) {
            assertTrue(Files.size(shot.file()) > 100, shot.toString());
            assertEquals(shot.width(), shot.clientWidth(), "viewport width: " + shot);
            assertTrue(shot.file().getFileName().toString().equals("self-test-wide-" + shot.width() + ".png"), shot.toString());
        }
        assertTrue(shots.get(0).overflows() && shots.get(1).overflows(), shots.toString());
        assertEquals(1000, shots.get(0).scrollWidth(), shots.get(0).toString());
        assertTrue(shots.get(0).offenders().get(0).startsWith("table#wide (right edge 1000px"), shots.get(0).toString());
        assertEquals(1, shots.get(0).offenders().size(), "the scrolling box's content is not an offender: " + shots.get(0));
        assertFalse(shots.get(2).overflows(), shots.get(2).toString());

        Screenshots.Shot good = Screenshots.take(s_browser, s_base + "/axe-good", "self-test-good", 360);
        assertFalse(good.overflows(), good.toString());

        try {
            Screenshots.Shot printed = Screenshots.print(s_browser, s_base + "/wide", "self-test-wide");
            assertTrue(printed.overflows(), "a 1000px table is wider than the paper: " + printed);
            assertEquals("print", s_browser.executeScript("return matchMedia('print').matches ? 'print' : 'screen';"));
            assertTrue(Files.size(printed.file()) > 100 && printed.file().getFileName().toString().equals("self-test-wide-print.png"));
        } finally {
            Screenshots.screen(s_browser);
        }
        assertEquals("screen", s_browser.executeScript("return matchMedia('print').matches ? 'print' : 'screen';"));
    }

    @Test
    void theXssProbeSeesADialogAnInjectedElementAndA500() throws Exception {
        List<String> reflected = XssProbe.probe(s_browser, s_base + "/reflect", List.of("q", "khac"));
        String all = String.join("\n", reflected);
        assertTrue(all.contains("q=\"><script>alert(1)</script>: a JavaScript dialog opened (1)"), all);
        assertTrue(all.contains("q='\"><img src=x onerror=alert(1)>: a JavaScript dialog opened (1)"), all);
        assertTrue(all.contains("q=</textarea><svg onload=alert(1)>: a JavaScript dialog opened (1)"), all);
        assertFalse(all.contains("khac="), all);

        List<String> blocked = XssProbe.probe(s_browser, s_base + "/reflect-csp", List.of("q"));
        String csp = String.join("\n", blocked);
        assertFalse(csp.contains("dialog"), "the policy blocks inline scripts: " + csp);
        assertTrue(csp.contains("q='\"><img src=x onerror=alert(1)>: the payload became markup [<img onerror=\"alert(1)\">]"), csp);
        assertTrue(csp.contains("q=\"><script>alert(1)</script>: the payload became markup [<script> with alert(1)]"), csp);

        List<String> fragile = XssProbe.probe(s_browser, s_base + "/fragile?x=1", List.of("page"));
        assertEquals(XssProbe.PAYLOADS.size(), fragile.stream().filter(f -> f.endsWith(": answered 500")).count(), fragile.toString());

        assertEquals(List.of(), XssProbe.probe(s_browser, s_base + "/safe", List.of("q", "page")));
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tìm kiếm</title></head><body><main><p>"
            + body + "</p></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String html, String csp) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        if (csp != null) {
            exchange.getResponseHeaders().set("Content-Security-Policy", csp);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }
}
