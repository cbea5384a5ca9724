package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The reading aids of the site template on the demo's real pages in Chromium (ReadingToolbarIT covers the toolbar's
 * own contract on a bare fixture page): the toolbar in the header scales the whole frame and is remembered from page
 * to page; the high-contrast theme and the largest text keep WCAG AA (axe-core, colour contrast included) and reflow
 * at 360 px; the keyboard reaches the skip link first, every focused element shows a focus indicator, the tab order
 * follows the document (no positive tabindex), and the skip link moves the focus into the main region; the text of
 * every module's elements is set in the site's self-hosted font (fonts.css), not in a font of the reader's system.
 */
@ExtendWith(PortalRuntimeExtension.class)
class ReadingAidsBrowserIT {

    private static final List<String> PAGES = List.of("/", NewsIT.SEED_PATH, "/thong-bao/", "/tim-kiem/?q=vi%E1%BB%87c+l%C3%A0m");

    private static ChromeDriver s_browser;
    private static String s_base;

    @BeforeAll
    static void open(RunningPortal portal) throws Exception {
        s_base = "http://127.0.0.1:" + portal.port();
        s_browser = Browser.open();
    }

    @AfterAll
    static void quit() {
        if (s_browser != null) {
            s_browser.quit();
        }
    }

    /** Each test starts with the reader's defaults: nothing remembered. */
    @BeforeEach
    void forget() throws Exception {
        s_browser.get(s_base + "/");
        s_browser.executeScript("window.localStorage.clear();");
        s_browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Test
    void theHeaderToolbarScalesTheFrameAndIsRememberedOnTheNextPage() throws Exception {
        load("/");
        double body = fontSize("#pk-main");
        double site = fontSize(".pk-header__site");
        double nav = fontSize(".pk-nav__link");
        button("[data-pk-text=larger]").click();
        button("[data-pk-text=larger]").click();
        assertTrue(fontSize("#pk-main") > body * 1.2, "main text scaled");
        assertTrue(fontSize(".pk-header__site") > site * 1.2, "the header scales too");
        assertTrue(fontSize(".pk-nav__link") > nav * 1.2, "the navigation scales too");
        double larger = fontSize("#pk-main");

        s_browser.findElement(By.xpath("//nav[contains(@class,'pk-nav')]//a[normalize-space()='Thông báo']")).click();
        Browser.waitFor(s_browser, "the notice archive", () -> s_browser.getCurrentUrl().contains("/thong-bao/"));
        waitForToolbar();
        assertEquals(larger, fontSize("#pk-main"), 0.01, "the size is remembered on the next page");

        button("[data-pk-contrast]").click();
        assertEquals("true", button("[data-pk-contrast]").getAttribute("aria-pressed"));
        String background = (String) s_browser.executeScript("return getComputedStyle(document.querySelector('#pk-main')).backgroundColor;");
        load(NewsIT.SEED_PATH);
        assertEquals("true", button("[data-pk-contrast]").getAttribute("aria-pressed"), "contrast remembered");
        assertEquals(background, s_browser.executeScript("return getComputedStyle(document.querySelector('#pk-main')).backgroundColor;"));
        assertEquals(larger, fontSize("#pk-main"), 0.01);

        button("[data-pk-text=reset]").click();
        button("[data-pk-contrast]").click();
        assertEquals(body, fontSize("#pk-main"), 0.01, "A resets the size");
        assertEquals("false", button("[data-pk-contrast]").getAttribute("aria-pressed"));
    }

    @Test
    void highContrastAndTheLargestTextKeepWcagAaAndReflowOnAPhone() throws Exception {
        List<String> findings = new ArrayList<>();
        for (String page : PAGES) {
            load(page);
            button("[data-pk-contrast]").click();
            for (int i = 0; i < 5; i++) {
                button("[data-pk-text=larger]").click();
            }
            assertTrue(String.valueOf(s_browser.executeScript("return document.documentElement.className;")).contains("pk-text-3"));
            AxeCheck.Result result = AxeCheck.run(s_browser);
            if (result.passedRules() == 0) {
                findings.add(page + ": axe passed no rule");
            }
            result.violations().forEach(v -> findings.add(page + " (high contrast, largest text): " + v));
            String name = "reading-aids-" + (PAGES.indexOf(page) + 1);
            Screenshots.Shot phone = Screenshots.take(s_browser, s_base + page, name, 360);
            if (phone.overflows()) {
                findings.add(page + " (high contrast, largest text): " + phone);
            }
            s_browser.executeScript("window.localStorage.clear();");
        }
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    @Test
    void theKeyboardStartsAtTheSkipLinkAndEveryFocusIsVisible() throws Exception {
        load(NewsIT.SEED_PATH);
        assertEquals(0L, s_browser.executeScript("return document.querySelectorAll('[tabindex]:not([tabindex=\"-1\"]):not([tabindex=\"0\"])').length;"),
            "no positive tabindex reorders the keyboard");
        new Actions(s_browser).sendKeys(Keys.TAB).perform();
        WebElement skip = s_browser.switchTo().activeElement();
        assertEquals("pk-skip", skip.getAttribute("class"), "the first Tab reaches the skip link");
        Map<?, ?> box = (Map<?, ?>) s_browser.executeScript("var r = arguments[0].getBoundingClientRect();"
            + " return {w: r.width, h: r.height, top: r.top, left: r.left};", skip);
        assertTrue(((Number) box.get("w")).doubleValue() > 20 && ((Number) box.get("h")).doubleValue() > 10
            && ((Number) box.get("top")).doubleValue() >= 0, "the focused skip link is visible: " + box);

        List<String> invisible = new ArrayList<>();
        List<String> order = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        String footerReached = null;
        for (int i = 0; i < 150 && footerReached == null; i++) {
            WebElement focused = s_browser.switchTo().activeElement();
            @SuppressWarnings("unchecked")
            Map<String, Object> f = (Map<String, Object>) s_browser.executeScript(
                "var e = arguments[0], s = getComputedStyle(e), r = e.getBoundingClientRect();"
                    + " return {tag: e.tagName.toLowerCase(), cls: String(e.className || ''), text: (e.textContent || e.value || '').trim().slice(0, 30),"
                    + " outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,"
                    + " shown: r.width > 0 && r.height > 0 && s.visibility !== 'hidden',"
                    + " region: e.closest('footer') ? 'footer' : e.closest('header') ? 'header' : e.closest('nav') ? 'nav'"
                    + " : e.closest('main') ? 'main' : e.closest('aside') ? 'aside' : 'body' };", focused);
            String label = f.get("tag") + "." + f.get("cls") + " \"" + f.get("text") + "\"";
            order.add(label);
            if (!Boolean.TRUE.equals(f.get("outline")) || !Boolean.TRUE.equals(f.get("shown"))) {
                invisible.add(label);
            }
            regions.add((String) f.get("region"));
            if ("footer".equals(f.get("region"))) {
                footerReached = label;
            }
            new Actions(s_browser).sendKeys(Keys.TAB).perform();
        }
        assertTrue(footerReached != null, "Tab reaches the footer: " + order);
        assertTrue(invisible.isEmpty(), "focused without a visible focus indicator: " + invisible);
        assertTrue(order.get(1).startsWith("button"), "the toolbar comes right after the skip link: " + order);
        List<String> sequence = List.of("body", "header", "nav", "main", "aside", "footer");
        for (int i = 1; i < regions.size(); i++) {
            assertTrue(sequence.indexOf(regions.get(i)) >= sequence.indexOf(regions.get(i - 1)),
                "the focus goes header, navigation, main, sidebar, footer; back from " + regions.get(i - 1) + " to "
                    + regions.get(i) + " at " + order.get(i) + " in " + order);
        }
        assertTrue(regions.containsAll(sequence.subList(1, 6)), "every region has something to focus: " + regions);

        load(NewsIT.SEED_PATH);
        new Actions(s_browser).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        Browser.waitFor(s_browser, "focus in the main region",
            () -> "pk-main".equals(s_browser.switchTo().activeElement().getAttribute("id")));
        new Actions(s_browser).sendKeys(Keys.TAB).perform();
        assertTrue((Boolean) s_browser.executeScript("return !!document.activeElement.closest('#pk-main');"),
            "the next Tab after the skip link stays in the main region");
    }

    @Test
    void everyModulesTextIsSetInTheSitesOwnFont() throws Exception {
        List<String> others = new ArrayList<>();
        for (String page : PAGES) {
            load(page);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) s_browser.executeScript("var out = [];"
                + " document.querySelectorAll('#pk-main p, #pk-main a, #pk-main h1, #pk-main h2, aside a, header a, nav a')"
                + ".forEach(function (e) { var f = getComputedStyle(e).fontFamily;"
                + " if (f.indexOf('PortalKit Noto Sans') !== 0 && f.indexOf('\"PortalKit Noto Sans\"') !== 0)"
                + " out.push(e.tagName.toLowerCase() + '.' + String(e.className).split(' ')[0] + ': ' + f); });"
                + " return out.slice(0, 5);");
            found.forEach(f -> others.add(page + " " + f));
        }
        assertTrue(others.isEmpty(), "text in another font than the self-hosted one: " + others);
    }

    private static void load(String path) throws Exception {
        s_browser.get(s_base + path);
        waitForToolbar();
    }

    private static void waitForToolbar() throws InterruptedException {
        Browser.waitFor(s_browser, "toolbar.js binding the toolbar", () -> "true".equals(
            s_browser.findElement(By.cssSelector("[data-pk-toolbar]")).getAttribute("data-pk-bound")));
    }

    private static WebElement button(String selector) {
        return s_browser.findElement(By.cssSelector("header [data-pk-toolbar] " + selector));
    }

    private static double fontSize(String selector) {
        return ((Number) s_browser.executeScript(
            "return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize);", selector)).doubleValue();
    }
}
