package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portalkit.it.TestNews.params;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The site template in the real server: every page type (container pages, pk-page, pk-list, article, notice,
 * search, error pages, English pages) is drawn in the site frame with header, navigation, breadcrumb, sidebar and
 * footer from the site's properties; the seed article shows its section above it; the navigation marks the current
 * section; English pages have English labels and a language switch; and OpenCms's ADE configuration — what the page
 * editor asks for a container page — offers the expected types, content folders, name patterns and formatters per
 * container, and creates elements in their folders (news with its Vietnamese URL name, link lists and banners in the
 * site's content folder).
 */
@ExtendWith(PortalRuntimeExtension.class)
class SiteTemplateIT {

    private static final String AGENCY_VI = "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum";

    private static final String AGENCY_EN = "Department of Labour, Invalids and Social Affairs of Kon Tum Province";

    private static Document page(RunningPortal portal, String path, int status) throws Exception {
        HttpResponse<String> response = portal.get(path);
        assertEquals(status, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static String firstNotice(RunningPortal portal) throws Exception {
        Element link = page(portal, "/thong-bao/", 200).selectFirst("main a[href^=/thong-bao/]:not([href=/thong-bao/])");
        assertNotNull(link, "a notice in the archive");
        return link.attr("href");
    }

    /** The frame's regions, in order, around exactly one h1; the sidebar of the home page when the page has none. */
    private static void assertFramed(Document doc, String path, String lang, String agency) {
        assertEquals(lang, doc.selectFirst("html").attr("lang"), path);
        assertNotNull(doc.selectFirst("a.pk-skip[href=#pk-main]"), path + ": skip link");
        Element header = doc.selectFirst("body > header.pk-header");
        assertNotNull(header, path + ": header");
        assertTrue(header.text().contains(agency), path + ": agency in the header");
        assertEquals(4, header.select("[data-pk-toolbar] button").size(), path + ": reading toolbar");
        assertNotNull(header.selectFirst("[data-pk-visits] [data-pk-visits-total]"), path + ": visitor counter");
        assertNotNull(header.selectFirst("form[role=search] input[name=q]"), path + ": search box");
        assertFalse(header.select(".pk-header__banners .pk-banners__image").isEmpty(), path + ": header banners");
        assertFalse(doc.select("nav.pk-nav a.pk-nav__link").isEmpty(), path + ": navigation");
        Element main = doc.selectFirst("main#pk-main");
        assertNotNull(main, path + ": main");
        assertEquals(1, doc.select("h1").size(), path + ": one h1");
        assertNotNull(main.selectFirst("h1"), path + ": the h1 is in main");
        Element sidebar = doc.selectFirst("aside.pk-sidebar");
        assertNotNull(sidebar, path + ": sidebar");
        assertNotNull(sidebar.selectFirst(".pk-notice-box"), path + ": THÔNG BÁO box");
        assertNotNull(sidebar.selectFirst(".pk-linklist"), path + ": THÔNG TIN CHUNG box");
        assertFalse(sidebar.select(".pk-banners__image").isEmpty(), path + ": sidebar banners");
        Element footer = doc.selectFirst("body > footer.pk-footer");
        assertNotNull(footer, path + ": footer");
        assertTrue(footer.text().contains(agency), path + ": agency in the footer");
        assertNotNull(footer.selectFirst("a[href=tel:02603000000]"), path + ": phone link");
        assertNotNull(footer.selectFirst("a[href=mailto:lienhe@example.org]"), path + ": e-mail link");
        assertTrue(doc.select("script:not([type=application/ld+json])").stream().allMatch(s -> !s.attr("src").isEmpty()),
            path + ": every script is a file (CSP script-src 'self')");
    }

    @Test
    void everyPageTypeIsDrawnInTheSiteFrame(RunningPortal portal) throws Exception {
        List<String> vietnamese = new ArrayList<>(List.of("/", "/tin-tuc/", NewsIT.SEED_PATH, "/chuyen-muc/",
            "/chuyen-muc/tin-hoat-dong/", "/thong-bao/", "/tim-kiem/?q=lao+%C4%91%E1%BB%99ng", "/gioi-thieu/",
            "/gioi-thieu/co-cau-to-chuc/", "/lien-he/"));
        vietnamese.add(firstNotice(portal));
        for (String path : vietnamese) {
            assertFramed(page(portal, path, 200), path, "vi", AGENCY_VI);
        }
        assertFramed(page(portal, "/khong-co-trang-nay/", 404), "404", "vi", AGENCY_VI);
        for (String path : List.of("/en/", "/en/about/", "/en/contact/", "/en/news/", EnglishPagesIT.ARTICLE,
            "/en/notices/", EnglishPagesIT.NOTICE, "/en/search/?q=job")) {
            assertFramed(page(portal, path, 200), path, "en", AGENCY_EN);
        }
    }

    @Test
    void theSeedArticleShowsItsSectionAboveItAndTheBreadcrumb(RunningPortal portal) throws Exception {
        Document doc = page(portal, NewsIT.SEED_PATH, 200);
        Element main = doc.selectFirst("main#pk-main");
        String text = main.text();
        int section = text.indexOf("VĂN PHÒNG SỞ");
        int title = text.indexOf("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020");
        assertTrue(section >= 0 && title > section, "section above the title: " + text.substring(0, 200));
        List<String> crumbs = doc.select("nav.pk-breadcrumb li").eachText();
        assertEquals(List.of("Trang chủ", "Tin tức", "Hội nghị Sơ kết công tác 6 tháng đầu năm 2020."), crumbs);
        assertEquals("page", doc.selectFirst("nav.pk-breadcrumb li:last-child [aria-current]").attr("aria-current"));
        assertEquals("Tin tức", doc.selectFirst("nav.pk-nav .pk-nav__item--current > a").text());
    }

    @Test
    void theNavigationMarksTheCurrentSection(RunningPortal portal) throws Exception {
        Document doc = page(portal, "/chuyen-muc/tin-hoat-dong/", 200);
        assertEquals(List.of("Chuyên mục"), doc.select("nav.pk-nav .pk-nav__item--current > a").eachText());
        assertEquals(List.of("Tin hoạt động"), doc.select("nav.pk-nav .pk-nav__subitem--current > a").eachText());
        assertEquals("true", doc.selectFirst("nav.pk-nav .pk-nav__item--current > a").attr("aria-current"));
        assertEquals(List.of("Trang chủ", "Chuyên mục", "Tin hoạt động"), doc.select("nav.pk-breadcrumb li").eachText());
        assertEquals(List.of("Tin tức", "Thông báo", "Chuyên mục", "Giới thiệu", "Văn bản pháp luật",
            "Thủ tục hành chính", "Liên hệ"), page(portal, "/", 200).select("nav.pk-nav .pk-nav__link").eachText());
        assertTrue(page(portal, "/", 200).select("nav.pk-breadcrumb").isEmpty(), "no breadcrumb on the home page");
    }

    @Test
    void englishPagesHaveEnglishLabelsAndALanguageSwitch(RunningPortal portal) throws Exception {
        Document en = page(portal, "/en/", 200);
        assertEquals("Skip to main content", en.selectFirst("a.pk-skip").text());
        assertEquals(List.of("About the Department", "News", "Notices", "Contact"),
            en.select("nav.pk-nav .pk-nav__link").eachText());
        assertTrue(en.selectFirst("footer").text().contains("Phone"), en.selectFirst("footer").text());
        assertTrue(en.selectFirst("header").text().contains("Kon Tum Provincial People's Committee"));
        Element toVietnamese = en.selectFirst(".pk-header__languages a[lang=vi]");
        assertEquals("/", toVietnamese.attr("href"));
        assertEquals("Tiếng Việt", toVietnamese.text());
        Document vi = page(portal, "/", 200);
        assertEquals("/en/", vi.selectFirst(".pk-header__languages a[lang=en]").attr("href"));
        assertEquals("Chuyển đến nội dung chính", vi.selectFirst("a.pk-skip").text());
        Document about = page(portal, "/en/about/", 200);
        assertEquals(List.of("Home", "About the Department"), about.select("nav.pk-breadcrumb li").eachText());
        assertEquals("en", page(portal, "/en/no-such-page/", 404).selectFirst("main [lang]").attr("lang"));
    }

    @Test
    void thePageEditorsConfigurationOffersTheExpectedTypesFoldersAndFormatters(RunningPortal portal) throws Exception {
        String answer = portal.probe(params("action", "ade", "adminPassword", portal.adminPassword(),
            "page", "/sites/default/index.html", "create", "pk-news,pk-linklist,pk-banner",
            "title", "Hội nghị triển khai nhiệm vụ năm 2027"));
        List<String> lines = answer.lines().toList();
        for (String expected : List.of(
            // the module configurations' folders by name, in the site's content folder (CreateContentsLocally of the
            // site's .config; without it OpenCms takes the asking context's site root, here the root site's /.content/)
            "type pk-banner folder /sites/default/.content/banners pattern banner-%(number).xml",
            "type pk-linklist folder /sites/default/.content/linklists pattern linklist-%(number).xml",
            "type pk-list folder /sites/default/.content/lists pattern list-%(number).xml",
            "type pk-news folder /sites/default/tin-tuc/ pattern news-%(number).xml",
            "type pk-notice folder /sites/default/thong-bao/ pattern notice-%(number).xml",
            "formatters pk-banner pk-banner zone-formatter.jsp",
            "formatters pk-banner pk-news ",
            "formatters pk-banner pk-notice ",
            "formatters pk-main pk-banner ",
            "formatters pk-main pk-linklist linklist-box.jsp",
            "formatters pk-main pk-list list-compact.jsp,list-full.jsp,list-latest.jsp,list-teaser.jsp",
            "formatters pk-main pk-news news-compact.jsp,news-detail.jsp,news-teaser.jsp",
            "formatters pk-main pk-notice box-formatter.jsp,notice-detail.jsp",
            "formatters pk-side pk-banner zone-formatter.jsp",
            "formatters pk-side pk-linklist linklist-box.jsp",
            "formatters pk-side pk-list list-compact.jsp,list-latest.jsp",
            "formatters pk-side pk-news news-compact.jsp",
            "formatters pk-side pk-notice box-formatter.jsp")) {
            assertTrue(lines.contains(expected), "missing \"" + expected + "\" in\n" + answer);
        }
        // the configuration that answers: the nearest .content/.config above the page (OpenCms's base path of it)
        assertTrue(lines.contains("config /sites/default") || lines.contains("config /sites/default/"), answer);
        List<String> created = lines.stream().filter(l -> l.startsWith("created ")).toList();
        assertEquals(3, created.size(), answer);
        assertTrue(created.get(0).matches("created /sites/default/tin-tuc/news-\\d+\\.xml urlname "
            + "hoi-nghi-trien-khai-nhiem-vu-nam-2027 title Hội nghị triển khai nhiệm vụ năm 2027"), created.get(0));
        // the editor's "new" button puts link lists and banners into the site's content folders, never the root site's
        assertTrue(created.get(1).matches("created /sites/default/\\.content/linklists/linklist-\\d+\\.xml urlname "
            + "hoi-nghi-trien-khai-nhiem-vu-nam-2027 title Hội nghị triển khai nhiệm vụ năm 2027"), created.get(1));
        assertTrue(created.get(2).matches("created /sites/default/\\.content/banners/banner-\\d+\\.xml urlname .*"),
            created.get(2));
        // a content folder the creation had to make (as /.content/banners/ of the root site would be) is reported
        assertFalse(answer.contains("deleted folder"), "the content folders exist in the site: " + answer);
    }
}
