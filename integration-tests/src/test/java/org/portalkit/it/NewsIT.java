package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portalkit.core.text.UrlNames;
import org.portalkit.runtime.server.ServerControl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/**
 * The news module in the real runtime: the seed article as the reference page shows it, the landing page
 * list, URL names, feeds, JSON-LD, validation messages, encoding of hostile input, and the view counter.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsIT {

    static final String SEED_PATH = "/tin-tuc/hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020";
    static final String SEED_TITLE = "Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.";
    static final String BEACON = "/system/modules/org.portalkit.news/elements/view-beacon.jsp";
    static final String STRESS_KEY = "it.stress.views";

    private final HttpClient m_http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Order(1)
    void theSeedArticleShowsTheReferenceFooterLine(RunningPortal portal) throws Exception {
        HttpResponse<String> page = portal.get(SEED_PATH);
        assertEquals(200, page.statusCode());
        String text = visibleText(page.body());
        assertTrue(text.contains("VĂN PHÒNG SỞ"), text);
        assertTrue(text.contains(SEED_TITLE), text);
        assertTrue(text.contains("Quang cảnh Hội nghị"), "caption: " + text);
        assertTrue(text.contains("Tin và ảnh: Lê Thương."), text);
        assertTrue(text.contains("Đăng bởi : SLDTBXH Kontum Ngày đăng : 17/07/2020 Lượt xem : 2079"), text);
        assertTrue(text.contains("Quay Về"), text);
        Matcher image = Pattern.compile("<img[^>]+src=\"([^\"]+quang-canh-hoi-nghi[^\"]*)\"").matcher(page.body());
        assertTrue(image.find(), page.body());
        HttpResponse<byte[]> jpeg = m_http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portal.port() + image.group(1))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, jpeg.statusCode());
        assertEquals((byte)0xFF, jpeg.body()[0], "a real JPEG generated at seed time");
        assertEquals((byte)0xD8, jpeg.body()[1]);
    }

    @Test
    @Order(2)
    void theLandingPageListsTheLatestTenNewsWithWorkingLinks(RunningPortal portal) throws Exception {
        String home = portal.get("/").body();
        Matcher items = Pattern.compile("<li class=\"pk-list__item\"><a class=\"pk-list__link\" href=\"([^\"]+)\">([^<]+)</a>").matcher(home);
        List<String> links = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        while (items.find()) {
            links.add(items.group(1));
            titles.add(items.group(2));
        }
        assertEquals(10, links.size(), home);
        assertEquals("Trao học bổng cho học sinh là con em người có công", titles.get(0), "newest first");
        for (String link : links) {
            assertEquals(200, portal.get(link).statusCode(), link);
        }
        // every article is reachable from the home page: "all news", then the archive's pages
        Matcher more = Pattern.compile("<a class=\"pk-list__all-link\" href=\"([^\"]+)\">").matcher(home);
        assertTrue(more.find(), home);
        java.util.Set<String> reached = new java.util.TreeSet<>();
        String next = more.group(1);
        for (int pages = 0; next != null && pages < 10; pages++) {
            String archive = portal.get(next.replace("&amp;", "&")).body();
            Matcher item = Pattern.compile("<a class=\"pk-list__link\" href=\"[^\"]*/tin-tuc/([^\"/]+)\">").matcher(archive);
            while (item.find()) {
                reached.add(item.group(1));
            }
            Matcher pager = Pattern.compile("<a class=\"pk-list__pager-next\" rel=\"next\" href=\"([^\"]+)\">").matcher(archive);
            next = pager.find() ? pager.group(1) : null;
        }
        String listing = portal.probe(params("action", "list", "path", "/sites/default/tin-tuc/"));
        java.util.Set<String> articles = new java.util.TreeSet<>();
        for (String line : listing.split("\n")) {
            String name = line.split("\t")[0];
            if (!name.isBlank() && !"index.html".equals(name) && !name.startsWith("tin-xss")) {
                articles.add(name);
            }
        }
        assertTrue(reached.containsAll(articles), "not reachable: " + new java.util.TreeSet<>(articles) {{ removeAll(reached); }});
        assertTrue(portal.get("/tin-tuc/?page=abc").body().contains("class=\"pk-list__note\""),
            "a page number that is not a number gets a clear message");
        assertEquals(200, portal.get("/tin-tuc/?page=99999").statusCode(), "a huge page number is capped, not an error");
    }

    @Test
    @Order(3)
    void newsFileNamesAreTheVietnameseUrlNamesOfTheirTitles(RunningPortal portal) throws Exception {
        String listing = portal.probe(params("action", "list", "path", "/sites/default/tin-tuc/"));
        int checked = 0;
        for (String line : listing.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && !"index.html".equals(parts[0])) {
                assertEquals(UrlNames.slugify(parts[1]), parts[0], "URL name of '" + parts[1] + "'");
                checked++;
            }
        }
        assertTrue(checked >= 31, "seed article and 30 more: " + listing);
    }

    @Test
    @Order(4)
    void theRssFeedParsesWithRome(RunningPortal portal) throws Exception {
        HttpResponse<String> response = portal.get("/system/modules/org.portalkit.news/elements/feed.jsp?folder=/tin-tuc/");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"), response.headers().toString());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("rss_2.0", feed.getFeedType());
        assertFalse(feed.getTitle().isBlank());
        assertFalse(feed.getDescription().isBlank());
        assertTrue(feed.getLink().startsWith("http://127.0.0.1:" + portal.port() + "/"), feed.getLink());
        assertTrue(feed.getEntries().size() >= 10 && feed.getEntries().size() <= 50, "entries: " + feed.getEntries().size());
        for (SyndEntry entry : feed.getEntries()) {
            assertFalse(entry.getTitle().isBlank());
            assertTrue(entry.getLink().startsWith("http://127.0.0.1:" + portal.port() + "/"), entry.getLink());
            assertNotNull(entry.getPublishedDate(), entry.getTitle());
        }
        assertEquals("Trao học bổng cho học sinh là con em người có công", feed.getEntries().get(0).getTitle());
        HttpResponse<String> hostile = portal.get("/system/modules/org.portalkit.news/elements/feed.jsp?folder=/../../system/");
        assertTrue(hostile.statusCode() == 400 || hostile.statusCode() == 404, "folder outside the site refused: " + hostile.statusCode());
    }

    @Test
    @Order(5)
    void theDetailPageCarriesParseableNewsArticleJsonLdAndOpenGraph(RunningPortal portal) throws Exception {
        String html = portal.get(SEED_PATH).body();
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find(), html);
        JsonNode json = new ObjectMapper().readTree(script.group(1));
        assertEquals("NewsArticle", json.get("@type").asText());
        assertEquals(SEED_TITLE, json.get("headline").asText());
        assertEquals("2020-07-17T08:30:00+07:00", json.get("datePublished").asText());
        assertTrue(json.get("image").get(0).asText().startsWith("http://127.0.0.1:" + portal.port() + "/"));
        assertTrue(html.contains("<meta property=\"og:title\" content=\"" + SEED_TITLE + "\">"), html);
    }

    @Test
    @Order(6)
    void eachValidationRuleShowsItsErrorText(RunningPortal portal) throws Exception {
        // OpenCms resolves the messages in the validating editor's workplace locale: Vietnamese here
        Properties vi = bundle("messages_vi.properties");
        uploadSvg(portal);
        String longLead = "x".repeat(601);
        String xml = newsXml("", longLead, "<p>ok</p>", "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg", "",
            "javascript:alert(1)", "/sites/default/hinh-anh/logo.svg");
        String result = portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type", "pk-news", "locale", "vi", "xml", xml));
        assertTrue(result.startsWith("errors yes"), result);
        for (String key : new String[] {"error.PkNews.Title", "error.PkNews.Lead", "error.PkNewsImage.Alt",
            "error.PkNewsSource.Url", "error.PkNews.SocialImage"}) {
            assertTrue(result.contains(vi.getProperty(key)), key + " (" + vi.getProperty(key) + ") missing in:\n" + result);
        }
        String valid = portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type", "pk-news", "locale", "vi", "xml",
            newsXml("Tiêu đề hợp lệ", "Sapo", "<p>Nội dung</p>", "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg", "Ảnh",
                "https://example.org/tin", "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg")));
        assertEquals("errors no", valid);
    }

    @Test
    @Order(6)
    void everyRuleOfTheNewsSchemaReportsItsOwnText(RunningPortal portal) throws Exception {
        Properties en = bundle("messages_en.properties");
        uploadSvg(portal);
        String svg = "<link type=\"WEAK\"><target><![CDATA[/sites/default/hinh-anh/logo.svg]]></target></link>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<PkNewsArticles xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.news/schemas/news.xsd\">\n"
            + "<PkNews language=\"vi\">\n"
            + "<Title><![CDATA[]]></Title>\n"
            + "<Section>" + cdata("s".repeat(101)) + "</Section>\n"
            + "<Lead>" + cdata("l".repeat(601)) + "</Lead>\n"
            + "<Body><Text name=\"Text0\"><links/><content><![CDATA[<p>x</p>]]></content></Text>"
            + "<Image><Image>" + svg + "</Image><Caption>" + cdata("c".repeat(301)) + "</Caption><Alt><![CDATA[]]></Alt></Image></Body>\n"
            + "<Byline>" + cdata("b".repeat(201)) + "</Byline>\n"
            + "<Poster>" + cdata("p".repeat(101)) + "</Poster>\n"
            + "<PublishDate><![CDATA[]]></PublishDate>\n"
            + "<Source><Name><![CDATA[]]></Name><Url><![CDATA[ftp://example.org/x]]></Url></Source>\n"
            + "<Featured><![CDATA[false]]></Featured>\n"
            + "<Attachment><File>" + svg + "</File><Title>" + cdata("t".repeat(201)) + "</Title></Attachment>\n"
            + "<MetaDescription>" + cdata("m".repeat(301)) + "</MetaDescription>\n"
            + "<SocialImage>" + svg + "</SocialImage>\n"
            + "</PkNews>\n</PkNewsArticles>\n";
        String result = portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type", "pk-news",
            "locale", "en", "xml", xml));
        List<String> missing = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("error.PkNews")) {
                if (!result.contains(en.getProperty(key))) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing, "every rule's message should appear in:\n" + result);
    }

    @Test
    @Order(7)
    void hostileInputInEveryTextFieldComesOutEncodedOrSanitised(RunningPortal portal) throws Exception {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'><svg onload=alert(2)>";
        String xml = newsXml("Tin XSS " + payload, "Sapo " + payload,
            "<p>Nội dung</p><script>alert('body')</script><img src=\"x\" onerror=\"alert(3)\"><a href=\"javascript:alert(4)\">link</a>",
            "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg", "Alt " + payload, "https://example.org/\"><script>alert(5)</script>",
            "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg")
            .replace("<Section><![CDATA[Phòng IT]]></Section>", "<Section><![CDATA[Phòng " + payload + "]]></Section>")
            .replace("<Byline><![CDATA[IT]]></Byline>", "<Byline><![CDATA[Tác giả " + payload + "]]></Byline>")
            .replace("<Poster><![CDATA[IT]]></Poster>", "<Poster><![CDATA[Người đăng " + payload + "]]></Poster>");
        String created = portal.probe(params("action", "create-news", "user", "Admin", "password", portal.adminPassword(),
            "path", "/sites/default/tin-tuc/tin-xss-thu-nghiem", "xml", xml));
        assertTrue(created.startsWith("ok "), created);
        String html = portal.get("/tin-tuc/tin-xss-thu-nghiem").body();
        org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(html);
        assertEquals("Tin XSS " + payload, dom.selectFirst("h1").text(), "the title is shown as text, not markup");
        for (org.jsoup.nodes.Element script : dom.select("script")) {
            String type = script.attr("type");
            if ("application/ld+json".equals(type)) {
                assertFalse(script.data().contains("<"), "JSON-LD data cannot close its script element: " + script.outerHtml());
            } else {
                assertTrue(type.isEmpty() && script.data().isBlank()
                    && script.attr("src").matches("/system/modules/org\\.portalkit\\.[a-z]+/resources/[a-z-]+\\.js"),
                    "only script files of the PortalKit modules: " + script.outerHtml());
            }
        }
        for (org.jsoup.nodes.Element element : dom.getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), "event handler: " + element.outerHtml());
                assertFalse(attribute.getValue().trim().toLowerCase().startsWith("javascript:"), "script URL: " + element.outerHtml());
            }
        }
        assertTrue(dom.select("svg").isEmpty(), html);
        assertTrue(dom.select("body img[src=x]").isEmpty(), "the payload's <img> did not become an element");
        JsonNode jsonLd = new ObjectMapper().readTree(dom.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Tin XSS " + payload, jsonLd.get("headline").asText(), "JSON-LD carries the text, safely encoded");
        String home = portal.get("/").body();
        assertFalse(home.contains("<script>alert"), home);
        String feed = portal.get("/system/modules/org.portalkit.news/elements/feed.jsp?folder=/tin-tuc/").body();
        new SyndFeedInput().build(new StringReader(feed));
    }

    @Test
    @Order(8)
    void theBeaconCountsPeopleOnceAndNeverBots(RunningPortal portal) throws Exception {
        String url = beaconOf(portal, "/tin-tuc/ngay-hoi-viec-lam-va-tu-van-tuyen-sinh-nam-2022");
        long before = views(beacon(portal, url, "GET", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", null));
        assertEquals(1766, before, "imported start value");
        assertEquals(before, views(beacon(portal, url, "POST", "Googlebot/2.1 (+http://www.google.com/bot.html)", null)), "bot");
        assertEquals(before, views(beacon(portal, url, "POST", "", null)), "no user agent");
        HttpResponse<String> first = beacon(portal, url, "POST", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", null);
        assertEquals(before + 1, views(first), "a person");
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pkvid=")).findFirst()
            .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow(() -> new AssertionError("visitor cookie: " + first.headers()));
        assertEquals(before + 1, views(beacon(portal, url, "POST", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", cookie)),
            "same visitor within 30 minutes");
        assertEquals(before + 1, views(beacon(portal, url, "GET", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", null)), "GET only reads");
        int refused = beacon(portal, BEACON + "?id=not-a-uuid", "POST", "Mozilla/5.0 Firefox/128.0", null).statusCode();
        assertTrue(refused == 400 || refused == 404, "an id that is not a news article is refused: " + refused);
    }

    @Test
    @Order(8)
    void aLoopWithFreshCookiesAndAgentsAddsAtMostTwentyViewsPerAddressAndHour(RunningPortal portal) throws Exception {
        String url = beaconOf(portal, "/tin-tuc/ky-niem-74-nam-ngay-thuong-binh-liet-sy");
        long before = views(beacon(portal, url, "GET", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", null));
        long after = before;
        for (int i = 0; i < 120; i++) {
            // every post a new visitor as far as the client can tell: its own user agent, a fresh cookie or none
            String cookie = i % 2 == 0 ? null : "pkvid=" + String.format("L%021d", i);
            after = views(beacon(portal, url, "POST", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128." + i, cookie));
        }
        // ViewTracker.MAX_COUNTED_PER_ADDRESS_AND_ITEM: all of these come from 127.0.0.1
        assertEquals(before + 20, after, "one address adds at most 20 views to one article per hour");
    }

    @Test
    @Order(9)
    void sixtyFourThreadsTimesTenThousandViewsGiveTheExactTotal(RunningPortal portal) throws Exception {
        assertEquals("value 640000", portal.probe(params("action", "counter-stress", "key", STRESS_KEY, "threads", "64", "each", "10000")));
        assertEquals("row 640000", portal.probe(params("action", "counter-row", "key", STRESS_KEY)), "flushed to CMS_COUNTERS");
    }

    @Test
    @Order(10)
    void countsSurviveARestart(RunningPortal portal) throws Exception {
        ServerControl control = new ServerControl(portal.layout(), portal.dist().serverClasspath());
        control.stop();
        control.start(portal.port(), portal.shellPort());
        assertEquals("value 640000", portal.probe(params("action", "counter-value", "key", STRESS_KEY)));
        assertTrue(visibleText(portal.get(SEED_PATH).body()).contains("Lượt xem : 2079"));
    }

    @Test
    @Order(11)
    void anEnglishArticleUsesTheEnglishLabels(RunningPortal portal) throws Exception {
        String xml = newsXml("Review meeting of the first half year", "The department reviewed its work.", "<p>Text</p>",
            "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg", "The meeting hall", "https://example.org/", "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg")
            .replace("language=\"vi\"", "language=\"en\"")
            .replace("<Poster><![CDATA[IT]]></Poster>", "<Poster><![CDATA[DOLISA Kon Tum]]></Poster>")
            .replace("<PublishDate><![CDATA[1700000000000]]></PublishDate>", "<PublishDate><![CDATA[1594949400000]]></PublishDate>");
        assertTrue(portal.probe(params("action", "create-news", "user", "Admin", "password", portal.adminPassword(),
            "path", "/sites/default/tin-tuc/review-meeting-en", "locale", "en", "xml", xml)).startsWith("ok "));
        String text = visibleText(portal.get("/tin-tuc/review-meeting-en").body());
        assertTrue(text.contains("Posted by : DOLISA Kon Tum Published : 17/07/2020 Views : 0"), text);
        assertTrue(text.contains("Back"), text);
        // the URL name OpenCms derives from the title uses PortalKit's generator (configured by the installer)
        assertEquals("review-meeting-of-the-first-half-year",
            portal.probe(params("action", "url-names", "path", "/sites/default/tin-tuc/review-meeting-en")));
    }

    @Test
    @Order(14)
    void thePrintViewHasTheArticleAndNoPageChrome(RunningPortal portal) throws Exception {
        String page = portal.get(SEED_PATH).body();
        Matcher print = Pattern.compile("<a class=\"pk-news__print\" href=\"([^\"]+)\"").matcher(page);
        assertTrue(print.find(), page);
        HttpResponse<String> response = portal.get(print.group(1).replace("&amp;", "&"));
        assertEquals(200, response.statusCode());
        org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(response.body());
        assertEquals(SEED_TITLE, dom.selectFirst("h1").text());
        assertTrue(visibleText(response.body()).contains("Đăng bởi : SLDTBXH Kontum Ngày đăng : 17/07/2020"), response.body());
        assertFalse(dom.select("link[rel=stylesheet][href*=news-print]").isEmpty(), "print stylesheet");
        assertTrue(dom.select("nav, .pk-news__back").isEmpty(), "no navigation or back link on paper");
        assertEquals(400, portal.get("/system/modules/org.portalkit.news/elements/print.jsp?id=..%2F..%2Fetc").statusCode());
    }

    @Test
    @Order(12)
    void theCategoryFeedHoldsOnlyThatCategory(RunningPortal portal) throws Exception {
        HttpResponse<String> response = portal.get("/system/modules/org.portalkit.news/elements/feed.jsp?category=lao-dong-viec-lam");
        assertEquals(200, response.statusCode(), response.body());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
        assertTrue(titles.contains("Phiên giao dịch việc làm trực tuyến tháng 8 năm 2020"), titles.toString());
        assertFalse(titles.contains(SEED_TITLE), "the seed article is in another category: " + titles);
        assertEquals(400, portal.get("/system/modules/org.portalkit.news/elements/feed.jsp?category=%22%3E%3Cscript%3E").statusCode());
    }

    @Test
    @Order(13)
    void theMostReadListRanksByViews(RunningPortal portal) throws Exception {
        String html = portal.get("/system/modules/org.portalkit.news/elements/most-read.jsp?n=3").body();
        Matcher items = Pattern.compile("<a class=\"pk-news__item-link\" href=\"[^\"]+\">([^<]+)</a>").matcher(html);
        List<String> titles = new ArrayList<>();
        while (items.find()) {
            titles.add(items.group(1));
        }
        assertEquals(List.of("Hỗ trợ người lao động mất việc làm do đại dịch",
            "Hướng dẫn thực hiện chính sách hỗ trợ người lao động bị ảnh hưởng bởi dịch Covid-19", SEED_TITLE), titles, html);
    }

    /** Puts an SVG file into the image gallery (once), so that the no-SVG rules can be tried on a real file. */
    private static void uploadSvg(RunningPortal portal) throws Exception {
        assertEquals("ok", portal.probe(params("action", "create-file", "user", "Admin", "password", portal.adminPassword(),
            "path", "/sites/default/hinh-anh/logo.svg", "type", "binary",
            "content", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")));
    }

    static String visibleText(String html) {
        String noScripts = html.replaceAll("(?is)<script.*?</script>", " ").replaceAll("(?is)<style.*?</style>", " ")
            .replaceAll("(?is)<head.*?</head>", " ");
        return noScripts.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ").trim();
    }

    /** @return the view beacon URL an article's page names */
    private static String beaconOf(RunningPortal portal, String article) throws Exception {
        String html = portal.get(article).body();
        Matcher id = Pattern.compile("data-pk-beacon=\"[^\"]*view-beacon\\.jsp\\?id=([0-9a-f-]{36})\"").matcher(html);
        assertTrue(id.find(), html);
        return BEACON + "?id=" + id.group(1);
    }

    private HttpResponse<String> beacon(RunningPortal portal, String path, String method, String userAgent, String cookie) throws Exception {
        return portal.send(method, path, "User-Agent", userAgent, "Cookie", cookie);
    }

    private static long views(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).get("views").asLong();
    }

    private static Properties bundle(String name) throws Exception {
        Path file = Paths.get(System.getProperty("portalkit.dist")).resolve("../../../../module-news/src/main/resources/org/portalkit/news/" + name).normalize();
        Properties props = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }

    static String newsXml(String title, String lead, String bodyHtml, String image, String alt, String sourceUrl, String socialImage) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<PkNewsArticles xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.news/schemas/news.xsd\">\n"
            + "<PkNews language=\"vi\">\n"
            + "<Title>" + cdata(title) + "</Title>\n"
            + "<Section><![CDATA[Phòng IT]]></Section>\n"
            + "<Lead>" + cdata(lead) + "</Lead>\n"
            + "<Body><Text name=\"Text0\"><links/><content>" + cdata(bodyHtml) + "</content></Text>"
            + "<Image><Image><link type=\"WEAK\"><target>" + cdata(image) + "</target></link></Image>"
            + "<Caption><![CDATA[Chú thích]]></Caption><Alt>" + cdata(alt) + "</Alt></Image></Body>\n"
            + "<Byline><![CDATA[IT]]></Byline>\n"
            + "<Poster><![CDATA[IT]]></Poster>\n"
            + "<PublishDate><![CDATA[1700000000000]]></PublishDate>\n"
            + "<Source><Name><![CDATA[Nguồn]]></Name><Url>" + cdata(sourceUrl) + "</Url></Source>\n"
            + "<Categories><link type=\"WEAK\"><target><![CDATA[/sites/default/.categories/tin-hoat-dong/]]></target></link></Categories>\n"
            + "<Featured><![CDATA[false]]></Featured>\n"
            + "<SocialImage><link type=\"WEAK\"><target>" + cdata(socialImage) + "</target></link></SocialImage>\n"
            + "</PkNews>\n</PkNewsArticles>\n";
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static Map<String, String> params(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
