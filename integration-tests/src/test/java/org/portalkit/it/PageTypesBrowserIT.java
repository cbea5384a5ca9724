package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page type of the demo portal (landing page, news list, article, section, notice archive, notice, search
 * results, the 404 and 500 pages, a simple page, and the English landing page, page, news list, article and notice) through the browser checks: the served HTML against the Nu Html
 * Checker ({@link HtmlCheck}), WCAG 2.x A/AA in Chromium ({@link AxeCheck}), no horizontal overflow at 360, 768,
 * 1280 and 1920 px with screenshots in {@code target/screenshots} ({@link Screenshots}), and hostile values in the request
 * parameters the pages read ({@link XssProbe}), and the print view (content and footer only, nothing wider than the
 * paper). Each test lists every finding of every page in its message.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageTypesBrowserIT {

    /** The request parameters the pages read, and one that none does. */
    static final List<String> PARAMS = List.of("q", "page", "year", "category", "sort", "pk-khong-co");

    private static final Map<String, String> PAGES = new LinkedHashMap<>();
    private static final Map<String, HttpResponse<String>> SERVED = new LinkedHashMap<>();
    private static String s_base;
    private static String s_noticeProblem;
    private static ChromeDriver s_browser;

    @BeforeAll
    static void open(RunningPortal portal) throws Exception {
        s_base = "http://127.0.0.1:" + portal.port();
        PAGES.put("landing", "/");
        PAGES.put("news-list", "/tin-tuc/");
        PAGES.put("article", NewsIT.SEED_PATH);
        PAGES.put("section", "/chuyen-muc/tin-hoat-dong/");
        PAGES.put("notice-archive", "/thong-bao/");
        String notice = firstNotice(portal.get("/thong-bao/").body());
        if (notice != null) {
            PAGES.put("notice", notice);
        } else {
            s_noticeProblem = "the notice archive /thong-bao/ links no notice";
        }
        PAGES.put("search", "/tim-kiem/?q=lao+%C4%91%E1%BB%99ng");
        PAGES.put("not-found", "/khong-co-trang-nay/");
        PAGES.put("english-landing", "/en/");
        PAGES.put("simple-page", "/gioi-thieu/co-cau-to-chuc/");
        PAGES.put("english-page", "/en/about/");
        PAGES.put("english-news-list", "/en/news/");
        PAGES.put("english-article", EnglishPagesIT.ARTICLE);
        PAGES.put("english-notice", EnglishPagesIT.NOTICE);
        PAGES.put("server-error", SecurityHeadersIT.FAILING_JSP);
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            SERVED.put(page.getKey(), portal.get(page.getValue()));
        }
        s_browser = Browser.open();
    }

    @AfterAll
    static void quit() {
        if (s_browser != null) {
            s_browser.quit();
        }
    }

    @Test
    @Order(1)
    void everyPageTypeIsServed() {
        List<String> findings = new ArrayList<>();
        if (s_noticeProblem != null) {
            findings.add(s_noticeProblem);
        }
        SERVED.forEach((name, response) -> {
            int expected = "not-found".equals(name) ? 404 : "server-error".equals(name) ? 500 : 200;
            System.out.println("[PageTypesBrowserIT] " + label(name) + " answers " + response.statusCode());
            if (response.statusCode() != expected) {
                findings.add(label(name) + ": answered " + response.statusCode() + ", expected " + expected);
            }
        });
        report("page types served", findings);
    }

    @Test
    @Order(2)
    void theServedHtmlHasNoNuHtmlCheckerErrors() throws Exception {
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, HttpResponse<String>> page : SERVED.entrySet()) {
            for (String error : HtmlCheck.errors(page.getValue().body())) {
                findings.add(label(page.getKey()) + ": " + error);
            }
        }
        report("Nu Html Checker errors", findings);
    }

    @Test
    @Order(3)
    void noSeriousOrCriticalAxeViolations() throws Exception {
        List<String> findings = new ArrayList<>();
        eachPage(findings, name -> {
            s_browser.get(s_base + PAGES.get(name));
            AxeCheck.Result result = AxeCheck.run(s_browser);
            System.out.println("[PageTypesBrowserIT] " + label(name) + ": axe-core " + result.version() + " passed "
                + result.passedRules() + " rules, " + result.violations().size() + " serious/critical violation(s)");
            if (result.passedRules() == 0) {
                findings.add(label(name) + ": axe " + result.version() + " passed no rule: did it run?");
            }
            for (String violation : result.violations()) {
                findings.add(label(name) + ": " + violation);
            }
        });
        report("serious or critical axe-core violations (WCAG 2.0/2.1 A and AA)", findings);
    }

    @Test
    @Order(4)
    void noHorizontalOverflowAtPhoneTabletAndDesktopWidths() throws Exception {
        List<String> findings = new ArrayList<>();
        eachPage(findings, name -> {
            for (Screenshots.Shot shot : Screenshots.take(s_browser, s_base + PAGES.get(name), name)) {
                if (shot.overflows()) {
                    findings.add(label(name) + " at " + shot.width() + "px: scrollWidth " + shot.scrollWidth() + " > clientWidth "
                        + shot.clientWidth() + (shot.offenders().isEmpty() ? "" : "; widest offender " + String.join("; then ", shot.offenders()))
                        + " (" + shot.file().getFileName() + ")");
                }
            }
        });
        report("horizontal overflow (screenshots in " + Screenshots.directory() + ")", findings);
    }

    @Test
    @Order(5)
    void hostileParametersOpenNoDialogAndBreakNoPage() throws Exception {
        List<String> findings = new ArrayList<>();
        eachPage(findings, name -> {
            if ("server-error".equals(name)) {
                return; // answers 500 whatever it is given: the probe would take that for a broken page
            }
            for (String finding : XssProbe.probe(s_browser, s_base + PAGES.get(name), PARAMS)) {
                findings.add(label(name) + ": " + finding);
            }
        });
        report("hostile request parameters (" + PARAMS + ")", findings);
    }

    /** Shown when printed: the page's heading, its main content and the footer (who publishes it, contact). */
    private static final String PRINTED = "h1, main, footer.pk-footer";
    /** Hidden when printed: navigation, reading toolbar, forms, sidebar, banners, login and counter. */
    private static final String NOT_PRINTED = "nav, [data-pk-toolbar], form, aside, .pk-banners, .pk-header__login, .pk-visits, .pk-skip";

    private static final String VISIBLE = "return Array.prototype.filter.call(document.querySelectorAll(arguments[0]),"
        + " function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0"
        + " && getComputedStyle(e).visibility !== 'hidden'; }).map(function (e) {"
        + " return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''); });";

    @Test
    @Order(6)
    void everyPagePrintsItsContentWithoutTheSiteMachinery() throws Exception {
        List<String> findings = new ArrayList<>();
        eachPage(findings, name -> {
            try {
                Screenshots.Shot shot = Screenshots.print(s_browser, s_base + PAGES.get(name), name);
                @SuppressWarnings("unchecked")
                List<String> shown = (List<String>) s_browser.executeScript(VISIBLE, PRINTED);
                @SuppressWarnings("unchecked")
                List<String> hidden = (List<String>) s_browser.executeScript(VISIBLE, NOT_PRINTED);
                for (String part : List.of("h1", "main", "footer")) {
                    if (shown.stream().noneMatch(e -> e.startsWith(part))) {
                        findings.add(label(name) + ": " + part + " is not printed");
                    }
                }
                if (!hidden.isEmpty()) {
                    findings.add(label(name) + ": printed, but should not be: " + hidden);
                }
                if (shot.overflows()) {
                    findings.add(label(name) + ": wider than the paper (" + shot + ")");
                }
            } finally {
                Screenshots.screen(s_browser);
            }
        });
        report("print view (screenshots *-print.png in " + Screenshots.directory() + ")", findings);
    }

    @Test
    @Order(7)
    void everyPageHasOneH1HeadingsInOrderTheLandmarksAndASkipLink() {
        List<String> findings = new ArrayList<>();
        SERVED.forEach((name, response) -> {
            Document doc = Jsoup.parse(response.body());
            String where = label(name) + ": ";
            String lang = name.startsWith("english") ? "en" : "vi";
            if (!lang.equals(doc.selectFirst("html").attr("lang"))) {
                findings.add(where + "html lang=\"" + doc.selectFirst("html").attr("lang") + "\", expected " + lang);
            }
            if (doc.select("h1").size() != 1 || doc.select("main h1").size() != 1) {
                findings.add(where + doc.select("h1").size() + " h1, " + doc.select("main h1").size() + " in main");
            }
            int previous = 0;
            for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                if (previous > 0 && level > previous + 1) {
                    findings.add(where + "h" + previous + " followed by " + heading.tagName() + " \"" + heading.text() + "\"");
                }
                previous = level;
            }
            for (String landmark : List.of("body > header", "main#pk-main", "body > footer")) {
                if (doc.select(landmark).size() != 1 || doc.select(landmark.replace("body > ", "")).size() != 1) {
                    findings.add(where + "not exactly one " + landmark);
                }
            }
            List<String> navNames = doc.select("nav").eachAttr("aria-label");
            if (navNames.size() != doc.select("nav").size() || navNames.size() != new java.util.HashSet<>(navNames).size()) {
                findings.add(where + "every nav needs a name of its own: " + navNames);
            }
            Element first = doc.selectFirst("body a[href], body button, body input");
            if (first == null || !"#pk-main".equals(first.attr("href"))) {
                findings.add(where + "the first focusable element is no skip link to #pk-main: " + first);
            }
        });
        report("document structure (h1, heading order, landmarks, skip link, lang)", findings);
    }

    interface PageCheck {
        void check(String name) throws Exception;
    }

    /** Runs the check on every page; a page on which the check itself fails is a finding too. */
    private static void eachPage(List<String> findings, PageCheck check) {
        for (String name : PAGES.keySet()) {
            try {
                check.check(name);
            } catch (Exception e) {
                findings.add(label(name) + ": the check failed: " + e);
            }
        }
    }

    private static String label(String name) {
        return name + " " + PAGES.get(name);
    }

    private static void report(String what, List<String> findings) {
        StringBuilder message = new StringBuilder(findings.size() + " finding(s): " + what);
        findings.forEach(f -> message.append("\n  - ").append(f));
        System.out.println("[PageTypesBrowserIT] " + message);
        assertTrue(findings.isEmpty(), message.toString());
    }

    /** The first link of the archive to a notice of its own: below /thong-bao/, no query, no feed. */
    static String firstNotice(String archive) {
        Document doc = Jsoup.parse(archive);
        Element scope = doc.selectFirst("main") != null ? doc.selectFirst("main") : doc.body();
        for (Element a : scope.select("a[href]")) {
            String href = a.attr("href").replaceFirst("^https?://[^/]+", "");
            if (href.startsWith("/thong-bao/") && href.length() > "/thong-bao/".length() && !href.contains("?")
                && !href.contains("#") && !href.matches(".*(index\\.html|\\.rss|\\.xml|\\.pdf|/feed.*)$")) {
                return href;
            }
        }
        return null;
    }
}
