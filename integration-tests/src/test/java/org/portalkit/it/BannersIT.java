package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portalkit.it.TestNews.params;

import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pk-banner type in the real server: OpenCms validates links with the schema's rule (portal-core's SafeLink) and
 * the bundle's texts; the landing page shows the demo's sidebar and header banners in order with their sizes; zones
 * order banners, rotate them when asked, show the alternative text for a missing image and drop an expired banner
 * without a publish; the click endpoint counts people (not bots) and redirects only to the stored link, whatever
 * else the request carries; everything else answers 404.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BannersIT {

    private static final String ZONE = "/system/modules/org.portalkit.banners/elements/zone.jsp";

    private static final String CLICK = "/system/modules/org.portalkit.banners/elements/click.jsp";

    private static final String FOLDER = "/sites/default/it-banners/";

    private static final String IMAGE = "/sites/default/.content/anh-banner/tap-chi-cong-san.jpg";

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";

    private static final Map<String, String> IDS = new LinkedHashMap<>();

    private final HttpClient m_http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();

    private static String cdata(String value) {
        return "<![CDATA[" + value + "]]>";
    }

    static String bannerXml(String title, String zone, int order, int weight, String link, boolean newWindow,
        String image, Long expiry) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<PkBanners xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.banners/schemas/banner.xsd\">\n"
            + "<PkBanner language=\"vi\"><Title>" + cdata(title) + "</Title>"
            + "<Image><link type=\"WEAK\"><target>" + cdata(image) + "</target></link></Image>"
            + "<Alt>" + cdata("Ảnh " + title) + "</Alt>"
            + (link == null ? "" : "<Link>" + cdata(link) + "</Link>")
            + "<NewWindow>" + newWindow + "</NewWindow><Zone>" + cdata(zone) + "</Zone><Order>" + order + "</Order>"
            + "<Weight>" + weight + "</Weight>"
            + (expiry == null ? "" : "<Availability><Expiry>" + expiry + "</Expiry></Availability>")
            + "</PkBanner>\n</PkBanners>\n";
    }

    private static String create(RunningPortal portal, String name, String xml, boolean publish) throws Exception {
        String answer = portal.probe(params("action", "create-content", "adminPassword", portal.adminPassword(),
            "type", "pk-banner", "path", FOLDER + name + ".xml", "xml", xml, "publish", Boolean.toString(publish)));
        assertTrue(answer.startsWith("ok "), answer);
        String id = answer.substring(3).strip();
        IDS.put(name, id);
        return id;
    }

    private static Properties bundle(String suffix) throws Exception {
        Properties properties = new Properties();
        Path file = Paths.get(System.getProperty("portalkit.dist")).resolve(
            "../../../../module-banners/src/main/resources/org/portalkit/banners/messages" + suffix + ".properties")
            .normalize();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String validate(RunningPortal portal, String locale, String xml) throws Exception {
        return portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type", "pk-banner",
            "locale", locale, "xml", xml));
    }

    @Test
    @Order(1)
    void openCmsRefusesEveryUnsafeLinkFormWithTheBundlesTextAndAcceptsSafeOnes(RunningPortal portal) throws Exception {
        String vi = bundle("_vi").getProperty("error.PkBanner.Link");
        String en = bundle("_en").getProperty("error.PkBanner.Link");
        String[] refused = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "ftp://a.gov.vn/",
            "//evil.example/", "///evil.example/", "/\\evil.example/", "\\\\evil.example\\", "http:\\\\evil.example",
            "http://a@evil.example/", "https://dichvucong.gov.vn@evil.example/", "https://user:pw@chinhphu.vn/",
            "/a\tb", "/a\nb", "/a b", "https://chinhphu.vn/a b", "/\u202egpj.exe", "/x\u200b", "/\u00a0x",
            "/%2F%2Fevil.example", "/%5Cevil.example", "/%0d%0aSet-Cookie:a=b", "https://a.vn/%00", "/%252F%252Fevil",
            "/%zz", "tin-tuc/", "www.chinhphu.vn", "https://", "https://a_b.vn/", "http://evil.example:99999/",
            "/\"onmouseover=alert(1)", "/<script>", "https://a.vn/" + "x".repeat(2100)};
        for (String link : refused) {
            String result = validate(portal, "vi", bannerXml("Banner", "sidebar", 10, 1, link, false, IMAGE, null));
            assertTrue(result.startsWith("errors yes") && result.contains(vi), "refused " + link + ":\n" + result);
        }
        String english = validate(portal, "en", bannerXml("Banner", "sidebar", 10, 1, "javascript:x", false, IMAGE, null));
        assertTrue(english.contains(en), english);
        for (String link : new String[] {"https://dichvucong.gov.vn/", "http://chinhphu.vn", "HTTPS://HOCHIMINH.VN/",
            "https://www.tapchicongsan.org.vn/Home/Viet-nam.aspx?a=1&b=%2F#top", "https://127.0.0.1:8443/", "/",
            "/tin-tuc/", "/tim-kiem/?q=b%E1%BA%A3o+hi%E1%BB%83m#ket-qua", " https://chinhphu.vn/ "}) {
            assertEquals("errors no", validate(portal, "vi", bannerXml("Banner", "sidebar", 10, 1, link, false, IMAGE,
                null)), "accepted " + link);
        }
        // no link at all is a banner without a link
        assertEquals("errors no", validate(portal, "vi", bannerXml("Banner", "sidebar", 10, 1, null, false, IMAGE, null)));
        // the other rules: SVG image, empty alternative text, bad zone and weight (the SVG must exist: OpenCms checks
        // that a link's target exists before it applies the rule)
        String svg = "/sites/default/it-banners-logo.svg";
        assertEquals("ok", portal.probe(params("action", "create-file", "user", "Admin", "password",
            portal.adminPassword(), "path", svg, "type", "plain", "content", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")));
        String others = validate(portal, "vi", bannerXml("Banner", "Sidebar", 10, 0, null, false, svg, null)
            .replace("<Alt><![CDATA[Ảnh Banner]]></Alt>", "<Alt><![CDATA[ ]]></Alt>"));
        Properties texts = bundle("_vi");
        for (String key : new String[] {"error.PkBanner.Image", "error.PkBanner.Alt", "error.PkBanner.Zone",
            "error.PkBanner.Weight"}) {
            assertTrue(others.contains(texts.getProperty(key)), key + " in:\n" + others);
        }
    }

    @Test
    @Order(2)
    void theLandingPageShowsTheDemoBannersInOrderWithTheirSizes(RunningPortal portal) throws Exception {
        HttpResponse<String> home = portal.get("/");
        assertEquals(200, home.statusCode());
        Document doc = Jsoup.parse(home.body());
        Elements sidebar = doc.select("aside.pk-banners--sidebar li.pk-banners__item");
        List<String> alts = new ArrayList<>();
        for (Element item : sidebar) {
            Element img = item.selectFirst("img.pk-banners__image");
            assertNotNull(img, item.outerHtml());
            alts.add(img.attr("alt"));
            assertEquals("300", img.attr("width"));
            assertEquals("100", img.attr("height"));
            assertTrue(img.attr("src").contains("__scale=w:300,h:100,t:0"), img.attr("src"));
            Element link = item.selectFirst("a.pk-banners__link");
            assertTrue(link.attr("href").contains("/elements/click.jsp?id="), link.attr("href"));
            assertEquals("_blank", link.attr("target"));
            assertEquals("noopener", link.attr("rel"));
        }
        assertEquals(List.of("Cổng Dịch vụ công Quốc gia – dichvucong.gov.vn",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Tạp chí Cộng sản – tapchicongsan.org.vn",
            "Cổng Thông tin điện tử Chính phủ – chinhphu.vn"), alts);
        Elements header = doc.select("aside.pk-banners--header img.pk-banners__image");
        assertEquals(2, header.size(), doc.select("aside.pk-banners--header").outerHtml());
        assertEquals("1200", header.get(0).attr("width"));
        assertEquals("150", header.get(0).attr("height"));
        assertTrue(doc.select("aside.pk-banners--header a.pk-banners__link[target]").isEmpty(), "header links stay");
        // the scaled image answers
        HttpResponse<byte[]> image = m_http.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + portal.port() + sidebar.get(0).selectFirst("img").attr("src"))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/"), image.headers().toString());
        // the style sheet and the script are loaded from files, no inline script
        assertFalse(doc.select("link[href$=banners.css]").isEmpty());
        assertFalse(doc.select("script[src$=banners.js][defer]").isEmpty());
        for (Element script : doc.select("aside.pk-banners script")) {
            assertTrue(script.hasAttr("src"), script.outerHtml());
        }
        // the demo links lead to the real portals
        List<String> targets = new ArrayList<>();
        for (Element item : sidebar) {
            targets.add(click(portal, item.selectFirst("a").attr("href"), FIREFOX, home(portal), null)
                .headers().firstValue("Location").orElse(""));
        }
        assertEquals(List.of("https://dichvucong.gov.vn/", "https://hochiminh.vn/", "https://www.tapchicongsan.org.vn/",
            "https://chinhphu.vn/"), targets);
    }

    private static String home(RunningPortal portal) {
        return "http://127.0.0.1:" + portal.port() + "/";
    }

    private HttpResponse<String> click(RunningPortal portal, String pathAndQuery, String agent, String referer,
        String cookie) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portal.port() + pathAndQuery))
            .timeout(Duration.ofSeconds(30)).GET();
        if (agent != null) {
            builder.header("User-Agent", agent);
        }
        if (referer != null) {
            builder.header("Referer", referer);
        }
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return m_http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Document zone(RunningPortal portal, String query) throws Exception {
        HttpResponse<String> response = portal.get(ZONE + "?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    private static List<String> ids(Document doc) {
        List<String> ids = new ArrayList<>();
        for (Element item : doc.select("li.pk-banners__item")) {
            ids.add(item.attr("data-pk-banner"));
        }
        return ids;
    }

    @Test
    @Order(3)
    void zonesOrderRotateShowMissingImagesAndLinkOnlySafeTargets(RunningPortal portal) throws Exception {
        create(portal, "ba", bannerXml("Ba", "it-order", 30, 1, "https://dichvucong.gov.vn/it-ba", true, IMAGE, null), false);
        create(portal, "mot", bannerXml("Một", "it-order", 10, 1, "https://chinhphu.vn/it-mot", false, IMAGE, null), false);
        create(portal, "hai-a", bannerXml("Hai A", "it-order", 20, 1, "https://chinhphu.vn/it-hai-a", false, IMAGE, null), false);
        create(portal, "hai", bannerXml("Hai", "it-order", 20, 1, "https://chinhphu.vn/it-hai", false, IMAGE, null), false);
        create(portal, "thieu-anh", bannerXml("Thiếu ảnh", "it-missing", 10, 1, "/tin-tuc/", false,
            FOLDER + "khong-co-anh.jpg", null), false);
        create(portal, "khong-an-toan", bannerXml("Không an toàn", "it-unsafe", 10, 1, "javascript:alert(1)", false,
            IMAGE, null), false);
        create(portal, "xoay-1", bannerXml("Xoay 1", "it-rot", 10, 1, "https://chinhphu.vn/x1", false, IMAGE, null), false);
        create(portal, "xoay-5", bannerXml("Xoay 5", "it-rot", 20, 5, "https://chinhphu.vn/x5", false, IMAGE, null), false);
        create(portal, "trang", bannerXml("Trang", "it-site", 10, 1, "/tin-tuc/", false, IMAGE, null), false);
        // one publish of the folder
        assertEquals("ok", portal.probe(params("action", "write-property", "adminPassword", portal.adminPassword(),
            "path", FOLDER, "name", "Title", "value", "IT banners")));

        Document order = zone(portal, "zone=it-order");
        assertEquals(List.of(IDS.get("mot"), IDS.get("hai"), IDS.get("hai-a"), IDS.get("ba")), ids(order));
        for (Element img : order.select("img.pk-banners__image")) {
            assertEquals("300", img.attr("width"));
            assertEquals("100", img.attr("height"));
        }
        assertEquals("order", order.selectFirst("aside").attr("data-pk-banners"));
        assertTrue(order.select("[data-pk-weight]").isEmpty());
        assertEquals(1, order.select("a[target=_blank][rel=noopener]").size(), "only Ba opens a new window");

        Document missing = zone(portal, "zone=it-missing");
        Element box = missing.selectFirst("svg.pk-banners__missing");
        assertNotNull(box, missing.outerHtml());
        assertEquals("300", box.attr("width"));
        assertEquals("100", box.attr("height"));
        assertEquals("Ảnh Thiếu ảnh", box.attr("aria-label"));
        assertEquals("Ảnh Thiếu ảnh", box.selectFirst("text").text());
        assertTrue(missing.select("img").isEmpty());

        Document unsafe = zone(portal, "zone=it-unsafe");
        assertEquals(1, unsafe.select("li.pk-banners__item").size());
        assertTrue(unsafe.select("a").isEmpty(), "a stored unsafe link is never written: " + unsafe.outerHtml());
        assertFalse(unsafe.outerHtml().contains("javascript:"));

        Document rotate = zone(portal, "zone=it-rot&mode=rotate");
        assertEquals("rotate", rotate.selectFirst("aside").attr("data-pk-banners"));
        assertEquals(List.of(IDS.get("xoay-1"), IDS.get("xoay-5")), ids(rotate), "without JavaScript all, in order");
        assertEquals(List.of("1", "5"), rotate.select("li").eachAttr("data-pk-weight"));
        assertEquals("order", zone(portal, "zone=it-rot").selectFirst("aside").attr("data-pk-banners"));

        // a visitor's parameters do not change a zone included into a page
        Document landing = Jsoup.parse(portal.get("/?zone=it-order&mode=rotate").body());
        assertEquals(4, landing.select("aside.pk-banners--sidebar li").size());
        assertEquals("order", landing.selectFirst("aside.pk-banners--sidebar").attr("data-pk-banners"));

        // a bad zone name is refused
        HttpResponse<String> bad = portal.get(ZONE + "?zone=" + URLEncoder.encode("<b>x</b>", StandardCharsets.UTF_8));
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("<b>x"));
    }

    @Test
    @Order(4)
    void theClickEndpointCountsPeopleNotBotsAndRedirectsOnlyToTheStoredLink(RunningPortal portal) throws Exception {
        String mot = IDS.get("mot");
        String ba = IDS.get("ba");
        String hai = IDS.get("hai");
        assertNotNull(mot, "runs after the zone test");
        HttpResponse<String> first = click(portal, CLICK + "?id=" + mot, FIREFOX, home(portal), null);
        assertEquals(302, first.statusCode(), first.body());
        assertEquals("https://chinhphu.vn/it-mot", first.headers().firstValue("Location").orElse(""));
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals("value 1", counter(portal, mot));
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pkvid="))
            .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
        assertNotNull(cookie, first.headers().toString());
        // the same reader again within half an hour: redirected, not counted
        assertEquals(302, click(portal, CLICK + "?id=" + mot, FIREFOX, home(portal), cookie).statusCode());
        assertEquals("value 1", counter(portal, mot));

        // every redirect-style parameter, before and after the id, and a second id: always the stored link
        String[] names = {"url", "redirect", "redirect_uri", "next", "target", "returnUrl", "return", "returnTo",
            "goto", "dest", "destination", "continue", "link", "Location", "u", "r", "to", "out", "view", "forward",
            "__forwardedUrl", "__locale"};
        String[] values = {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
            "http://127.0.0.1:" + portal.port() + "/tin-tuc/"};
        for (String name : names) {
            for (String value : values) {
                String v = URLEncoder.encode(value, StandardCharsets.UTF_8);
                for (String query : new String[] {"?id=" + ba + "&" + name + "=" + v, "?" + name + "=" + v + "&id=" + ba,
                    "?id=" + ba + "&id=" + mot + "&" + name + "=" + v}) {
                    HttpResponse<String> r = click(portal, CLICK + query, FIREFOX, home(portal), cookie);
                    assertEquals(302, r.statusCode(), query);
                    assertEquals("https://dichvucong.gov.vn/it-ba", r.headers().firstValue("Location").orElse(""), query);
                }
            }
        }

        // bots are redirected but not counted; a cross-site click is not counted either
        for (String bot : new String[] {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0)", "curl/8.5.0", "python-requests/2.31", "HeadlessChrome/120.0",
            "coccocbot-web/1.0"}) {
            assertEquals(302, click(portal, CLICK + "?id=" + hai, bot, home(portal), null).statusCode(), bot);
        }
        assertEquals(302, click(portal, CLICK + "?id=" + hai, null, null, null).statusCode(), "Java's own agent");
        assertEquals(302, click(portal, CLICK + "?id=" + hai, FIREFOX, "https://evil.example/page", null).statusCode());
        assertEquals("value 0", counter(portal, hai));
        assertEquals(302, click(portal, CLICK + "?id=" + hai, FIREFOX, home(portal), null).statusCode());
        assertEquals("value 1", counter(portal, hai));

        // a site path through OpenCms's link substitution
        HttpResponse<String> site = click(portal, CLICK + "?id=" + IDS.get("trang"), FIREFOX, home(portal), null);
        assertEquals(302, site.statusCode());
        URI target = URI.create(home(portal)).resolve(site.headers().firstValue("Location").orElse(""));
        assertEquals("/tin-tuc/", target.getPath());
        assertEquals("127.0.0.1", target.getHost());
    }

    @Test
    @Order(5)
    void everyOtherIdAnswers404WithoutARedirect(RunningPortal portal) throws Exception {
        String unpublished = create(portal, "chua-xuat-ban", bannerXml("Chưa xuất bản", "it-order", 1, 1,
            "https://evil.example/", false, IMAGE, null), false);
        // a demo news article's id
        Matcher article = Pattern.compile("href=\"(/tin-tuc/[^\"?#]+)\"").matcher(portal.get("/tin-tuc/").body());
        assertTrue(article.find());
        Matcher newsId = Pattern.compile("view-beacon\\.jsp\\?id=([0-9a-f-]{36})").matcher(portal.get(article.group(1)).body());
        assertTrue(newsId.find());
        List<String> ids = new ArrayList<>(List.of(unpublished, newsId.group(1), IDS.get("khong-an-toan"),
            IDS.get("mot").toUpperCase().replace('-', '_'), "", "x", "null", "undefined", "0", "-1",
            IDS.get("mot") + "x", " " + IDS.get("mot"), IDS.get("mot") + " ", IDS.get("mot").substring(1),
            IDS.get("mot") + "\u0000", "{" + IDS.get("mot") + "}", "../../../WEB-INF/web.xml", "javascript:alert(1)",
            "https://evil.example/", "//evil.example", IDS.get("mot") + "/../x", "%00", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "\u0661".repeat(36)));
        for (int i = 0; i < 20; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        Random random = new Random(2026);
        String alphabet = "0123456789abcdefABCDEF-_/\\:%.?#&=@ \t\nxyzđ\u202e";
        for (int i = 0; i < 60; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(3) == 0 ? 36 : random.nextInt(50);
            for (int j = 0; j < n; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ids.add(s.toString());
        }
        for (String id : ids) {
            HttpResponse<String> r = click(portal, CLICK + "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "&url=https%3A%2F%2Fevil.example%2F", FIREFOX, home(portal), null);
            assertEquals(404, r.statusCode(), "id " + id);
            assertTrue(r.headers().firstValue("Location").isEmpty(), "id " + id);
            assertTrue(r.body().length() < 300 && !r.body().contains("Exception"), r.body());
        }
        assertEquals(404, click(portal, CLICK, FIREFOX, home(portal), null).statusCode(), "no id");
        assertEquals(404, click(portal, CLICK + "?url=https://evil.example/", FIREFOX, null, null).statusCode());
    }

    @Test
    @Order(6)
    void anExpiredBannerDisappearsWithoutARepublish(RunningPortal portal) throws Exception {
        long expiry = System.currentTimeMillis() + 25_000;
        String id = create(portal, "het-han", bannerXml("Hết hạn", "it-expiry", 10, 1, "https://chinhphu.vn/het-han",
            false, IMAGE, expiry), true);
        Document before = zone(portal, "zone=it-expiry");
        assertEquals(List.of(id), ids(before));
        assertEquals(Long.toString(expiry), before.selectFirst("li").attr("data-pk-until"));
        assertEquals(302, click(portal, CLICK + "?id=" + id, FIREFOX, home(portal), null).statusCode());
        sleepUntil(expiry + 1_000);
        // the click endpoint is never cached: at once 404
        assertEquals(404, click(portal, CLICK + "?id=" + id, FIREFOX, home(portal), null).statusCode());
        // the zone element leaves the Flex cache after its minute
        sleepUntil(expiry + 62_000);
        assertEquals(List.of(), ids(Jsoup.parse(portal.get(ZONE + "?zone=it-expiry").body())));
    }

    private static void sleepUntil(long millis) throws InterruptedException {
        long wait = millis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static String counter(RunningPortal portal, String id) throws Exception {
        return portal.probe(params("action", "counter-value", "key", "pk.banner.clicks." + id));
    }

    @Test
    @Order(7)
    void noTestBannerLeaksIntoTheLandingPage(RunningPortal portal) throws Exception {
        Document home = Jsoup.parse(portal.get("/").body());
        for (String id : IDS.values()) {
            assertNull(home.selectFirst("[data-pk-banner=" + id + "]"), id);
        }
    }
}
