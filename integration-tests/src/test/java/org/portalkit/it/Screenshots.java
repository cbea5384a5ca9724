package org.portalkit.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Looks at a page at phone, tablet and desktop widths: for each width it sizes the browser's viewport, loads the
 * page, writes a screenshot of the whole page to {@code target/screenshots/<name>-<width>.png} and tells whether
 * the document overflows horizontally ({@code scrollWidth > clientWidth} of the root element), naming the
 * outermost elements that stick out past the right edge of the viewport (not counting those inside a box that
 * clips or scrolls its overflow).
 */
final class Screenshots {

    /** Phone, tablet, desktop, wide desktop. */
    static final int[] WIDTHS = {360, 768, 1280, 1920};
    /** The CSS width of an A4 page at 96 dpi, less the print stylesheet's margins of 1.5 cm. */
    static final int PRINT_WIDTH = 680;
    static final int HEIGHT = 900;
    /** Screenshots stop at this height. */
    private static final int MAX_HEIGHT = 12000;

    /**
     * @param name       the page's name in the file name
     * @param width      the viewport width
     * @param file       the screenshot
     * @param overflows  whether the document is wider than the viewport
     * @param scrollWidth the document's width
     * @param clientWidth the viewport's width without a scroll bar
     * @param offenders  the outermost elements past the right edge, widest first: selector, right edge, width
     */
    record Shot(String name, int width, Path file, boolean overflows, int scrollWidth, int clientWidth, List<String> offenders) {
        @Override
        public String toString() {
            return name + " at " + width + "px: " + (overflows
                ? "overflows horizontally, scrollWidth " + scrollWidth + " > clientWidth " + clientWidth
                    + (offenders.isEmpty() ? "" : "; widest offender " + String.join("; then ", offenders))
                : "no overflow") + " (" + file + ")";
        }
    }

    private static final String OVERFLOW = String.join("\n",
        "var de = document.documentElement, cw = de.clientWidth, sw = de.scrollWidth;",
        "function sticksOut(el) { var r = el.getBoundingClientRect();",
        "  return (r.width > 0 || r.height > 0) && r.right + window.scrollX > cw + 0.5; }",
        "function clipped(el) { for (var p = el.parentElement; p && p !== document.body && p !== de; p = p.parentElement) {",
        "  var o = getComputedStyle(p).overflowX; if (o !== 'visible') return true; } return false; }",
        "function sel(el) { var parts = [];",
        "  for (var e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {",
        "    var s = e.tagName.toLowerCase();",
        "    if (e.id) { parts.unshift(s + '#' + e.id); break; }",
        "    var cls = (e.getAttribute('class') || '').trim().split(/\\s+/).filter(Boolean).slice(0, 2);",
        "    if (cls.length) s += '.' + cls.join('.');",
        "    else if (e.parentElement) { var same = Array.prototype.filter.call(e.parentElement.children, function (c) { return c.tagName === e.tagName; });",
        "      if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(e) + 1) + ')'; }",
        "    parts.unshift(s); if (e === document.body) break; }",
        "  return parts.join(' > '); }",
        "var found = [];",
        "if (sw > cw && document.body) {",
        "  var all = document.body.querySelectorAll('*');",
        "  for (var i = 0; i < all.length; i++) { var el = all[i];",
        "    if (!sticksOut(el) || clipped(el)) continue;",
        "    var p = el.parentElement; if (p && p !== document.body && sticksOut(p)) continue;",
        "    var r = el.getBoundingClientRect();",
        "    found.push({s: sel(el), right: Math.round(r.right + window.scrollX), w: Math.round(r.width)}); }",
        "  found.sort(function (a, b) { return b.right - a.right; }); }",
        "return {sw: sw, cw: cw, h: Math.max(de.scrollHeight, document.body ? document.body.scrollHeight : 0),",
        "  offenders: found.slice(0, 3).map(function (f) { return f.s + ' (right edge ' + f.right + 'px, width ' + f.w + 'px)'; })};");

    /**
     * Waits for the web fonts and for the images, lazy ones included (they are switched to eager loading, since the
     * screenshot shows the whole page), at most 5 seconds.
     */
    private static final String READY = String.join("\n",
        "var done = arguments[arguments.length - 1];",
        "var images = Array.prototype.slice.call(document.images);",
        "images.forEach(function (i) { if (i.loading === 'lazy') i.loading = 'eager'; });",
        "var loaded = images.map(function (i) { return i.complete ? Promise.resolve() : new Promise(function (ok) {",
        "  i.addEventListener('load', ok); i.addEventListener('error', ok); }); });",
        "var fonts = document.fonts ? document.fonts.ready : Promise.resolve();",
        "var timeout = new Promise(function (ok) { setTimeout(ok, 5000); });",
        "Promise.race([Promise.all(loaded.concat([fonts])), timeout]).then(function () { done(true); }, function () { done(false); });");

    private Screenshots() {
    }

    /**
     * @return {@code target/screenshots} of the integration-tests module
     */
    static Path directory() {
        return Paths.get(System.getProperty("basedir", "."), "target", "screenshots");
    }

    /**
     * @param driver the browser (its window is resized)
     * @param url    the page
     * @param name   the page's name in the file names
     * @return one shot for each of {@link #WIDTHS}
     * @throws Exception on browser or file errors
     */
    static List<Shot> take(ChromeDriver driver, String url, String name) throws Exception {
        List<Shot> shots = new ArrayList<>();
        for (int width : WIDTHS) {
            shots.add(take(driver, url, name, width));
        }
        return shots;
    }

    /**
     * @param driver the browser (its window is resized)
     * @param url    the page
     * @param name   the page's name in the file name
     * @param width  the viewport width
     * @return the shot
     * @throws Exception on browser or file errors
     */
    static Shot take(ChromeDriver driver, String url, String name, int width) throws Exception {
        resize(driver, width);
        driver.get(url);
        return shoot(driver, name, String.valueOf(width), width);
    }

    /**
     * Loads a page as a printer gets it (CSS media "print", a paper-wide viewport) and writes its screenshot to
     * {@code target/screenshots/<name>-print.png}; the browser is left in print media for the caller to inspect.
     *
     * @param driver the browser (its window is resized); call {@link #screen(ChromeDriver)} when done
     * @param url    the page
     * @param name   the page's name in the file name
     * @return the shot (its width is {@link #PRINT_WIDTH})
     * @throws Exception on browser or file errors
     */
    static Shot print(ChromeDriver driver, String url, String name) throws Exception {
        resize(driver, PRINT_WIDTH);
        driver.get(url);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        return shoot(driver, name, "print", PRINT_WIDTH);
    }

    /** Waits for the loaded page, measures its overflow and writes {@code <name>-<suffix>.png}. */
    @SuppressWarnings("unchecked")
    private static Shot shoot(ChromeDriver driver, String name, String suffix, int width) throws Exception {
        driver.executeAsyncScript(READY);
        Map<String, Object> m = (Map<String, Object>) driver.executeScript(OVERFLOW);
        int sw = ((Number) m.get("sw")).intValue();
        int cw = ((Number) m.get("cw")).intValue();
        int h = Math.min(MAX_HEIGHT, Math.max(HEIGHT, ((Number) m.get("h")).intValue()));
        Path file = directory().resolve(name + "-" + suffix + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, screenshot(driver, Math.max(width, sw), h));
        return new Shot(name, width, file, sw > cw, sw, cw, (List<String>) m.get("offenders"));
    }

    /** Puts the browser back into screen media after {@link #print}. */
    static void screen(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /** Sizes the window so that the viewport (window.innerWidth) is {@code width} wide. */
    private static void resize(ChromeDriver driver, int width) {
        driver.manage().window().setSize(new Dimension(width, HEIGHT));
        long inner = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
        if (inner != width) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - inner), HEIGHT));
        }
    }

    private static byte[] screenshot(ChromeDriver driver, int width, int height) {
        try {
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            // the viewport alone, if the DevTools call is refused
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }
}
