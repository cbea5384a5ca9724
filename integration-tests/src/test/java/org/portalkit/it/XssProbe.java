package org.portalkit.it;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.Alert;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;

/**
 * Reflected-XSS probe: loads a page once for each hostile payload in each given request parameter (replacing the
 * parameter's value where the page's URL has one) and reports
 * <ul>
 * <li>a JavaScript dialog ({@code alert}, {@code confirm}, {@code prompt}) that opened while loading or within a
 * short wait after it: the payload ran;</li>
 * <li>an answer of 500 or above: the parameter broke the page;</li>
 * <li>the payload turned into markup that would run without the page's Content-Security-Policy: a
 * {@code <script>} (of JavaScript, not data) with the payload's {@code alert(1)}, an {@code on…} attribute with it, or a link, frame or form
 * to a {@code javascript:} URL. With {@code script-src 'self'} such markup opens no dialog, so this is what shows
 * that escaping failed.</li>
 * </ul>
 */
final class XssProbe {

    /** The hostile values. */
    static final List<String> PAYLOADS = List.of(
        "\"><script>alert(1)</script>",
        "'\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "</textarea><svg onload=alert(1)>",
        "</script><script>alert(1)</script>",
        "'-alert(1)-'");

    /** How long to wait for a dialog opened after the page has loaded. */
    private static final Duration DIALOG_WAIT = Duration.ofMillis(120);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final String INJECTED = String.join("\n",
        "var found = [];",
        "function sel(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().split(/\\s+/).join('.') : ''); }",
        "var all = document.querySelectorAll('*');",
        "for (var i = 0; i < all.length && found.length < 5; i++) { var e = all[i];",
        "  if (e.tagName === 'SCRIPT') { var t = (e.getAttribute('type') || '').trim().toLowerCase();",
        "    if (!e.src && /^(|module|text\\/javascript|application\\/javascript)$/.test(t) && /alert\\(1\\)/.test(e.textContent)) found.push('<script> with alert(1)');",
        "    continue; }",
        "  for (var j = 0; j < e.attributes.length; j++) { var a = e.attributes[j];",
        "    if (/^on/i.test(a.name) && /alert\\(1\\)/.test(a.value)) found.push('<' + sel(e) + ' ' + a.name + '=\"' + a.value + '\">');",
        "    else if (/^(href|src|action|formaction|data)$/i.test(a.name) && /^\\s*javascript:/i.test(a.value)) found.push('<' + sel(e) + ' ' + a.name + '=\"' + a.value + '\">'); } }",
        "return found;");

    private XssProbe() {
    }

    /**
     * @param driver the browser
     * @param url    the page, with or without a query
     * @param params the request parameter names to put the payloads into, one at a time
     * @return the findings, each naming the parameter, the payload and what happened; empty if none
     * @throws Exception on browser or connection errors
     */
    static List<String> probe(WebDriver driver, String url, List<String> params) throws Exception {
        List<String> findings = new ArrayList<>();
        for (String param : params) {
            for (String payload : PAYLOADS) {
                String probe = with(url, param, payload);
                String where = param + "=" + payload;
                String dialog = null;
                try {
                    driver.get(probe);
                } catch (UnhandledAlertException e) {
                    dialog = String.valueOf(e.getAlertText());
                }
                String later = dialog(driver, DIALOG_WAIT);
                if (dialog == null) {
                    dialog = later;
                }
                if (dialog != null) {
                    findings.add(where + ": a JavaScript dialog opened (" + dialog + ")");
                }
                while (dialog(driver, Duration.ZERO) != null) {
                    // more dialogs queued: dismissed
                }
                int status = status(driver, probe);
                if (status >= 500) {
                    findings.add(where + ": answered " + status);
                }
                @SuppressWarnings("unchecked")
                List<String> injected = (List<String>) ((JavascriptExecutor) driver).executeScript(INJECTED);
                if (!injected.isEmpty()) {
                    findings.add(where + ": the payload became markup " + injected);
                }
            }
        }
        return findings;
    }

    /** The URL with {@code param} set to {@code value}: replaced where the query has it, else added. */
    static String with(String url, String param, String value) {
        String pair = URLEncoder.encode(param, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        int q = url.indexOf('?');
        if (q < 0) {
            return url + "?" + pair;
        }
        List<String> pairs = new ArrayList<>();
        boolean replaced = false;
        for (String p : url.substring(q + 1).split("&")) {
            String name = URLDecoder.decode(p.contains("=") ? p.substring(0, p.indexOf('=')) : p, StandardCharsets.UTF_8);
            if (name.equals(param) && !replaced) {
                pairs.add(pair);
                replaced = true;
            } else if (!name.equals(param) && !p.isEmpty()) {
                pairs.add(p);
            }
        }
        if (!replaced) {
            pairs.add(pair);
        }
        return url.substring(0, q) + "?" + String.join("&", pairs);
    }

    /** Dismisses an open dialog, waiting for one at most {@code wait}; returns its text, or null if none opened. */
    private static String dialog(WebDriver driver, Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                Alert alert = driver.switchTo().alert();
                String text = alert.getText();
                alert.dismiss();
                return text == null ? "" : text;
            } catch (NoAlertPresentException e) {
                if (System.nanoTime() >= end) {
                    return null;
                }
                Thread.sleep(20);
            }
        }
    }

    /** The HTTP status of the loaded page (Navigation Timing), or of a second request for it where the browser has none. */
    private static int status(WebDriver driver, String url) throws Exception {
        Object status = ((JavascriptExecutor) driver).executeScript(
            "var n = performance.getEntriesByType('navigation')[0]; return n && n.responseStatus || 0;");
        int code = status instanceof Number ? ((Number) status).intValue() : 0;
        if (code > 0 || !url.startsWith("http")) {
            return code;
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
