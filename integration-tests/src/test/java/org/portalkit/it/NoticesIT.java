package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portalkit.it.TestNews.params;

import java.io.Reader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Notices in the real server: the schema's validation rules with the Vietnamese texts; the THÔNG BÁO box of the
 * landing page (pinned first, then newest, "Mới" badge); the notice page's exact metadata, JSON-LD and documents
 * (downloaded with their content type and Content-Disposition); the view beacon; expired notices nowhere (box,
 * archive, feed, sitemap, search, page), also when they expire while the server runs, without a republish.
 */
@ExtendWith(PortalRuntimeExtension.class)
class NoticesIT {

    private static String noticeXml(String title, String number, String attachment) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<PkNotices xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.notices/schemas/notice.xsd\">\n"
            + "<PkNotice language=\"vi\"><Title><![CDATA[" + title + "]]></Title>"
            + "<Number><![CDATA[" + number + "]]></Number>"
            + "<IssuingUnit><![CDATA[Sở Lao động - Thương binh và Xã hội]]></IssuingUnit>"
            + "<IssueDate>1700000000000</IssueDate><Pinned>false</Pinned>"
            + (attachment == null ? "" : "<Attachment><File><link type=\"WEAK\"><target><![CDATA[" + attachment
                + "]]></target></link></File></Attachment>")
            + "</PkNotice>\n</PkNotices>\n";
    }

    @Test
    void theNoticeSchemaIsValidatedByOpenCmsWithVietnameseTexts(RunningPortal portal) throws Exception {
        Properties vi = new Properties();
        Path file = Paths.get(System.getProperty("portalkit.dist"))
            .resolve("../../../../module-notices/src/main/resources/org/portalkit/notices/messages_vi.properties").normalize();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            vi.load(reader);
        }
        String result = portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(), "type",
            "pk-notice", "locale", "vi", "xml", noticeXml("", "Số 125 / TB", "/sites/default/hinh-anh/quang-canh-hoi-nghi.jpg")));
        assertTrue(result.startsWith("errors yes"), result);
        for (String key : new String[] {"error.PkNotice.Title", "error.PkNotice.Number", "error.PkNoticeAttachment.File"}) {
            assertTrue(result.contains(vi.getProperty(key)), key + " (" + vi.getProperty(key) + ") missing in:\n" + result);
        }
        assertEquals("errors no", portal.probe(params("action", "validate", "adminPassword", portal.adminPassword(),
            "type", "pk-notice", "locale", "vi", "xml", noticeXml("Thông báo tuyển dụng viên chức năm 2026",
                "125/TB-SLĐTBXH", null))));
    }

    private static final String SITE = TestNews.SITE;
    private static final String MODULE = "/system/modules/org.portalkit.notices/elements/";
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";
    /** The demo's two expired notices: one pinned, one with documents. */
    private static final List<String> EXPIRED = List.of("lich-tiep-cong-dan-thang-10-2026", "moi-thau-sua-chua-nha-lam-viec");
    private static final Pattern BOX_ITEM = Pattern.compile("<li class=\"pk-notice-box__item( pk-notice-box__item--pinned)?\">"
        + "<a class=\"pk-notice-box__link\" href=\"([^\"]+)\">[^<]*</a> <time class=\"pk-notice-box__date\" "
        + "datetime=\"([^\"]+)\">[^<]*</time>( <span class=\"pk-notice-box__new\" data-pk-new-until=\"(\\d+)\">Mới</span>)?</li>");

    private record BoxItem(boolean pinned, String link, Instant date, boolean badge, long newUntil) {
    }

    private static List<BoxItem> box(RunningPortal portal) throws Exception {
        HttpResponse<String> home = portal.get("/");
        assertEquals(200, home.statusCode());
        String html = home.body();
        int start = html.indexOf("<section class=\"pk-notice-box\"");
        assertTrue(start >= 0, html);
        String section = html.substring(start, html.indexOf("</section>", start));
        List<BoxItem> items = new ArrayList<>();
        Matcher m = BOX_ITEM.matcher(section);
        while (m.find()) {
            items.add(new BoxItem(m.group(1) != null, m.group(2), java.time.OffsetDateTime.parse(m.group(3)).toInstant(),
                m.group(4) != null, m.group(5) == null ? 0 : Long.parseLong(m.group(5))));
        }
        assertEquals(section.split("<li ", -1).length - 1, items.size(), "every entry has the documented form:\n" + section);
        return items;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String notice(String title, String number, long issued, Long deadline, boolean pinned, String document,
        Long expiry) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<PkNotices xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.notices/schemas/notice.xsd\">\n"
            + "<PkNotice language=\"vi\"><Title><![CDATA[" + title + "]]></Title><Number><![CDATA[" + number + "]]></Number>"
            + "<Summary><![CDATA[Trích yếu <b>không</b> phải HTML.]]></Summary>"
            + "<Body name=\"Body0\"><links/><content><![CDATA[<p>Nội dung.</p><script>alert(1)</script>]]></content></Body>"
            + "<IssuingUnit><![CDATA[Phòng Tổ chức cán bộ]]></IssuingUnit><IssueDate>" + issued + "</IssueDate>"
            + (deadline == null ? "" : "<Deadline>" + deadline + "</Deadline>")
            + "<Pinned>" + pinned + "</Pinned>"
            + (document == null ? "" : "<Attachment><File><link type=\"WEAK\"><target><![CDATA[" + document
                + "]]></target></link></File><Title><![CDATA[Quyết định kèm theo]]></Title></Attachment>")
            + (expiry == null ? "" : "<Availability><Expiry>" + expiry + "</Expiry></Availability>")
            + "</PkNotice>\n</PkNotices>\n";
    }

    private static String create(RunningPortal portal, String sitePath, String xml) throws Exception {
        String answer = portal.probe(params("action", "create-content", "type", "pk-notice", "adminPassword",
            portal.adminPassword(), "path", SITE + sitePath, "xml", xml, "publish", "true"));
        assertTrue(answer.startsWith("ok "), answer);
        return answer.substring(3).strip();
    }

    @Test
    void theBoxShowsPinnedNoticesFirstThenTheNewestWithTheNewBadge(RunningPortal portal) throws Exception {
        List<BoxItem> items = box(portal);
        assertEquals(5, items.size(), items.toString());
        // the demo's pinned notices that are not expired: exactly two, both first
        assertTrue(items.get(0).pinned() && items.get(1).pinned(), items.toString());
        for (int i = 2; i < items.size(); i++) {
            assertFalse(items.get(i).pinned(), items.toString());
        }
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i).pinned() == items.get(i - 1).pinned()) {
                assertFalse(items.get(i).date().isAfter(items.get(i - 1).date()), "newest first within a group: " + items);
            }
        }
        long now = System.currentTimeMillis();
        for (BoxItem item : items) {
            // module parameter newDays: default 7
            boolean recent = item.date().toEpochMilli() + 7L * 86_400_000L > now;
            assertEquals(recent, item.badge(), item.toString());
            if (item.badge()) {
                assertEquals(item.date().toEpochMilli() + 7L * 86_400_000L, item.newUntil(), item.toString());
            }
            assertFalse(EXPIRED.stream().anyMatch(item.link()::contains), item.toString());
        }
        String home = portal.get("/").body();
        assertTrue(home.contains("<a class=\"pk-notice-box__more-link\" href=\"/thong-bao/\">Xem tất cả</a>"), home);
        assertTrue(home.contains("<script src=\"/system/modules/org.portalkit.core/resources/page.js\" defer></script>"), home);
        HttpResponse<String> script = portal.get("/system/modules/org.portalkit.core/resources/page.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("data-pk-new-until"), script.body());
    }

    @Test
    void expiredNoticesAreNowhere(RunningPortal portal) throws Exception {
        List<String> places = new ArrayList<>();
        places.add(portal.get("/").body());
        String archive = portal.get("/thong-bao/").body();
        places.add(archive);
        places.add(portal.get("/thong-bao/index.html?page=2").body());
        Matcher feed = Pattern.compile("<link rel=\"alternate\" type=\"application/rss\\+xml\" title=\"[^\"]*\" href=\"([^\"]+)\">")
            .matcher(archive);
        assertTrue(feed.find(), archive);
        String rss = portal.get(feed.group(1).replace("&amp;", "&")).body();
        assertTrue(rss.contains("<item>") && rss.contains("/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2026"), rss);
        places.add(rss);
        StringBuilder sitemaps = new StringBuilder();
        Matcher part = Pattern.compile("<loc>https?://[^/]+(/sitemap-[^<]+)</loc>").matcher(portal.get("/sitemap.xml").body());
        while (part.find()) {
            sitemaps.append(portal.get(part.group(1)).body());
        }
        assertTrue(sitemaps.toString().contains("/thong-bao/lich-tiep-cong-dan-thang-12-2026"), sitemaps.toString());
        places.add(sitemaps.toString());
        String search = portal.get("/tim-kiem/?q=" + enc("tiếp công dân")).body();
        assertTrue(search.contains("/thong-bao/lich-tiep-cong-dan-thang-12-2026"), search);
        places.add(search);
        places.add(portal.get("/tim-kiem/?q=" + enc("sửa chữa nhà làm việc")).body());
        for (String place : places) {
            for (String expired : EXPIRED) {
                assertFalse(place.contains(expired), expired + " in:\n" + place);
            }
        }
        for (String expired : EXPIRED) {
            assertEquals(404, portal.get("/thong-bao/" + expired).statusCode(), expired);
        }
    }

    @Test
    void theNoticePageShowsTheExactMetadataAndTheDocumentDownloadsAsAnAttachment(RunningPortal portal) throws Exception {
        String pdf = "%PDF-1.4\n% PortalKit IT\n" + "x".repeat(1500) + "\n%%EOF\n";
        assertEquals("ok", portal.probe(params("action", "create-file", "user", "Admin", "password", portal.adminPassword(),
            "path", SITE + "/tai-lieu/it-quyet-dinh.pdf", "type", "binary", "content", pdf)));
        long issued = Instant.parse("2026-03-05T01:30:00Z").toEpochMilli();
        long deadline = Instant.parse("2026-03-20T10:00:00Z").toEpochMilli();
        String id = create(portal, "/thong-bao/it/thong-bao-kiem-tra-so-lieu",
            notice("Thông báo kiểm tra <số liệu> & báo cáo", "07/TB-TCCB", issued, deadline, false,
                SITE + "/tai-lieu/it-quyet-dinh.pdf", null));
        HttpResponse<String> page = portal.get("/thong-bao/it/thong-bao-kiem-tra-so-lieu");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<h1 class=\"pk-notice__title\">Thông báo kiểm tra &lt;số liệu&gt; &amp; báo cáo</h1>"), html);
        assertTrue(html.contains("<tr class=\"pk-notice__meta-number\"><th scope=\"row\">Số hiệu</th><td>07/TB-TCCB</td></tr>"), html);
        assertTrue(html.contains("<tr class=\"pk-notice__meta-unit\"><th scope=\"row\">Đơn vị ban hành</th><td>Phòng Tổ chức cán bộ</td></tr>"), html);
        assertTrue(html.contains("<th scope=\"row\">Ngày ban hành</th><td><time datetime=\"2026-03-05T08:30:00+07:00\">05/03/2026</time></td>"), html);
        assertTrue(html.contains("<tr class=\"pk-notice__meta-deadline pk-notice__meta-deadline--passed\"><th scope=\"row\">Hạn</th>"
            + "<td><time datetime=\"2026-03-20T17:00:00+07:00\">20/03/2026</time> <span class=\"pk-notice__passed\">(đã hết hạn)</span></td></tr>"), html);
        assertTrue(html.contains("<p class=\"pk-notice__summary\">Trích yếu &lt;b&gt;không&lt;/b&gt; phải HTML.</p>"), html);
        assertTrue(html.contains("<div class=\"pk-notice__body\"><p>Nội dung.</p></div>"), "sanitized body: " + html);
        assertFalse(html.contains("alert(1)"), html);
        Matcher doc = Pattern.compile("<a class=\"pk-notice__document-link\" href=\"([^\"]+)\">Quyết định kèm theo</a> "
            + "<span class=\"pk-notice__document-info\">\\(PDF, ([^)]+)\\)</span>").matcher(html);
        assertTrue(doc.find(), html);
        assertEquals("1 KB", doc.group(2), "size of " + pdf.length() + " bytes");
        String href = doc.group(1).replace("&amp;", "&");
        assertEquals(MODULE + "download.jsp?id=" + id + "&n=1", href);
        JsonNode ld = new ObjectMapper().readTree(between(html, "<script type=\"application/ld+json\">", "</script>"));
        assertEquals("07/TB-TCCB", ld.get("identifier").asText());
        assertEquals("2026-03-05T08:30:00+07:00", ld.get("datePublished").asText());
        assertEquals("Phòng Tổ chức cán bộ", ld.get("publisher").get("name").asText());
        assertTrue(html.contains("<meta property=\"og:title\" content=\"Thông báo kiểm tra &lt;số liệu&gt; &amp; báo cáo\">"), html);

        HttpResponse<String> download = portal.send("GET", href);
        assertEquals(200, download.statusCode(), download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("attachment; filename=\"it-quyet-dinh.pdf\"; filename*=UTF-8''it-quyet-dinh.pdf",
            download.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(pdf, download.body());
        // only documents of the notice, only by number; other parameters change nothing
        assertEquals(pdf, portal.send("GET", href + "&path=" + enc(SITE + "/thong-bao/index.html") + "&file=/etc/passwd").body());
        assertEquals(404, portal.send("GET", MODULE + "download.jsp?id=" + id + "&n=2").statusCode());
        assertEquals(400, portal.send("GET", MODULE + "download.jsp?id=" + id + "&n=..%2F1").statusCode());
        assertEquals(400, portal.send("GET", MODULE + "download.jsp?id=" + enc(SITE + "/tai-lieu/it-quyet-dinh.pdf") + "&n=1").statusCode());
        assertEquals(404, portal.send("GET", MODULE + "download.jsp?id=" + java.util.UUID.randomUUID() + "&n=1").statusCode());
        HttpResponse<String> print = portal.get(MODULE + "print.jsp?id=" + id);
        assertEquals(200, print.statusCode());
        assertTrue(print.body().contains("<td>07/TB-TCCB</td>") && !print.body().contains("data-pk-beacon"), print.body());
        assertEquals(400, portal.get(MODULE + "print.jsp?id=x").statusCode());
    }

    @Test
    void theBeaconCountsAReaderOnceAndNeverABot(RunningPortal portal) throws Exception {
        String html = portal.get("/thong-bao/ket-qua-thi-tuyen-cong-chuc-nam-2026").body();
        Matcher beacon = Pattern.compile("data-pk-beacon=\"([^\"]+)\"").matcher(html);
        assertTrue(beacon.find(), html);
        String url = beacon.group(1);
        long before = views(portal.send("GET", url, "User-Agent", BROWSER));
        assertEquals(602, before, "imported start value of the demo");
        assertEquals(before, views(portal.send("POST", url, "User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)")));
        HttpResponse<String> first = portal.send("POST", url, "User-Agent", BROWSER);
        assertEquals(before + 1, views(first));
        assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(""));
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pkvid="))
            .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        assertEquals(before + 1, views(portal.send("POST", url, "User-Agent", BROWSER, "Cookie", cookie)), "same reader");
        assertEquals(404, portal.send("POST", MODULE + "view-beacon.jsp?id=" + java.util.UUID.randomUUID(),
            "User-Agent", BROWSER).statusCode());
    }

    @Test
    void aNoticeThatExpiresWhileTheServerRunsDisappearsWithoutARepublish(RunningPortal portal) throws Exception {
        long now = System.currentTimeMillis();
        long expiry = now + 75_000;
        create(portal, "/thong-bao/it/thong-bao-het-han-trong-phut", notice("Thông báo sắp hết hạn hiển thị", "99/TB-IT",
            now, null, true, null, expiry));
        String link = "/thong-bao/it/thong-bao-het-han-trong-phut";
        assertEquals(200, portal.get(link).statusCode());
        assertTrue(box(portal).stream().anyMatch(item -> item.link().equals(link) && item.pinned() && item.badge()));
        assertTrue(portal.get("/thong-bao/").body().contains(link));
        Thread.sleep(Math.max(0, expiry - System.currentTimeMillis()) + 2_000);
        assertEquals(404, portal.get(link).statusCode());
        assertFalse(box(portal).stream().anyMatch(item -> item.link().equals(link)));
        assertFalse(portal.get("/thong-bao/").body().contains(link));
        assertFalse(portal.get("/tim-kiem/?q=" + enc("sắp hết hạn hiển thị")).body().contains(link));
    }

    private static long views(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).get("views").asLong();
    }

    private static String between(String text, String start, String end) {
        int a = text.indexOf(start);
        assertTrue(a >= 0, start + " in " + text);
        a += start.length();
        return text.substring(a, text.indexOf(end, a));
    }
}
