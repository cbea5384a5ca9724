package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portalkit.it.TestNews.params;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portalkit.core.text.UrlNames;

/**
 * The English pages of the demo in the real server: the English home page lists the English news (/en/news/) and
 * notices (/en/notices/), the English archives list them with English category labels, an English article and an
 * English notice are drawn in the English frame, the English search finds English items, an editor's new news and
 * notices of an English page go to the English folders (the sub-sitemap configuration /en/.content/.config), and the
 * Vietnamese pages, lists and search show none of the English items.
 */
@ExtendWith(PortalRuntimeExtension.class)
class EnglishPagesIT {

    /** The English demo news, newest first (module-news/src/demo-generator/news_items.py, EN_ITEMS). */
    static final List<String> NEWS = List.of(
        "Department reviews its work in the first nine months of 2022",
        "Online job fair connects 900 job seekers with 35 employers",
        "Vocational training courses open for rural workers",
        "Monthly social allowances now paid into bank accounts",
        "Gifts presented to families of war invalids and martyrs",
        "Action Month for Children 2022 launched in Kon Tum");

    static final String ARTICLE = "/en/news/department-reviews-its-work-in-the-first-nine-months-of-2022";

    /** The English demo notices: the pinned one first, then newest issue date first. */
    static final List<String> NOTICES = List.of(
        "Recruitment of public employees in 2026",
        "Citizen reception days in December 2026",
        "Unemployment benefit applications accepted online");

    static final String NOTICE = "/en/notices/recruitment-of-public-employees-in-2026";

    private static Document page(RunningPortal portal, String path) throws Exception {
        HttpResponse<String> response = portal.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> listTitles(Element scope) {
        return scope.select(".pk-list__item a.pk-list__link").eachText();
    }

    @Test
    void theEnglishHomePageListsTheEnglishNewsAndNotices(RunningPortal portal) throws Exception {
        Document doc = page(portal, "/en/");
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        Element list = doc.selectFirst("main .pk-list");
        assertNotNull(list, "the news list of the main container");
        assertEquals("en", list.attr("lang"));
        assertEquals("Latest news", list.selectFirst(".pk-list__heading").text());
        assertEquals(NEWS, listTitles(list), "the English news, newest first, and nothing else");
        for (Element link : list.select(".pk-list__item a.pk-list__link")) {
            assertTrue(link.attr("href").startsWith("/en/news/"), link.outerHtml());
        }
        assertEquals("/en/news/", list.selectFirst(".pk-list__more-link, .pk-list__all-link").attr("href"));

        Element box = doc.selectFirst("aside.pk-sidebar .pk-notice-box");
        assertNotNull(box, "the notice box of the sidebar");
        assertEquals("en", box.attr("lang"));
        assertEquals(NOTICES, box.select(".pk-notice-box__link").eachText(), "pinned first, then newest");
        assertEquals("/en/notices/", box.selectFirst("a.pk-notice-box__more-link").attr("href"));
        assertEquals("All notices", box.selectFirst("a.pk-notice-box__more-link").text());

        Element links = doc.selectFirst("aside.pk-sidebar section.pk-linklist");
        assertNotNull(links, "the general-information box of the sidebar");
        assertEquals("General information", links.selectFirst("h2").text());
        for (Element link : links.select("a")) {
            assertTrue(link.attr("href").startsWith("/en/") || link.attr("href").startsWith("https://"),
                "an English item leads to an English page or outside: " + link.outerHtml());
        }
        assertTrue(links.select("a").eachAttr("href").contains("/en/contact/"), links.outerHtml());

        assertEquals(List.of("About the Department", "News", "Notices", "Contact"),
            doc.select("nav.pk-nav .pk-nav__link").eachText());
        assertEquals("/en/search/", doc.selectFirst("header form[role=search]").attr("action"),
            "the English search box sends to the English search page");
    }

    @Test
    void theEnglishNewsArchiveListsThemWithEnglishCategories(RunningPortal portal) throws Exception {
        Document doc = page(portal, "/en/news/");
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("News", doc.selectFirst("main h1").text());
        Element list = doc.selectFirst("main .pk-list");
        assertEquals(Integer.toString(NEWS.size()), list.attr("data-pk-list-total"));
        assertEquals(NEWS, listTitles(list));
        List<String> categories = doc.select(".pk-list__facet--category .pk-list__facet-link").eachText();
        assertTrue(categories.stream().anyMatch(c -> c.startsWith("Activities (1)")), categories.toString());
        assertTrue(categories.stream().anyMatch(c -> c.startsWith("Labour and employment (1)")), categories.toString());
        assertFalse(categories.stream().anyMatch(c -> c.startsWith("Tin hoạt động")), "English labels: " + categories);
        // one page of 20: no pager; a page number past the end is capped, not an error
        assertTrue(list.select(".pk-list__pager").isEmpty(), list.outerHtml());
        assertEquals(NEWS, listTitles(page(portal, "/en/news/?page=5")));
        // the category facet narrows the list
        String activities = doc.select(".pk-list__facet--category .pk-list__facet-link").stream()
            .filter(a -> a.text().startsWith("Activities")).findFirst().orElseThrow().attr("href");
        assertEquals(List.of(NEWS.get(0)), listTitles(page(portal, activities).selectFirst("main .pk-list")));

        // file names are the URL names of the titles, as OpenCms's name generator gives them
        String listing = portal.probe(params("action", "list", "path", "/sites/default/en/news/"));
        int checked = 0;
        for (String line : listing.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && !"index.html".equals(parts[0])) {
                assertEquals(UrlNames.slugify(parts[1]), parts[0], "URL name of '" + parts[1] + "'");
                checked++;
            }
        }
        assertEquals(NEWS.size(), checked, listing);
    }

    @Test
    void anEnglishArticleAndNoticeAreDrawnInTheEnglishFrame(RunningPortal portal) throws Exception {
        Document doc = page(portal, ARTICLE);
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        Element article = doc.selectFirst("main article.pk-news--detail");
        assertNotNull(article, doc.body().html());
        assertEquals("en", article.attr("lang"));
        assertEquals(NEWS.get(0), article.selectFirst("h1.pk-news__title").text());
        assertEquals("DEPARTMENT OFFICE", article.selectFirst(".pk-news__section").text().toUpperCase(java.util.Locale.ROOT));
        assertTrue(article.selectFirst(".pk-news__footer").text().contains("Posted by"), article.selectFirst(".pk-news__footer").text());
        assertTrue(article.selectFirst(".pk-news__footer").text().contains("DOLISA Kon Tum"));
        assertEquals("Back", article.selectFirst("a.pk-news__back").text());
        assertEquals("Print", article.selectFirst("a.pk-news__print").text());
        assertEquals(List.of("Home", "News", NEWS.get(0)), doc.select("nav.pk-breadcrumb li").eachText());
        assertEquals("Skip to main content", doc.selectFirst("a.pk-skip").text());
        assertEquals("News", doc.selectFirst("nav.pk-nav .pk-nav__item--current > a").text());
        // the English home page's sidebar: its notice box
        assertEquals(NOTICES, doc.select("aside.pk-sidebar .pk-notice-box__link").eachText());

        Document notice = page(portal, NOTICE);
        assertEquals("en", notice.selectFirst("html").attr("lang"));
        assertEquals(NOTICES.get(0), notice.selectFirst("main h1").text());
        assertEquals("Recruitment", notice.selectFirst("tr.pk-notice__meta-categories td").text(),
            "the category's English title");
        Document archive = page(portal, "/en/notices/");
        assertEquals("Notices", archive.selectFirst("main h1").text());
        assertEquals(NOTICES.size(), archive.select("main .pk-list__item").size(), archive.selectFirst("main").html());
    }

    @Test
    void theEnglishSearchFindsEnglishItemsAndTheVietnameseOneDoesNot(RunningPortal portal) throws Exception {
        Document en = page(portal, "/en/search/?q=" + enc("job fair"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertTrue(en.select("main a[href]").eachAttr("href")
            .contains("/en/news/online-job-fair-connects-900-job-seekers-with-35-employers"), en.selectFirst("main").html());
        Document enNotice = page(portal, "/en/search/?q=" + enc("unemployment benefit"));
        assertTrue(enNotice.select("main a[href]").eachAttr("href")
            .contains("/en/notices/unemployment-benefit-applications-accepted-online"), enNotice.selectFirst("main").html());
        String vi = portal.get("/tim-kiem/?q=" + enc("job fair employers")).body();
        assertFalse(vi.contains("/en/news/"), "the Vietnamese search shows no English news");
        String viNotice = portal.get("/tim-kiem/?q=" + enc("unemployment benefit")).body();
        assertFalse(viNotice.contains("/en/notices/"), "the Vietnamese search shows no English notices");
    }

    @Test
    void theVietnamesePagesListNoEnglishItems(RunningPortal portal) throws Exception {
        for (String path : List.of("/", "/tin-tuc/", "/chuyen-muc/tin-hoat-dong/", "/thong-bao/")) {
            String body = portal.get(path).body();
            for (String title : NEWS) {
                assertFalse(body.contains(title), path + " lists " + title);
            }
            for (String title : NOTICES) {
                assertFalse(body.contains(title), path + " lists " + title);
            }
            assertFalse(body.contains("href=\"/en/news/") || body.contains("href=\"/en/notices/"), path);
        }
        // the sitemap has the English pages as well (every page of the site a visitor can open)
        String sitemap = portal.get("/sitemap-1.xml").body();
        assertTrue(sitemap.contains(ARTICLE + "</loc>"), sitemap);
        assertTrue(sitemap.contains(NOTICE + "</loc>"), sitemap);
    }

    @Test
    void anEditorsNewNewsOfAnEnglishPageGoToTheEnglishFolders(RunningPortal portal) throws Exception {
        String answer = portal.probe(params("action", "ade", "adminPassword", portal.adminPassword(),
            "page", "/sites/default/en/index.html", "create", "pk-news,pk-notice", "title", "A new English item"));
        List<String> lines = answer.lines().toList();
        for (String expected : List.of(
            "type pk-news folder /sites/default/en/news/ pattern news-%(number).xml",
            "type pk-notice folder /sites/default/en/notices/ pattern notice-%(number).xml",
            // inherited from the site's configuration
            "type pk-banner folder /sites/default/.content/banners pattern banner-%(number).xml",
            "type pk-linklist folder /sites/default/.content/linklists pattern linklist-%(number).xml",
            "formatters pk-main pk-list list-compact.jsp,list-full.jsp,list-latest.jsp,list-teaser.jsp",
            "formatters pk-side pk-notice box-formatter.jsp")) {
            assertTrue(lines.contains(expected), "missing \"" + expected + "\" in\n" + answer);
        }
        // the configuration that answers: the nearest .content/.config above the page (OpenCms's base path of it)
        assertTrue(lines.contains("config /sites/default/en") || lines.contains("config /sites/default/en/"), answer);
        List<String> created = lines.stream().filter(l -> l.startsWith("created ")).toList();
        assertEquals(2, created.size(), answer);
        assertTrue(created.get(0).startsWith("created /sites/default/en/news/news-"), created.get(0));
        assertTrue(created.get(1).startsWith("created /sites/default/en/notices/notice-"), created.get(1));
        // the Vietnamese pages keep the site's folders
        String vi = portal.probe(params("action", "ade", "adminPassword", portal.adminPassword(),
            "page", "/sites/default/thong-bao/index.html"));
        assertTrue(vi.lines().toList().contains("type pk-news folder /sites/default/tin-tuc/ pattern news-%(number).xml"), vi);
    }
}
