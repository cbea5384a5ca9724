package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A citizen finding things on the demo portal only by clicking and typing in real Chromium: the main navigation
 * and the breadcrumb, the numbered pager and the facets of a list page, and the search box of the header with the
 * search page's own facets and pager. Nothing is requested by URL except the first page of each walk, so a link
 * the templates write wrong, a form that posts to the wrong place or a facet that does not narrow fails here.
 * The numbers compared are the page's own (facet counts, the search summary), never fixed ones: other test classes
 * add content to the same runtime.
 */
@ExtendWith(PortalRuntimeExtension.class)
class ClickThroughBrowserIT {

    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) kết quả");

    private static ChromeDriver s_browser;
    private static String s_base;

    @BeforeAll
    static void open(RunningPortal portal) throws Exception {
        s_base = "http://127.0.0.1:" + portal.port();
        s_browser = Browser.open();
        s_browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    static void quit() {
        if (s_browser != null) {
            s_browser.quit();
        }
    }

    @Test
    void theNavigationAndTheBreadcrumbLeadThroughTheSite() throws Exception {
        load("/");
        WebElement notices = navLink("Thông báo");
        assertEquals(null, notices.getAttribute("aria-current"), "no section is current on the home page");
        notices.click();
        Browser.waitFor(s_browser, "the notice archive", () -> s_browser.getCurrentUrl().contains("/thong-bao/"));
        assertEquals("Thông báo", h1());
        assertEquals("true", navLink("Thông báo").getAttribute("aria-current"), "the current section is marked");

        WebElement firstNotice = s_browser.findElement(By.cssSelector("#pk-main a.pk-list__link"));
        String title = firstNotice.getText();
        firstNotice.click();
        Browser.waitFor(s_browser, "the notice " + title, () -> title.equals(h1()));
        assertEquals("true", navLink("Thông báo").getAttribute("aria-current"), "a notice belongs to its section");
        assertEquals(1, s_browser.findElements(By.cssSelector("nav.pk-nav [aria-current]")).size(), "one section is current");
        List<WebElement> crumbs = s_browser.findElements(By.cssSelector("nav.pk-breadcrumb a"));
        List<String> crumbTexts = crumbs.stream().map(WebElement::getText).collect(Collectors.toList());
        assertTrue(crumbTexts.contains("Thông báo"), "breadcrumb " + crumbTexts);
        crumbs.get(crumbTexts.indexOf("Thông báo")).click();
        Browser.waitFor(s_browser, "the archive again", () -> "Thông báo".equals(h1()));

        s_browser.findElements(By.cssSelector("nav.pk-breadcrumb a")).get(0).click();
        Browser.waitFor(s_browser, "the home page", () -> (s_base + "/").equals(s_browser.getCurrentUrl())
            || s_browser.getCurrentUrl().equals(s_base + "/index.html"));
    }

    @Test
    void theNumberedPagerTurnsThePagesOfAList() throws Exception {
        load("/tin-tuc/");
        List<String> first = listTitles();
        assertFalse(first.isEmpty());
        assertEquals("1", currentPage(".pk-list__pager"));
        s_browser.findElement(By.xpath("//nav[contains(@class,'pk-list__pager')]//a[normalize-space()='2']")).click();
        Browser.waitFor(s_browser, "page 2", () -> s_browser.getCurrentUrl().contains("page=2"));
        assertEquals("2", currentPage(".pk-list__pager"));
        List<String> second = listTitles();
        assertFalse(second.isEmpty(), "page 2 lists items");
        Set<String> both = new HashSet<>(first);
        both.retainAll(second);
        assertTrue(both.isEmpty(), "no item on both pages: " + both);

        s_browser.findElement(By.cssSelector("a.pk-list__pager-previous")).click();
        Browser.waitFor(s_browser, "page 1 again", () -> "1".equals(currentPage(".pk-list__pager")));
        assertEquals(first, listTitles(), "the previous link goes back to the same first page");
        s_browser.findElement(By.cssSelector("a.pk-list__pager-next")).click();
        Browser.waitFor(s_browser, "page 2 by 'next'", () -> "2".equals(currentPage(".pk-list__pager")));
        assertEquals(second, listTitles());
    }

    @Test
    void aFacetNarrowsTheListToItsCountAndASecondClickUndoesIt() throws Exception {
        load("/tin-tuc/");
        List<String> all = listTitles();
        WebElement facet = facetLink("Người có công");
        int count = count(facet.getText());
        assertTrue(count > 0, facet.getText());
        facet.click();
        Browser.waitFor(s_browser, "the category selected", () -> s_browser.getCurrentUrl().contains("cat="));
        WebElement selected = facetLink("Người có công");
        assertEquals("true", selected.getAttribute("aria-current"), "the selected value is marked");
        List<String> narrowed = allListTitles();
        assertEquals(count, narrowed.size(), "the facet's count is the number of items it leads to: " + narrowed);
        assertFalse(narrowed.containsAll(all) && narrowed.size() == all.size(), "the list changed");

        WebElement year = s_browser.findElement(By.cssSelector(".pk-list__facet--year a.pk-list__facet-link"));
        int yearCount = count(year.getText());
        year.click();
        Browser.waitFor(s_browser, "category and year", () -> s_browser.getCurrentUrl().contains("year="));
        assertTrue(s_browser.getCurrentUrl().contains("cat="), "the category stays selected with the year");
        assertEquals(yearCount, allListTitles().size(), "the year's count within the category");

        facetLink("Người có công").click();
        Browser.waitFor(s_browser, "category unselected", () -> !s_browser.getCurrentUrl().contains("cat="));
        assertTrue(s_browser.getCurrentUrl().contains("year="), "the year stays selected");
    }

    @Test
    void theHeaderSearchBoxLeadsToResultsThatCanBeNarrowedPagedAndOpened() throws Exception {
        load("/");
        WebElement box = s_browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        box.sendKeys("việc làm");
        s_browser.findElement(By.cssSelector("header form[role=search] button[type=submit]")).click();
        Browser.waitFor(s_browser, "the search page", () -> !s_browser.findElements(By.cssSelector(".pk-search__summary")).isEmpty());
        assertEquals("việc làm", s_browser.findElement(By.id("pk-search-q")).getAttribute("value"),
            "the search page's own form keeps the query");
        int total = summaryCount();
        List<WebElement> hits = s_browser.findElements(By.cssSelector(".pk-search__hit"));
        assertFalse(hits.isEmpty());
        String firstSnippet = hits.get(0).getText().toLowerCase(Locale.ROOT);
        assertTrue(firstSnippet.contains("việc") || firstSnippet.contains("làm"), firstSnippet);

        WebElement notices = s_browser.findElement(By.xpath(
            "//a[contains(@class,'pk-search__facet-link')][normalize-space()='Thông báo']"));
        String facetCount = notices.findElement(By.xpath("following-sibling::span")).getText();
        notices.click();
        Browser.waitFor(s_browser, "only notices", () -> s_browser.getCurrentUrl().contains("type=pk-notice"));
        int notes = summaryCount();
        assertEquals(count(facetCount), notes, "the type facet's count is the narrowed total");
        assertTrue(notes < total, notes + " of " + total);
        for (WebElement type : s_browser.findElements(By.cssSelector(".pk-search__hit-type"))) {
            assertEquals("Thông báo", type.getAttribute("textContent").trim());
        }

        load("/");
        s_browser.findElement(By.cssSelector("header form[role=search] input[name=q]")).sendKeys("việc làm", Keys.ENTER);
        Browser.waitFor(s_browser, "the search page by Enter", () -> !s_browser.findElements(By.cssSelector(".pk-search__summary")).isEmpty());
        assertEquals(total, summaryCount(), "Enter and the button give the same search");
        if (total > 10) {
            List<String> firstPage = hitTitles();
            s_browser.findElement(By.cssSelector("a.pk-search__pager-next")).click();
            Browser.waitFor(s_browser, "results page 2", () -> "2".equals(currentPage(".pk-search__pager")));
            List<String> secondPage = hitTitles();
            assertFalse(secondPage.isEmpty());
            assertTrue(secondPage.stream().noneMatch(firstPage::contains), firstPage + " / " + secondPage);
        }
        WebElement hit = s_browser.findElement(By.cssSelector("a.pk-search__hit-title"));
        String title = hit.getText();
        hit.click();
        Browser.waitFor(s_browser, "the hit " + title, () -> title.equals(h1()));
    }

    /**
     * Opens a page and waits until it is loaded with its main region: a walk must not start on the document of the
     * previous test (a CI run once read the list of /tin-tuc/ before its page had replaced the one before).
     */
    private static void load(String path) throws Exception {
        s_browser.get(s_base + path);
        Browser.waitFor(s_browser, path + " loaded", () -> "complete".equals(
            s_browser.executeScript("return document.readyState;"))
            && (s_base + path).equals(s_browser.getCurrentUrl())
            && !s_browser.findElements(By.id("pk-main")).isEmpty());
    }

    private static WebElement navLink(String text) {
        return s_browser.findElement(By.xpath("//nav[contains(@class,'pk-nav')]//a[normalize-space()='" + text + "']"));
    }

    private static WebElement facetLink(String label) {
        return s_browser.findElement(By.xpath("//a[contains(@class,'pk-list__facet-link')][starts-with(normalize-space(),'"
            + label + " (')]"));
    }

    private static String h1() {
        List<WebElement> h1 = s_browser.findElements(By.tagName("h1"));
        return h1.size() == 1 ? h1.get(0).getText() : "(" + h1.size() + " h1)";
    }

    private static String currentPage(String pager) {
        List<WebElement> current = s_browser.findElements(By.cssSelector(pager + " [aria-current=page]"));
        return current.isEmpty() ? "" : current.get(0).getText();
    }

    private static List<String> listTitles() {
        return s_browser.findElements(By.cssSelector("#pk-main a.pk-list__link")).stream().map(WebElement::getText)
            .collect(Collectors.toList());
    }

    /** The titles of every page of the list shown now, walking its pager by clicking. */
    private static List<String> allListTitles() throws Exception {
        List<String> titles = new ArrayList<>(listTitles());
        for (int pages = 1; pages < 20; pages++) {
            List<WebElement> next = s_browser.findElements(By.cssSelector("a.pk-list__pager-next"));
            if (next.isEmpty()) {
                return titles;
            }
            String page = String.valueOf(pages + 1);
            next.get(0).click();
            Browser.waitFor(s_browser, "list page " + page, () -> page.equals(currentPage(".pk-list__pager")));
            titles.addAll(listTitles());
        }
        throw new AssertionError("more than 20 pages: " + s_browser.getCurrentUrl());
    }

    private static List<String> hitTitles() {
        return s_browser.findElements(By.cssSelector("a.pk-search__hit-title")).stream().map(WebElement::getText)
            .collect(Collectors.toList());
    }

    private static int summaryCount() {
        String summary = s_browser.findElement(By.cssSelector(".pk-search__summary")).getText();
        Matcher m = SUMMARY.matcher(summary);
        assertTrue(m.find(), summary);
        return Integer.parseInt(m.group(1));
    }

    private static int count(String text) {
        Matcher m = COUNT.matcher(text);
        assertTrue(m.find(), "a count in " + text);
        return Integer.parseInt(m.group(1));
    }
}
