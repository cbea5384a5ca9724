package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reading toolbar of the templates module (resources/toolbar.js, toolbar.css) and its web font
 * (resources/fonts.css, fonts/*.woff2) in real Chromium, on the fixture page elements/toolbar.jsp.
 */
@ExtendWith(PortalRuntimeExtension.class)
class ReadingToolbarIT {

    private static final String PAGE = "/system/modules/org.portalkit.itfixture/elements/toolbar.jsp";

    private static final String RESOURCES = "/system/modules/org.portalkit.template/resources/";

    private static final String FAMILY = "PortalKit Noto Sans";

    /** In the unicode-range of the vietnamese subset only (Chromium writes ranges without leading zeros). */
    private static final Pattern VIETNAMESE = Pattern.compile("U\\+1EA0-1EF9", Pattern.CASE_INSENSITIVE);

    /** In the unicode-range of the latin subset only (U+0131, dotless i). */
    private static final Pattern LATIN = Pattern.compile("U\\+0*131(?![0-9A-F])", Pattern.CASE_INSENSITIVE);

    private static double fontSize(ChromeDriver browser, String selector) {
        Object px = browser.executeScript(
            "return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize);", selector);
        return ((Number) px).doubleValue();
    }

    private static String htmlClass(ChromeDriver browser) {
        return String.valueOf(browser.executeScript("return document.documentElement.className;"));
    }

    private static String background(ChromeDriver browser) {
        return String.valueOf(browser.executeScript("return getComputedStyle(document.body).backgroundColor;"));
    }

    private static WebElement button(ChromeDriver browser, String selector) {
        return browser.findElement(By.cssSelector("[data-pk-toolbar] " + selector));
    }

    private static ChromeDriver openPage(RunningPortal portal) throws Exception {
        ChromeDriver browser = Browser.open();
        browser.get("http://127.0.0.1:" + portal.port() + PAGE);
        waitForBinding(browser);
        return browser;
    }

    /** Waits until toolbar.js has bound the toolbar (it marks it data-pk-bound="true" on DOMContentLoaded). */
    private static void waitForBinding(ChromeDriver browser) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!"true".equals(browser.findElement(By.cssSelector("[data-pk-toolbar]")).getAttribute("data-pk-bound"))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("toolbar.js did not bind the toolbar: " + browser.getPageSource());
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theResourcesAreServed(RunningPortal portal) throws Exception {
        for (String file : List.of("fonts.css", "toolbar.css", "toolbar.js", "print.css",
                "fonts/noto-sans-vietnamese-400-normal.woff2", "fonts/noto-sans-latin-400-normal.woff2",
                "fonts/LICENSE-noto-sans.txt")) {
            HttpResponse<String> response = portal.get(RESOURCES + file);
            assertEquals(200, response.statusCode(), file);
        }
    }

    @Test
    void textSizeStepsScaleTheTextAndAreRemembered(RunningPortal portal) throws Exception {
        ChromeDriver browser = openPage(portal);
        try {
            browser.executeScript("localStorage.clear();");
            browser.navigate().refresh();
            waitForBinding(browser);
            assertTrue(htmlClass(browser).contains("pk-js"), htmlClass(browser));
            assertTrue(browser.findElement(By.cssSelector("[data-pk-toolbar]")).isDisplayed(),
                "the toolbar shows when JavaScript runs");
            double normal = fontSize(browser, "#it-text");

            button(browser, "[data-pk-text=larger]").click();
            button(browser, "[data-pk-text=larger]").click();
            double larger = fontSize(browser, "#it-text");
            assertTrue(larger > normal, normal + " -> " + larger);
            assertTrue(htmlClass(browser).contains("pk-text-2"), htmlClass(browser));
            assertEquals("2", browser.executeScript("return localStorage.getItem('pk.textSize');"));

            browser.navigate().refresh();
            waitForBinding(browser);
            assertEquals(larger, fontSize(browser, "#it-text"), 0.01, "the size survives a reload");
            assertTrue(htmlClass(browser).contains("pk-text-2"), htmlClass(browser));

            button(browser, "[data-pk-text=smaller]").click();
            button(browser, "[data-pk-text=smaller]").click();
            assertEquals(normal, fontSize(browser, "#it-text"), 0.01, "A- twice is back to the default size");
            assertFalse(htmlClass(browser).contains("pk-text-"), htmlClass(browser));

            button(browser, "[data-pk-text=smaller]").click();
            button(browser, "[data-pk-text=smaller]").click();
            assertTrue(fontSize(browser, "#it-text") < normal);
            assertNotNull(button(browser, "[data-pk-text=smaller]").getAttribute("disabled"), "A- is disabled at -2");
            button(browser, "[data-pk-text=reset]").click();
            assertEquals(normal, fontSize(browser, "#it-text"), 0.01);
            assertNull(button(browser, "[data-pk-text=smaller]").getAttribute("disabled"));
            for (int i = 0; i < 3; i++) {
                button(browser, "[data-pk-text=larger]").click();
            }
            assertNotNull(button(browser, "[data-pk-text=larger]").getAttribute("disabled"), "A+ is disabled at +3");
            assertTrue(htmlClass(browser).contains("pk-text-3"), htmlClass(browser));
            assertEquals(1.5 * normal, fontSize(browser, "#it-text"), 0.01);
        } finally {
            browser.quit();
        }
    }

    @Test
    void highContrastTogglesTheThemeAndIsRemembered(RunningPortal portal) throws Exception {
        ChromeDriver browser = openPage(portal);
        try {
            browser.executeScript("localStorage.clear();");
            browser.navigate().refresh();
            waitForBinding(browser);
            WebElement contrast = button(browser, "[data-pk-contrast]");
            assertEquals("false", contrast.getAttribute("aria-pressed"));
            String normal = background(browser);
            assertFalse(htmlClass(browser).contains("pk-contrast"));

            contrast.click();
            assertTrue(htmlClass(browser).contains("pk-contrast"), htmlClass(browser));
            assertEquals("true", button(browser, "[data-pk-contrast]").getAttribute("aria-pressed"));
            assertEquals("rgb(0, 0, 0)", background(browser));
            assertNotEquals(normal, background(browser));
            assertEquals("rgb(255, 255, 255)", browser.executeScript(
                "return getComputedStyle(document.getElementById('it-text')).color;"));
            assertEquals("rgb(255, 255, 0)", browser.executeScript(
                "return getComputedStyle(document.querySelector('main a')).color;"));

            browser.navigate().refresh();
            waitForBinding(browser);
            assertTrue(htmlClass(browser).contains("pk-contrast"), "contrast survives a reload");
            assertEquals("true", button(browser, "[data-pk-contrast]").getAttribute("aria-pressed"));

            button(browser, "[data-pk-contrast]").click();
            assertFalse(htmlClass(browser).contains("pk-contrast"), htmlClass(browser));
            assertEquals("false", button(browser, "[data-pk-contrast]").getAttribute("aria-pressed"));
            assertEquals(normal, background(browser));
            assertEquals("0", browser.executeScript("return localStorage.getItem('pk.contrast');"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void withoutJavaScriptTheToolbarIsHidden(RunningPortal portal) throws Exception {
        ChromeDriver browser = openPage(portal);
        try {
            // As the page is before toolbar.js runs: take pk-js away again; toolbar.css then hides the toolbar.
            browser.executeScript("document.documentElement.classList.remove('pk-js');");
            assertEquals("none", browser.executeScript(
                "return getComputedStyle(document.querySelector('[data-pk-toolbar]')).display;"));
            assertFalse(browser.findElement(By.cssSelector("[data-pk-toolbar]")).isDisplayed());
            browser.executeScript("document.documentElement.classList.add('pk-js');");
            assertTrue(browser.findElement(By.cssSelector("[data-pk-toolbar]")).isDisplayed());
        } finally {
            browser.quit();
        }
    }

    @Test
    void printingHidesTheToolbarAndPrintsBlackOnWhite(RunningPortal portal) throws Exception {
        ChromeDriver browser = openPage(portal);
        try {
            button(browser, "[data-pk-contrast]").click();
            assertTrue(htmlClass(browser).contains("pk-contrast"));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("none", browser.executeScript(
                "return getComputedStyle(document.querySelector('[data-pk-toolbar]')).display;"));
            assertEquals("none", browser.executeScript(
                "return getComputedStyle(document.querySelector('.pk-skip')).display;"));
            assertEquals("rgb(0, 0, 0)", browser.executeScript(
                "return getComputedStyle(document.getElementById('it-text')).color;"), "black text, even in contrast mode");
            assertEquals("rgb(255, 255, 255)", background(browser));
            assertEquals("\" (https://example.org/van-ban)\"", browser.executeScript(
                "return getComputedStyle(document.querySelector('main a'), '::after').content;"));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            assertEquals("rgb(0, 0, 0)", background(browser), "the screen keeps high contrast");
            button(browser, "[data-pk-contrast]").click();
        } finally {
            browser.quit();
        }
    }

    @Test
    void theVietnameseWebFontIsLoaded(RunningPortal portal) throws Exception {
        ChromeDriver browser = openPage(portal);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> fonts = (Map<String, Object>) browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(function () {"
                + "  var loaded = [];"
                + "  document.fonts.forEach(function (f) {"
                + "    if (f.status === 'loaded') { loaded.push(f.family + ' ' + f.weight + ' ' + f.style + ' ' + f.unicodeRange); }"
                + "  });"
                + "  done({check: document.fonts.check('16px \"" + FAMILY + "\"', 'Đăng Nhập'),"
                + "        family: getComputedStyle(document.getElementById('it-text')).fontFamily,"
                + "        loaded: loaded.join('\\n')});"
                + "});");
            assertEquals(Boolean.TRUE, fonts.get("check"), String.valueOf(fonts));
            assertTrue(String.valueOf(fonts.get("family")).startsWith("\"" + FAMILY + "\""), String.valueOf(fonts));
            String loaded = String.valueOf(fonts.get("loaded"));
            assertTrue(loaded.lines().anyMatch(l -> l.startsWith(FAMILY + " 400 normal") && VIETNAMESE.matcher(l).find()),
                "the vietnamese subset (400) is loaded: " + loaded);
            assertTrue(loaded.lines().anyMatch(l -> l.startsWith(FAMILY + " 700 normal") && VIETNAMESE.matcher(l).find()),
                "the vietnamese subset (700, the heading) is loaded: " + loaded);
            assertTrue(loaded.lines().anyMatch(l -> l.startsWith(FAMILY + " 400 normal") && LATIN.matcher(l).find()),
                "the latin subset is loaded: " + loaded);
        } finally {
            browser.quit();
        }
    }
}
