package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Absolute URLs and the view beacon's origin check in the real runtime, with the request headers a client can forge.
 * The site is configured as {@code http://127.0.0.1:<port>} with the alias {@code http://localhost:<port>}
 * (runtime template {@code opencms-sites.xml}); whatever the request's {@code Host} says, every absolute URL a page
 * or feed carries must start with the configured origin, and only a {@code POST} from one of the site's configured
 * origins counts a view.
 *
 * <p>Requests go over a plain socket: {@code java.net.http.HttpClient} refuses to send a {@code Host} header of our
 * choosing.
 */
@ExtendWith(PortalRuntimeExtension.class)
class AbsoluteUrlIT {

    private static final String EVIL = "evil.example";

    private static final String FEED = "/system/modules/org.portalkit.news/elements/feed.jsp";

    /** An article no other test reads the count of (start value 150, far from the most-read list). */
    private static final String COUNTED_ARTICLE = "/tin-tuc/thong-bao-lich-tiep-cong-dan-cua-lanh-dao-so-thang-12-nam-2021";

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Test
    void aForeignHostHeaderAppearsNowhereInThePages(RunningPortal portal) throws Exception {
        String origin = configuredOrigin(portal);
        for (String host : new String[] {EVIL, EVIL + ":8443", "EVIL.example"}) {
            Raw page = Raw.get(portal.port(), NewsIT.SEED_PATH, host);
            assertEquals(200, page.status(), "the default site answers for an unknown host: " + page.head());
            assertNoEvil(page);
            assertAbsoluteUrlsAre(origin, page.body());
        }
        // headers a proxy would set, sent by the client itself: no RemoteIpValve is configured, so they count for nothing
        Raw forwarded = Raw.send(portal.port(), "GET", NewsIT.SEED_PATH, Map.of("Host", "127.0.0.1:" + portal.port(),
            "X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "Forwarded", "host=" + EVIL + ";proto=https"));
        assertEquals(200, forwarded.status());
        assertNoEvil(forwarded);
        assertAbsoluteUrlsAre(origin, forwarded.body());
        // the site's alias serves the site, but the canonical URL stays the site's own address
        Raw alias = Raw.get(portal.port(), NewsIT.SEED_PATH, "localhost:" + portal.port());
        assertEquals(200, alias.status());
        assertAbsoluteUrlsAre(origin, alias.body());

        Raw home = Raw.get(portal.port(), "/", EVIL);
        assertEquals(200, home.status(), home.head());
        assertTrue(home.body().contains("pk-list__link"), "the home page with its news list: " + home.body());
        assertNoEvil(home);
        // other answers: folders without their trailing slash, the servlet root, a missing page (404)
        for (String path : new String[] {"/tin-tuc", "/opencms/tin-tuc", "/opencms", "/tin-tuc/khong-ton-tai"}) {
            assertNoEvil(Raw.get(portal.port(), path, EVIL));
        }
    }

    @Test
    void aForeignHostHeaderAppearsNowhereInTheFeeds(RunningPortal portal) throws Exception {
        String origin = configuredOrigin(portal);
        for (String path : new String[] {FEED + "?folder=/tin-tuc/", FEED + "?category=lao-dong-viec-lam", FEED}) {
            Raw response = Raw.get(portal.port(), path, EVIL);
            assertEquals(200, response.status(), path + ": " + response.head());
            assertNoEvil(response);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            assertTrue(feed.getLink().startsWith(origin + "/"), path + " channel link: " + feed.getLink());
            assertFalse(feed.getEntries().isEmpty(), path);
            for (SyndEntry entry : feed.getEntries()) {
                assertTrue(entry.getLink().startsWith(origin + "/"), path + " item link: " + entry.getLink());
                assertTrue(entry.getUri().startsWith(origin + "/"), path + " guid: " + entry.getUri());
            }
        }
    }

    @Test
    void aForeignHostHeaderAppearsNowhereInTheSitemapsRobotsTxtAndListFeeds(RunningPortal portal) throws Exception {
        String origin = configuredOrigin(portal);
        for (String path : new String[] {"/robots.txt", "/sitemap.xml", "/sitemap-1.xml", "/sitemap-news.xml",
            "/opencms/sitemap.xml", FEED + "?folder=/tin-tuc/", "/system/modules/org.portalkit.core/elements/list-feed.jsp?path=/x"}) {
            for (String host : new String[] {EVIL, EVIL + ":" + portal.port()}) {
                Raw response = Raw.get(portal.port(), path, host);
                assertTrue(response.status() == 200 || response.status() == 404, path + ": " + response.head());
                assertNoEvil(response);
                Matcher absolute = Pattern.compile("https?://[^\\s<\"]+").matcher(response.body());
                while (absolute.find()) {
                    String url = absolute.group();
                    boolean schema = url.startsWith("http://www.sitemaps.org/") || url.startsWith("http://www.google.com/schemas/")
                        || url.startsWith("http://www.w3.org/");
                    assertTrue(schema || url.startsWith(origin + "/"), path + " names " + url);
                }
            }
        }
        Raw forwarded = Raw.send(portal.port(), "GET", "/sitemap-1.xml", Map.of("Host", "127.0.0.1:" + portal.port(),
            "X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "Forwarded", "host=" + EVIL + ";proto=https"));
        assertEquals(200, forwarded.status());
        assertNoEvil(forwarded);
        assertFalse(forwarded.body().contains("https://127.0.0.1"), "no scheme from X-Forwarded-Proto");
    }

    @Test
    void theBeaconCountsOnlyPostsFromTheSitesConfiguredOrigins(RunningPortal portal) throws Exception {
        int port = portal.port();
        Raw page = Raw.get(port, COUNTED_ARTICLE, "127.0.0.1:" + port);
        assertEquals(200, page.status(), page.head());
        Matcher id = Pattern.compile("data-pk-beacon=\"[^\"]*view-beacon\\.jsp\\?id=([0-9a-f-]{36})\"").matcher(page.body());
        assertTrue(id.find(), page.body());
        String beacon = NewsIT.BEACON + "?id=" + id.group(1);
        long views = views(beacon(port, beacon, "GET", FIREFOX + " read", Map.of()));
        int otherPort = port == 65535 ? port - 1 : port + 1;

        Map<String, Map<String, String>> refused = new LinkedHashMap<>();
        refused.put("another port", Map.of("Origin", "http://127.0.0.1:" + otherPort));
        refused.put("another scheme", Map.of("Origin", "https://127.0.0.1:" + port));
        refused.put("the default port", Map.of("Origin", "http://127.0.0.1"));
        refused.put("the alias on another port", Map.of("Origin", "http://localhost:" + otherPort));
        refused.put("another host", Map.of("Origin", "http://" + EVIL + ":" + port));
        refused.put("the forged host's own origin", Map.of("Host", EVIL, "Origin", "http://" + EVIL));
        refused.put("an opaque origin", Map.of("Origin", "null"));
        refused.put("garbage", Map.of("Origin", "127.0.0.1:" + port));
        refused.put("no Origin, another site's Referer", Map.of("Referer", "http://" + EVIL + "/tin-tuc/"));
        refused.put("no Origin, Referer on another port", Map.of("Referer", "http://127.0.0.1:" + otherPort + COUNTED_ARTICLE));
        int n = 0;
        for (Map.Entry<String, Map<String, String>> attempt : refused.entrySet()) {
            // a new visitor every time (no cookie, own user agent), so only the origin check can stop the count
            Raw response = beacon(port, beacon, "POST", FIREFOX + " refused/" + n++, attempt.getValue());
            assertEquals(views, views(response), attempt.getKey() + " " + attempt.getValue() + " must not count a view");
            assertNoEvil(response);
        }

        Map<String, Map<String, String>> counted = new LinkedHashMap<>();
        counted.put("the site's origin", Map.of("Origin", "http://127.0.0.1:" + port));
        counted.put("the site's alias", Map.of("Origin", "http://localhost:" + port));
        counted.put("no Origin, the site's Referer", Map.of("Referer", "http://127.0.0.1:" + port + COUNTED_ARTICLE));
        counted.put("no Origin, no Referer (no browser sends a cross-site POST like this)", Map.of());
        n = 0;
        for (Map.Entry<String, Map<String, String>> attempt : counted.entrySet()) {
            Raw response = beacon(port, beacon, "POST", FIREFOX + " counted/" + n++, attempt.getValue());
            views++;
            assertEquals(views, views(response), attempt.getKey() + " " + attempt.getValue() + " counts a view");
        }
        assertEquals(views, views(beacon(port, beacon, "GET", FIREFOX + " read", Map.of())), "the counter holds the counted views");
    }

    // ------------------------------------------------------------------------------------------------------------

    /** The site's origin as the runtime configures it (opencms-sites.xml). */
    private static String configuredOrigin(RunningPortal portal) {
        return "http://127.0.0.1:" + portal.port();
    }

    private static void assertNoEvil(Raw response) {
        assertFalse(response.head().toLowerCase(Locale.ROOT).contains(EVIL), "headers name the forged host:\n" + response.head());
        assertFalse(response.body().toLowerCase(Locale.ROOT).contains(EVIL), "body names the forged host:\n" + response.body());
    }

    /** Canonical URL, og:url, og:image, JSON-LD url, mainEntityOfPage and image all start with the configured origin. */
    private static void assertAbsoluteUrlsAre(String origin, String html) throws Exception {
        Document dom = Jsoup.parse(html);
        Element canonical = dom.selectFirst("link[rel=canonical]");
        assertNotNull(canonical, html);
        String url = canonical.attr("href");
        assertEquals(origin + NewsIT.SEED_PATH, url, "canonical URL, without the servlet path");
        assertEquals(url, meta(dom, "og:url"), "og:url");
        assertTrue(meta(dom, "og:image").startsWith(origin + "/"), "og:image " + meta(dom, "og:image"));
        Element script = dom.selectFirst("script[type=application/ld+json]");
        assertNotNull(script, html);
        JsonNode json = new ObjectMapper().readTree(script.data());
        assertEquals(url, json.get("url").asText(), "JSON-LD url");
        JsonNode main = json.get("mainEntityOfPage");
        assertEquals(url, main.isTextual() ? main.asText() : main.get("@id").asText(), "JSON-LD mainEntityOfPage");
        List<String> images = new ArrayList<>();
        json.get("image").forEach(image -> images.add(image.isTextual() ? image.asText() : image.get("url").asText()));
        assertFalse(images.isEmpty(), json.toString());
        for (String image : images) {
            assertTrue(image.startsWith(origin + "/"), "JSON-LD image " + image);
        }
        for (Element element : dom.select("[href], [src], [content]")) {
            for (String attribute : new String[] {"href", "src", "content"}) {
                String value = element.attr(attribute);
                if (value.startsWith("http://") || value.startsWith("https://")) {
                    boolean ours = value.startsWith(origin + "/");
                    boolean editorial = element.hasClass("pk-news__source-link") || element.hasClass("pk-linklist__link");
                    assertTrue(ours || editorial, "absolute URL outside the configured origin: " + element.outerHtml());
                }
            }
        }
    }

    private static String meta(Document dom, String property) {
        Element meta = dom.selectFirst("meta[property=" + property + "]");
        assertNotNull(meta, property);
        return meta.attr("content");
    }

    private static Raw beacon(int port, String path, String method, String userAgent, Map<String, String> extra) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "127.0.0.1:" + port);
        headers.put("User-Agent", userAgent);
        headers.put("Accept", "application/json");
        headers.putAll(extra);
        return Raw.send(port, method, path, headers);
    }

    private static long views(Raw response) throws Exception {
        assertEquals(200, response.status(), response.head() + "\n" + response.body());
        return new ObjectMapper().readTree(response.body()).get("views").asLong();
    }

    /** An HTTP/1.1 exchange over a plain socket, so that every header (Host included) is ours. */
    record Raw(int status, String head, String body) {

        static Raw get(int port, String path, String host) throws IOException {
            return send(port, "GET", path, Map.of("Host", host, "User-Agent", FIREFOX));
        }

        static Raw send(int port, String method, String path, Map<String, String> headers) throws IOException {
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if ("POST".equals(method)) {
                request.append("Content-Length: 0\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                socket.setSoTimeout(120_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return parse(socket.getInputStream().readAllBytes());
            }
        }

        private static Raw parse(byte[] bytes) throws IOException {
            int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            if (end < 0) {
                throw new IOException("no complete response head: " + new String(bytes, StandardCharsets.ISO_8859_1));
            }
            String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
            if (head.toLowerCase(Locale.ROOT).matches("(?s).*\r\ntransfer-encoding:\\s*chunked.*")) {
                body = dechunk(body);
            }
            return new Raw(status, head, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pos = 0;
            while (true) {
                int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, pos);
                if (lineEnd < 0) {
                    throw new IOException("truncated chunked body");
                }
                String size = new String(chunked, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    return out.toByteArray();
                }
                out.write(chunked, lineEnd + 2, length);
                pos = lineEnd + 2 + length + 2;
            }
        }

        private static int indexOf(byte[] bytes, byte[] what, int from) {
            outer:
            for (int i = from; i <= bytes.length - what.length; i++) {
                for (int j = 0; j < what.length; j++) {
                    if (bytes[i + j] != what[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
