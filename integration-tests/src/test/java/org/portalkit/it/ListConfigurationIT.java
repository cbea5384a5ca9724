package org.portalkit.it;

import static org.portalkit.it.TestNews.params;
import static org.portalkit.it.TestNews.truth;

import org.portalkit.it.TestNews.Truth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * List configurations ({@code pk-list} of the templates module) in the real server: resources with each option are
 * created through the fixture probe, opened as pages of their own (or placed on a {@code pk-page} through the list
 * element) and compared with what the VFS says a guest may read (the probe's "news-truth", independent of Solr).
 * The engine itself is ListEngineIT's; here: each field of a pk-list reaches the engine, paging modes (also "show
 * more" without and with JavaScript), facets on the demo's /tin-tuc/ page and the category pages, nofollow on facet
 * combinations, and the editor's validation messages.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListConfigurationIT {

    static final String SITE = "/sites/default";
    static final String NEWS = SITE + "/tin-tuc/";
    static final String OWN = SITE + "/it-plist/";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A list as a page shows it. */
    record Shown(int status, Document doc, Element list, List<String> links, long total, String body) {
        boolean shows(List<Truth> truth) {
            return links.size() == truth.size() && new HashSet<>(sitePaths(links, truth)).size() == truth.size();
        }
    }

    @Test
    @Order(1)
    void typesFoldersAndSubfoldersReachTheEngine(RunningPortal portal) throws Exception {
        createNews(portal, OWN + "top", "Tin gốc danh sách");
        createNews(portal, OWN + "sub/below", "Tin con danh sách");
        Shown flat = page(portal, list(portal, "flat", "Folder", "/it-plist/", "Subfolders", "false"));
        assertEquals(200, flat.status(), flat.body());
        assertEquals(1, flat.links().size(), flat.body());
        assertTrue(flat.links().get(0).endsWith("/it-plist/top.xml"), flat.links().toString());
        Shown deep = page(portal, list(portal, "deep", "Folder", "/it-plist/"));
        assertEquals(Set.of("/it-plist/top.xml", "/it-plist/sub/below.xml"),
            deep.links().stream().map(l -> l.substring(l.indexOf("/it-plist/"))).collect(Collectors.toSet()));
        assertEquals(2, deep.total());

        // no folder: the whole site; the type's default (pk-news) when none is named
        List<Truth> site = truth(portal, SITE + "/");
        Shown whole = page(portal, list(portal, "site", "PageSize", "50"));
        assertEquals(site.size(), whole.total(), whole.body());
        Shown typed = page(portal, list(portal, "typed", "Type", "pk-news", "PageSize", "50"));
        assertEquals(site.size(), typed.total());

        // a type no module lists: the editor's message instead of the list, never an exception
        Shown unknown = page(portal, list(portal, "unknown", "Type", "pk-nothing"));
        assertEquals(200, unknown.status());
        assertTrue(unknown.links().isEmpty());
        String error = unknown.list().select(".pk-list__error").text();
        assertEquals(text("vi", "pklist.config.unknownType").replace("{0}", "pk-nothing"), error, "in the page's language");
        assertFalse(unknown.body().contains("Exception"), unknown.body());
    }

    @Test
    @Order(2)
    void categoriesAnyAndAll(RunningPortal portal) throws Exception {
        List<Truth> truth = truth(portal, NEWS);
        String a = "lao-dong-viec-lam/";
        String b = "nguoi-co-cong/";
        long inA = truth.stream().filter(t -> t.categories().contains(a)).count();
        long inAOrB = truth.stream().filter(t -> t.categories().contains(a) || t.categories().contains(b)).count();
        long inAAndB = truth.stream().filter(t -> t.categories().contains(a) && t.categories().contains(b)).count();
        assertTrue(inA > 0 && inAOrB > inA, "demo content has both categories");
        assertEquals(inA, page(portal, list(portal, "cat-a", "Folder", "/tin-tuc/", "Category", "lao-dong-viec-lam")).total());
        assertEquals(inAOrB, page(portal, list(portal, "cat-any", "Folder", "/tin-tuc/", "Category", "lao-dong-viec-lam",
            "Category", "nguoi-co-cong", "CategoryMode", "any")).total());
        assertEquals(inAAndB, page(portal, list(portal, "cat-all", "Folder", "/tin-tuc/", "Category", "lao-dong-viec-lam",
            "Category", "nguoi-co-cong", "CategoryMode", "all")).total());
        // categories' root paths in one field, comma-separated
        assertEquals(inAOrB, page(portal, list(portal, "cat-widget", "Folder", "/tin-tuc/", "Category",
            "/sites/default/.categories/lao-dong-viec-lam/,/sites/default/.categories/nguoi-co-cong/", "CategoryMode", "any")).total());
        assertEquals(inAAndB, page(portal, list(portal, "cat-widget-all", "Folder", "/tin-tuc/", "Category",
            "/sites/default/.categories/lao-dong-viec-lam/,/sites/default/.categories/nguoi-co-cong/", "CategoryMode", "all")).total());
    }

    @Test
    @Order(3)
    void dateRestrictionsAndTheEmptyText(RunningPortal portal) throws Exception {
        List<Truth> truth = truth(portal, NEWS);
        long now = System.currentTimeMillis();
        assertEquals(truth.stream().filter(t -> t.date() <= now).count(),
            page(portal, list(portal, "past", "Folder", "/tin-tuc/", "Dates", "past")).total());
        long from = ZonedDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZONE).toInstant().toEpochMilli();
        long to = ZonedDateTime.of(2021, 12, 31, 23, 59, 59, 0, ZONE).toInstant().toEpochMilli();
        long in2021 = truth.stream().filter(t -> t.date() >= from && t.date() <= to).count();
        assertTrue(in2021 > 0);
        assertEquals(in2021, page(portal, list(portal, "range", "Folder", "/tin-tuc/", "Dates", "range",
            "DateFrom", Long.toString(from), "DateTo", Long.toString(to))).total());
        long future = truth.stream().filter(t -> t.date() > now).count();
        Shown none = page(portal, list(portal, "future", "Folder", "/tin-tuc/", "Dates", "future",
            "EmptyText", "Chưa có tin sắp tới <b>."));
        assertEquals(future, none.total());
        if (future == 0) {
            assertEquals("Chưa có tin sắp tới <b>.", none.list().select(".pk-list__empty").text(), "the list's own text, encoded");
        }
        Shown defaultEmpty = page(portal, list(portal, "empty", "Folder", "/tin-tuc/", "Category", "khong-co-chuyen-muc"));
        assertEquals(0, defaultEmpty.total());
        assertEquals(text("vi", "pklist.empty"), defaultEmpty.list().select(".pk-list__empty").text(), defaultEmpty.body());
        // a fixed range without its ends: the editor's message
        Shown broken = page(portal, list(portal, "range-broken", "Dates", "range"));
        assertEquals(text("vi", "pklist.config.dateRange"), broken.list().select(".pk-list__error").text(), broken.body());
    }

    @Test
    @Order(4)
    void sortsAndThePageSizeCap(RunningPortal portal) throws Exception {
        List<Truth> truth = truth(portal, NEWS);
        Shown newest = page(portal, list(portal, "newest", "Folder", "/tin-tuc/", "PageSize", "50"));
        Shown oldest = page(portal, list(portal, "oldest", "Folder", "/tin-tuc/", "PageSize", "50", "Sort", "oldest"));
        Shown byTitle = page(portal, list(portal, "title", "Folder", "/tin-tuc/", "PageSize", "50", "Sort", "title"));
        Truth first = truth.stream().max(java.util.Comparator.comparingLong(Truth::date)).orElseThrow();
        Truth last = truth.stream().min(java.util.Comparator.comparingLong(Truth::date)).orElseThrow();
        assertTrue(newest.links().get(0).endsWith(first.sitePath()), newest.links().get(0) + " / " + first);
        assertTrue(oldest.links().get(0).endsWith(last.sitePath()), oldest.links().get(0) + " / " + last);
        assertTrue(newest.shows(truth) && oldest.shows(truth) && byTitle.shows(truth), "every article, once");
        List<String> reversed = new ArrayList<>(newest.links());
        java.util.Collections.reverse(reversed);
        assertNotEquals(newest.links(), byTitle.links(), "the title order is another order");
        assertNotEquals(reversed, byTitle.links());

        // a page size the editor could not enter (content written through the API) is capped to 50
        Shown huge = page(portal, list(portal, "huge", "PageSize", "999"));
        assertEquals(Math.min(50, huge.total()), huge.links().size());
        assertTrue(huge.links().size() > 10, "more than the default reached the engine");
        Shown five = page(portal, list(portal, "five", "Folder", "/tin-tuc/", "PageSize", "5"));
        assertEquals(5, five.links().size());
        assertEquals(newest.links().subList(0, 5), five.links());
    }

    @Test
    @Order(5)
    void pagingModesNumberedShowMoreAndNone(RunningPortal portal) throws Exception {
        List<String> order = page(portal, list(portal, "order", "Folder", "/tin-tuc/", "PageSize", "50")).links();
        assertTrue(order.size() >= 15, "enough demo news for three pages of five");

        Shown numbered = page(portal, list(portal, "numbered", "Folder", "/tin-tuc/", "PageSize", "5", "Paging", "numbered"));
        assertFalse(numbered.list().select("nav.pk-list__pager").isEmpty(), "a numbered pager");
        assertTrue(numbered.list().select("a.pk-list__more-link").isEmpty());
        Element next = numbered.list().selectFirst("a.pk-list__pager-next");
        assertNotNull(next);
        assertEquals("next", next.attr("rel"), "no facet selection: followed");
        assertEquals(order.subList(5, 10), get(portal, next.attr("href")).links());

        Shown more = page(portal, list(portal, "more", "Folder", "/tin-tuc/", "PageSize", "5", "Paging", "more"));
        assertTrue(more.list().select("nav.pk-list__pager").isEmpty(), "no numbers in 'show more' mode");
        Element moreLink = more.list().selectFirst("a.pk-list__more-link");
        assertNotNull(moreLink, more.body());
        assertEquals(text("vi", "pklist.more"), moreLink.text());
        assertTrue(moreLink.hasAttr("data-pk-list-more"));
        // without JavaScript the link is a plain link to the next page, which has its own "show more"
        Shown second = get(portal, moreLink.attr("href"));
        assertEquals(200, second.status());
        assertEquals(order.subList(5, 10), second.links());
        Element third = second.list().selectFirst("a.pk-list__more-link");
        assertNotNull(third);
        assertEquals(order.subList(10, 15), get(portal, third.attr("href")).links());
        assertFalse(more.doc().select("script[src$=list.js]").isEmpty(), "the page has the enhancing script");

        Shown none = page(portal, list(portal, "none", "Folder", "/tin-tuc/", "PageSize", "5", "Paging", "none"));
        assertTrue(none.list().select("nav.pk-list__pager, a.pk-list__more-link").isEmpty());
        assertEquals(order.subList(0, 5), none.links());
        String path = "/it-plist/none";
        assertEquals(order.subList(0, 5), get(portal, path + "?page=2").links(), "the visitor's page does not count");
    }

    @Test
    @Order(6)
    void showMoreAppendsTheNextItemsInTheBrowser(RunningPortal portal) throws Exception {
        String path = list(portal, "more-js", "Folder", "/tin-tuc/", "PageSize", "4", "Paging", "more");
        List<String> order = page(portal, list(portal, "order", "Folder", "/tin-tuc/", "PageSize", "50")).links();
        ChromeDriver browser = Browser.open();
        try {
            browser.get("http://127.0.0.1:" + portal.port() + path);
            String url = browser.getCurrentUrl();
            assertEquals(4, browser.findElements(By.cssSelector(".pk-list__items > li")).size());
            browser.findElement(By.cssSelector("a.pk-list__more-link")).click();
            long until = System.currentTimeMillis() + 20_000;
            while (browser.findElements(By.cssSelector(".pk-list__items > li")).size() < 8 && System.currentTimeMillis() < until) {
                Thread.sleep(200);
            }
            assertEquals(8, browser.findElements(By.cssSelector(".pk-list__items > li")).size(), "the next four appended");
            assertEquals(url, browser.getCurrentUrl(), "appended in place, no navigation");
            List<String> shown = browser.findElements(By.cssSelector(".pk-list__items > li a.pk-list__link")).stream()
                .map(e -> e.getAttribute("href")).collect(Collectors.toList());
            for (int i = 0; i < 8; i++) {
                assertTrue(shown.get(i).endsWith(order.get(i)), shown.get(i) + " / " + order.get(i));
            }
            assertTrue(browser.findElement(By.cssSelector("a.pk-list__more-link")).getAttribute("href").contains("page=3"),
                "the link moves on");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(7)
    void theNewsPageHasCategoryAndYearFacetsWhoseCountsAreTheNarrowedLists(RunningPortal portal) throws Exception {
        List<Truth> truth = truth(portal, NEWS);
        Shown news = get(portal, "/tin-tuc/");
        assertEquals(200, news.status(), news.body());
        assertEquals(truth.size(), news.total());
        assertEquals(Math.min(20, truth.size()), news.links().size());
        List<Element> categories = news.list().select(".pk-list__facet--category a.pk-list__facet-link");
        List<Element> years = news.list().select(".pk-list__facet--year a.pk-list__facet-link");
        assertFalse(categories.isEmpty() || years.isEmpty(), news.body());
        assertTrue(news.list().select(".pk-list__facet--month").isEmpty(), "months are not asked for");
        Set<String> labels = categories.stream().map(e -> e.ownText().strip()).collect(Collectors.toSet());
        assertTrue(labels.contains("Lao động - Việc làm"), "categories by their titles: " + labels);
        for (Element link : categories) {
            assertFalse(link.attr("rel").contains("nofollow"), "one selection is worth indexing");
            long count = count(link);
            Shown narrowed = get(portal, link.attr("href"));
            assertEquals(count, narrowed.total(), link.text());
        }
        long yearSum = 0;
        for (Element link : years) {
            long count = count(link);
            yearSum += count;
            Shown narrowed = get(portal, link.attr("href"));
            assertEquals(count, narrowed.total(), link.text());
            int year = Integer.parseInt(link.ownText().strip());
            long inYear = truth.stream().filter(t -> ZonedDateTimeYear(t.date()) == year).count();
            assertEquals(inYear, count, "year " + year + " as the VFS says");
        }
        assertEquals(truth.size(), yearSum, "every article has one year");

        // a year selected: the category links now lead to combinations (nofollow), the year link back (followed)
        Element year = years.get(0);
        Shown inYear = get(portal, year.attr("href"));
        Element selected = inYear.list().selectFirst(".pk-list__facet-value--selected a.pk-list__facet-link");
        assertNotNull(selected, inYear.body());
        assertFalse(selected.attr("rel").contains("nofollow"));
        for (Element link : inYear.list().select(".pk-list__facet--category a.pk-list__facet-link")) {
            assertTrue(link.attr("rel").contains("nofollow"), "combination: " + link.outerHtml());
            assertEquals(count(link), get(portal, link.attr("href")).total(), "category within the year");
        }
        Element combination = inYear.list().selectFirst(".pk-list__facet--category a.pk-list__facet-link");
        Shown both = get(portal, combination.attr("href"));
        for (Element pagerLink : both.list().select("nav.pk-list__pager a")) {
            assertTrue(pagerLink.attr("rel").contains("nofollow"), pagerLink.outerHtml());
        }
        // a bad facet value: the first page with a note, never a broken page
        Shown bad = get(portal, "/tin-tuc/?cat=%7B!lucene%7D*:*");
        assertEquals(200, bad.status());
        assertEquals(news.links(), bad.links());
        assertFalse(bad.list().select(".pk-list__note").isEmpty(), bad.body());
    }

    @Test
    @Order(8)
    void eachCategoryHasItsPage(RunningPortal portal) throws Exception {
        List<Truth> truth = truth(portal, SITE + "/");
        for (String category : new String[] {"bao-tro-xa-hoi", "giao-duc-nghe-nghiep", "lao-dong-viec-lam", "nguoi-co-cong",
            "tin-hoat-dong", "tre-em-binh-dang-gioi"}) {
            Shown shown = get(portal, "/chuyen-muc/" + category + "/");
            assertEquals(200, shown.status(), category);
            long expected = truth.stream().filter(t -> t.categories().contains(category + "/")).count();
            assertEquals(expected, shown.total(), category);
            assertEquals(Math.min(10, expected), shown.links().size());
            assertFalse(shown.doc().select("h1.pk-page__title").text().isBlank());
            if (expected > 0) {
                assertFalse(shown.list().select(".pk-list__facet--year").isEmpty(), category + " has a year facet");
            }
        }
        Document index = Jsoup.parse(portal.get("/chuyen-muc/").body());
        assertEquals(6, index.select(".pk-page__intro a[href*='/chuyen-muc/']").size(), "the categories page links all six");
    }

    @Test
    @Order(9)
    void theListElementOnAPageTakesItsSettingsFromThePage(RunningPortal portal) throws Exception {
        List<String> order = page(portal, list(portal, "order", "Folder", "/tin-tuc/", "PageSize", "50")).links();
        String element = "/system/modules/org.portalkit.template/elements/list.jsp?path=/it-plist/order&variant=";
        createPage(portal, "it-plist-boxes", element + "compact&n=3", element + "teaser&n=50", element + "latest&n=4&more=/tin-tuc/");
        String html = portal.get("/it-plist-boxes").body();
        Document doc = Jsoup.parse(html);
        Element compact = doc.selectFirst("section.pk-list--compact");
        Element teaser = doc.selectFirst("section.pk-list--teaser");
        Element latest = doc.selectFirst("section.pk-list--latest");
        assertNotNull(compact, html);
        assertEquals(3, links(compact).size());
        assertTrue(compact.select(".pk-list__date").isEmpty(), "compact: titles only");
        assertEquals(order, links(teaser));
        assertFalse(teaser.select("a.pk-list__image-link > img.pk-list__image").isEmpty(), "teaser cards with image");
        assertEquals(order.size(), teaser.select("h3.pk-list__title").size());
        assertEquals(order.subList(0, 4), links(latest));
        assertEquals(4, latest.select("time.pk-list__date").size(), "latest: title and date");
        assertNotNull(latest.selectFirst("a.pk-list__all-link"));
        assertTrue(doc.select("nav.pk-list__pager, .pk-list__facets").isEmpty(), "boxes neither page nor filter");
        // the visitor's query string changes nothing of the boxes
        assertEquals(links(latest), links(Jsoup.parse(portal.get("/it-plist-boxes?n=50&variant=full&page=2&path=/x").body())
            .selectFirst("section.pk-list--latest")));
        // the landing page: the latest ten news and teaser cards
        Document home = Jsoup.parse(portal.get("/").body());
        assertEquals(10, links(home.selectFirst("section.pk-list--latest")).size());
        assertEquals(3, links(home.selectFirst("section.pk-list--teaser")).size());
        assertFalse(home.select("link[href$=list.css]").isEmpty(), "the list's style sheet");
    }

    @Test
    @Order(10)
    void theSchemaReportsItsValidationMessagesInBothLanguages(RunningPortal portal) throws Exception {
        String xml = pklistXml("Title", "  ", "Type", "pk news", "Folder", "/../system/", "Category", "{!lucene}",
            "CategoryMode", "some", "PageSize", "500", "Paging", "endless", "EmptyText", "x".repeat(301));
        for (String locale : new String[] {"vi", "en"}) {
            String result = portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type", "pk-list",
                "locale", locale, "xml", xml));
            assertTrue(result.startsWith("errors yes"), result);
            for (String key : new String[] {"pklist.error.title", "pklist.error.type", "pklist.error.folder", "pklist.error.category",
                "pklist.error.choice", "pklist.error.pageSize", "pklist.error.emptyText"}) {
                // the editor's workplace locale chooses the bundle: each text exactly in its own language
                boolean shown = result.contains(text(locale, key)) && !result.contains(text("vi".equals(locale) ? "en" : "vi", key));
                assertTrue(shown, locale + " " + key + " (" + text(locale, key) + ") in:\n" + result);
            }
        }
        // editors can choose Vietnamese as their workplace locale (portal-core's /system/workplace/locales/vi/)
        assertTrue(portal.probe(params("action", "workplace-locales")).lines().anyMatch("vi"::equals),
            portal.probe(params("action", "workplace-locales")));
        String valid = portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type", "pk-list",
            "locale", "vi", "xml", pklistXml("Title", "Tin", "Type", "pk-news", "Folder", "/tin-tuc/", "PageSize", "20")));
        assertEquals("errors no", valid);
    }

    // ---- helpers

    private static int ZonedDateTimeYear(long millis) {
        return java.time.Instant.ofEpochMilli(millis).atZone(ZONE).getYear();
    }

    private static long count(Element facetLink) {
        String text = facetLink.select(".pk-list__facet-count").text();
        return Long.parseLong(text.replace("(", "").replace(")", "").strip());
    }

    /** Creates (once) and publishes a pk-list /it-plist/&lt;name&gt; with the fields; answers its site path. */
    private static String list(RunningPortal portal, String name, String... fields) throws Exception {
        String[] all = new String[fields.length + 2];
        all[0] = "Title";
        all[1] = "Danh sách " + name;
        System.arraycopy(fields, 0, all, 2, fields.length);
        String answer = portal.probe(params("action", "create-file", "user", "Admin", "password", portal.adminPassword(),
            "path", OWN + name, "type", "pk-list", "content", pklistXml(all)));
        assertTrue(answer.startsWith("ok"), answer);
        return "/it-plist/" + name;
    }

    @Test
    @Order(11)
    void whatPagesKeepOfOnlineContentFollowsEveryPublish(RunningPortal portal) throws Exception {
        // category titles are kept until the next publish (OpenCms' lookup reaches the database every time)
        String category = SITE + "/.categories/tin-hoat-dong/";
        String title = "Tin hoạt động";
        String renamed = "Tin hoạt động của Sở";
        assertTrue(categoryLabels(get(portal, "/tin-tuc/")).contains(title));
        assertEquals("ok", portal.probe(Map.of("action", "write-property", "adminPassword", portal.adminPassword(),
            "path", category, "name", "Title", "value", renamed)));
        try {
            Set<String> labels = categoryLabels(get(portal, "/tin-tuc/"));
            assertTrue(labels.contains(renamed) && !labels.contains(title), "after the publish: " + labels);
        } finally {
            assertEquals("ok", portal.probe(Map.of("action", "write-property", "adminPassword",
                portal.adminPassword(), "path", category, "name", "Title", "value", title)));
        }
        assertTrue(categoryLabels(get(portal, "/tin-tuc/")).contains(title));

        // the items' resources as the Guest read them are kept too: a published permission change counts at once
        Shown page = get(portal, "/tin-tuc/");
        String first = page.links().get(0);
        Truth item = truth(portal, NEWS).stream().filter(t -> first.endsWith(t.sitePath())).findFirst().orElseThrow();
        get(portal, "/tin-tuc/");
        assertEquals("ok", portal.probe(Map.of("action", "guest-read", "adminPassword", portal.adminPassword(),
            "path", SITE + item.sitePath(), "allow", "false")));
        try {
            Shown without = get(portal, "/tin-tuc/");
            assertEquals(200, without.status());
            assertFalse(without.links().contains(first), "no longer readable by the Guest: " + without.links());
            assertFalse(without.links().isEmpty());
        } finally {
            assertEquals("ok", portal.probe(Map.of("action", "guest-read", "adminPassword", portal.adminPassword(),
                "path", SITE + item.sitePath(), "allow", "true")));
        }
        assertEquals(page.links(), get(portal, "/tin-tuc/").links());
    }

    private static Set<String> categoryLabels(Shown shown) {
        return shown.list().select(".pk-list__facet--category a.pk-list__facet-link").stream()
            .map(e -> e.ownText().strip()).collect(Collectors.toSet());
    }

    private static void createPage(RunningPortal portal, String name, String... elements) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PkPages xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.template/schemas/page.xsd\">\n<PkPage language=\"vi\">\n"
            + "<Title><![CDATA[Trang thử danh sách]]></Title>\n");
        for (String element : elements) {
            xml.append("<Element><![CDATA[").append(element).append("]]></Element>\n");
        }
        xml.append("</PkPage>\n</PkPages>\n");
        String answer = portal.probe(params("action", "create-file", "user", "Admin", "password", portal.adminPassword(),
            "path", SITE + "/" + name, "type", "pk-page", "content", xml.toString()));
        assertTrue(answer.startsWith("ok"), answer);
    }

    static String pklistXml(String... fields) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PkLists xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.template/schemas/list.xsd\">\n<PkList language=\"vi\">\n");
        // the schema's order of elements
        String[] order = {"Title", "Type", "Folder", "Subfolders", "Category", "CategoryMode", "Dates", "DateFrom", "DateTo", "Sort",
            "PageSize", "Paging", "FacetCategory", "FacetYear", "FacetMonth", "EmptyText"};
        boolean typed = false;
        for (String element : order) {
            for (int i = 0; i < fields.length; i += 2) {
                if (fields[i].equals(element)) {
                    xml.append('<').append(element).append("><![CDATA[").append(fields[i + 1]).append("]]></").append(element).append(">\n");
                    typed |= "Type".equals(element);
                }
            }
            if ("Title".equals(element) && !typed && !List.of(fields).contains("Type")) {
                xml.append("<Type><![CDATA[pk-news]]></Type>\n");
                typed = true;
            }
        }
        return xml.append("</PkList>\n</PkLists>\n").toString();
    }

    private static void createNews(RunningPortal portal, String path, String title) throws Exception {
        String answer = TestNews.create(portal, path + ".xml",
            TestNews.xml(title, "Sapo", System.currentTimeMillis() - 3_600_000, null, null, null), true);
        assertTrue(answer.startsWith("ok "), answer);
    }

    private static Shown page(RunningPortal portal, String sitePath) throws Exception {
        return get(portal, sitePath);
    }

    private static Shown get(RunningPortal portal, String href) throws Exception {
        HttpResponse<String> response = portal.get(href);
        Document doc = Jsoup.parse(response.body());
        Element list = doc.selectFirst("section.pk-list");
        assertNotNull(list, href + ": " + response.body());
        return new Shown(response.statusCode(), doc, list, links(list), Long.parseLong(list.attr("data-pk-list-total")),
            response.body());
    }

    private static List<String> links(Element list) {
        return list.select(".pk-list__items > li a.pk-list__link").stream().map(e -> e.attr("href")).collect(Collectors.toList());
    }

    private static List<String> sitePaths(List<String> links, List<Truth> truth) {
        List<String> paths = new ArrayList<>();
        for (String link : links) {
            for (Truth t : truth) {
                if (link.endsWith(t.sitePath())) {
                    paths.add(t.sitePath());
                }
            }
        }
        return paths;
    }

    /** The English and the Vietnamese text of a key (a page's locale comes from its folders' properties). */
    /** A text of the templates module's bundle, read from the sources. */
    private static String text(String locale, String key) throws IOException {
        Path file = Paths.get(System.getProperty("portalkit.dist"))
            .resolve("../../../../templates/src/main/resources/org/portalkit/template/messages_" + locale + ".properties").normalize();
        Properties props = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        String value = props.getProperty(key);
        assertNotNull(value, key);
        return value;
    }

}
