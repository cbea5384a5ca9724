package org.portalkit.it;

import static org.portalkit.it.TestNews.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Feeds, sitemaps, robots.txt and links without the servlet path in the real runtime: the sitemap index, its parts
 * and the news sitemap validate against their schemas (portal-core's test resources xsd/: sitemaps.org's
 * sitemap.xsd, our siteindex.xsd and sitemap-news.xsd written from the published rules), every URL they list answers
 * 200 to a visitor, unreleased and expired items are absent; feeds of a folder, a category and a stored list
 * configuration parse with Rome and are the list engine's lists; pages announce their feeds; old {@code /opencms/}
 * URLs still answer, and no link a page writes carries that prefix.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedsAndSitemapsIT {

    static final String OWN = "/sites/default/it-sitemap/";

    static final String FEED = "/system/modules/org.portalkit.news/elements/feed.jsp";

    static final String LIST_FEED = "/system/modules/org.portalkit.core/elements/list-feed.jsp";

    @Test
    @Order(1)
    void robotsTxtNamesTheSitemapsOnTheConfiguredOrigin(RunningPortal portal) throws Exception {
        HttpResponse<String> robots = portal.get("/robots.txt");
        assertEquals(200, robots.statusCode(), robots.body());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), robots.headers().toString());
        assertTrue(robots.body().startsWith("User-agent: *\n"), robots.body());
        assertTrue(robots.body().contains("\nSitemap: " + origin(portal) + "/sitemap.xml\n"), robots.body());
        assertTrue(robots.body().contains("\nSitemap: " + origin(portal) + "/sitemap-news.xml\n"), robots.body());
    }

    @Test
    @Order(2)
    void theSitemapListsEveryVisiblePageAndNothingElse(RunningPortal portal) throws Exception {
        long day = 24L * 3600 * 1000;
        String visible = create(portal, OWN + "visible", "Tin mới cho sitemap", null, null);
        create(portal, OWN + "scheduled", "Tin chưa phát hành", System.currentTimeMillis() + day, null);
        create(portal, OWN + "expired", "Tin đã hết hạn", System.currentTimeMillis() - 2 * day, System.currentTimeMillis() - day);
        assertTrue(visible.startsWith("ok "), visible);

        HttpResponse<String> index = portal.get("/sitemap.xml");
        assertEquals(200, index.statusCode(), index.body());
        assertEquals("text/xml;charset=UTF-8", index.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        validate(schema("siteindex.xsd"), index.body());
        List<String> parts = texts(index.body(), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertEquals(List.of(origin(portal) + "/sitemap-1.xml"), parts, "the demo fits into one part");
        assertEquals(404, portal.get("/sitemap-2.xml").statusCode(), "no second part");
        assertEquals(404, portal.get("/sitemap-0.xml").statusCode());
        assertEquals(404, portal.get("/sitemap-01.xml").statusCode());

        HttpResponse<String> part = portal.get("/sitemap-1.xml");
        assertEquals(200, part.statusCode(), part.body());
        validate(schema("sitemap.xsd", "sitemap-news.xsd"), part.body());
        List<String> urls = texts(part.body(), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> lastmods = texts(part.body(), "http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod");
        assertEquals(urls.size(), lastmods.size(), "every entry has its lastmod");
        for (String lastmod : lastmods) {
            assertTrue(Instant.parse(lastmod).isBefore(Instant.now().plusSeconds(60)), lastmod);
        }
        assertTrue(urls.contains(origin(portal) + "/"), "the home page: " + urls);
        assertTrue(urls.contains(origin(portal) + NewsIT.SEED_PATH), "the seed article: " + urls);
        assertTrue(urls.contains(origin(portal) + "/it-sitemap/visible"), "the new article: " + urls);
        assertFalse(urls.stream().anyMatch(u -> u.contains("/it-sitemap/scheduled")), "not released yet: " + urls);
        assertFalse(urls.stream().anyMatch(u -> u.contains("/it-sitemap/expired")), "expired: " + urls);
        assertTrue(urls.size() >= 33, "home, 31 demo articles and ours at least: " + urls.size());
        assertEquals(urls.size(), urls.stream().distinct().count(), "no URL twice");
        for (String url : urls) {
            assertTrue(url.startsWith(origin(portal) + "/"), url);
            assertFalse(url.contains("/opencms/"), "no servlet prefix: " + url);
            String path = url.substring(origin(portal).length());
            HttpResponse<String> page = portal.get(path);
            assertEquals(200, page.statusCode(), "a visitor (the Guest) can open " + url);
        }
        // streamed (property cache=stream): OpenCms' buffering Flex response would have added Last-Modified
        assertTrue(part.headers().firstValue("Last-Modified").isEmpty(), part.headers().toString());
        // the sitemap is the same for every request (deterministic: the benchmark measures this very document)
        assertEquals(part.body(), portal.get("/sitemap-1.xml").body());
        // old URLs under the servlet path still answer
        assertEquals(200, portal.get("/opencms/sitemap.xml").statusCode());
    }

    @Test
    @Order(3)
    void theNewsSitemapHasTheNewsOfTheLastTwoDays(RunningPortal portal) throws Exception {
        HttpResponse<String> news = portal.get("/sitemap-news.xml");
        assertEquals(200, news.statusCode(), news.body());
        validate(schema("sitemap.xsd", "sitemap-news.xsd"), news.body());
        String ns = "http://www.google.com/schemas/sitemap-news/0.9";
        List<String> urls = texts(news.body(), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertTrue(urls.contains(origin(portal) + "/it-sitemap/visible"), news.body());
        assertFalse(urls.contains(origin(portal) + NewsIT.SEED_PATH), "published in 2020: " + news.body());
        assertFalse(news.body().contains("it-sitemap/scheduled") || news.body().contains("it-sitemap/expired"), news.body());
        for (String date : texts(news.body(), ns, "publication_date")) {
            Instant published = Instant.parse(date);
            assertTrue(published.isAfter(Instant.now().minusSeconds(2 * 24 * 3600 + 120)), date);
        }
        assertTrue(texts(news.body(), ns, "title").contains("Tin mới cho sitemap"), news.body());
        assertTrue(texts(news.body(), ns, "language").stream().allMatch("vi"::equals), news.body());
    }

    @Test
    @Order(4)
    void feedsOfAFolderAndACategoryAreTheEnginesLists(RunningPortal portal) throws Exception {
        String origin = origin(portal);
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put(FEED + "?folder=/tin-tuc/", new String[] {"folders", "/sites/default/tin-tuc/+"});
        cases.put(FEED + "?category=lao-dong-viec-lam", new String[] {"cats", "lao-dong-viec-lam/"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            HttpResponse<String> response = portal.get(c.getKey());
            assertEquals(200, response.statusCode(), c.getKey() + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            List<String> engine = new ArrayList<>();
            for (String line : portal.probe(params("action", "list-engine", c.getValue()[0], c.getValue()[1], "size", "20")).split("\n")) {
                if (line.startsWith("item ")) {
                    engine.add(origin + line.split("\t", -1)[3]);
                }
            }
            List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
            assertFalse(links.isEmpty(), c.getKey());
            assertEquals(engine, links, c.getKey() + ": the feed is the list, in its order");
            for (String link : links) {
                assertFalse(link.contains("/opencms/"), link);
            }
            assertTrue(response.body().contains("<atom:link href=\"" + origin + FEED + "?"), "its own address: " + response.body());
        }
        // the old URL of the feed still answers
        assertEquals(200, portal.get("/opencms" + FEED + "?folder=/tin-tuc/").statusCode());
    }

    @Test
    @Order(5)
    void aStoredListConfigurationHasAFeedByItsPath(RunningPortal portal) throws Exception {
        assertEquals(400, portal.get(LIST_FEED + "?path=../../etc/passwd").statusCode());
        assertEquals(400, portal.get(LIST_FEED).statusCode());
        assertEquals(404, portal.get(LIST_FEED + "?path=/it-sitemap/missing.txt").statusCode());
        assertEquals("ok", portal.probe(params("action", "create-file", "user", "Admin", "password", portal.adminPassword(),
            "path", OWN + "tin-tuc-list.txt", "type", "plain", "content", "/sites/default/tin-tuc/")));
        assertEquals(404, portal.get(LIST_FEED + "?path=/it-sitemap/tin-tuc-list.txt").statusCode(), "no reader for the type yet");
        assertEquals("ok", portal.probe(params("action", "register-list-source")));
        HttpResponse<String> response = portal.get(LIST_FEED + "?path=/it-sitemap/tin-tuc-list.txt");
        assertEquals(200, response.statusCode(), response.body());
        SyndFeed byPath = new SyndFeedInput().build(new StringReader(response.body()));
        SyndFeed folder = new SyndFeedInput().build(new StringReader(portal.get(FEED + "?folder=/tin-tuc/").body()));
        assertEquals(folder.getEntries().subList(0, 5).stream().map(SyndEntry::getLink).toList(),
            byPath.getEntries().stream().map(SyndEntry::getLink).toList(), "the configured list: 5 of the folder");
        assertEquals("tin-tuc-list.txt", byPath.getTitle());
    }

    @Test
    @Order(6)
    void pagesAnnounceTheirFeedsAndLinkWithoutTheServletPath(RunningPortal portal) throws Exception {
        String article = portal.get(NewsIT.SEED_PATH).body();
        Element section = Jsoup.parse(article).selectFirst("link[rel=alternate][type=application/rss+xml]");
        assertNotNull(section, "the article's section feed: " + article);
        assertEquals(FEED + "?folder=" + URLEncoder.encode("/tin-tuc/", StandardCharsets.UTF_8), section.attr("href"));
        assertFeed(portal, section.attr("href"));

        String home = portal.get("/").body();
        Element list = Jsoup.parse(home).selectFirst("link[rel=alternate][type=application/rss+xml]");
        assertNotNull(list, "the home page's news list has a feed: " + home);
        assertFeed(portal, list.attr("href"));

        // the home page's lists are pk-list configurations: their feeds are the configured lists
        List<String> homeFeeds = Jsoup.parse(home).select("link[rel=alternate][type=application/rss+xml]").eachAttr("href");
        assertTrue(homeFeeds.contains("/system/modules/org.portalkit.template/elements/list-feed.jsp?path="
            + URLEncoder.encode("/tin-tuc/index.html", StandardCharsets.UTF_8)), "the latest-news list's feed: " + homeFeeds);
        assertTrue(homeFeeds.stream().noneMatch(href -> href.contains("search")), "the search box has no feed: " + homeFeeds);
        for (String href : homeFeeds) {
            assertFeed(portal, href);
        }
        // a pk-list page of its own announces its own feed: the list's first page in the list's order
        String archive = portal.get("/tin-tuc/").body();
        Element own = Jsoup.parse(archive).selectFirst("link[rel=alternate][type=application/rss+xml]");
        assertNotNull(own, "the archive page's feed: " + archive);
        SyndFeed archiveFeed = new SyndFeedInput().build(new StringReader(portal.get(own.attr("href")).body()));
        List<String> shown = Jsoup.parse(archive).select(".pk-list__items a.pk-list__link").eachAttr("href");
        assertFalse(shown.isEmpty(), "the archive lists items: " + archive);
        List<String> fed = archiveFeed.getEntries().stream().map(SyndEntry::getLink)
            .map(link -> link.substring(origin(portal).length())).toList();
        assertEquals(shown.subList(0, Math.min(shown.size(), fed.size())), fed, "the feed is the list's first page");
        assertEquals(400, portal.get("/system/modules/org.portalkit.template/elements/list-feed.jsp?path=/a/../b").statusCode());
        assertEquals(404, portal.get("/system/modules/org.portalkit.template/elements/list-feed.jsp?path="
            + URLEncoder.encode(NewsIT.SEED_PATH, StandardCharsets.UTF_8)).statusCode(), "an article is no list");

        for (String html : new String[] {article, home}) {
            Document dom = Jsoup.parse(html);
            int links = 0;
            for (Element element : dom.select("[href], [src], [action]")) {
                for (String attribute : new String[] {"href", "src", "action"}) {
                    String value = element.attr(attribute);
                    if (value.isEmpty()) {
                        continue;
                    }
                    links++;
                    assertFalse(value.startsWith("/opencms/") || value.contains("://127.0.0.1:" + portal.port() + "/opencms/"),
                        "a link with the servlet prefix: " + element.outerHtml());
                }
            }
            assertTrue(links > 5, "the page has links: " + links);
        }
        assertFalse(article.contains("\"" + origin(portal) + "/opencms/"), "JSON-LD, canonical, og: no servlet prefix");
        // old bookmarks still work
        assertEquals(200, portal.get("/opencms" + NewsIT.SEED_PATH).statusCode());
        assertEquals(200, portal.get("/opencms/").statusCode());
    }

    // ---- helpers

    @Test
    @Order(7)
    void withoutDirectSolrAccessSitemapsAndListsComeFromOpenCmsCheckedSearch(RunningPortal portal) throws Exception {
        // as on an OpenCms release where portal-core cannot reach the index's Solr client (DirectSolr.SWITCH)
        String index = portal.get("/sitemap.xml").body();
        String part = portal.get("/sitemap-1.xml").body();
        String news = portal.get("/sitemap-news.xml").body();
        List<String> archive = Jsoup.parse(portal.get("/tin-tuc/").body()).select("a.pk-list__link").eachAttr("href");
        assertEquals("ok", portal.probe(params("action", "direct-solr", "adminPassword", portal.adminPassword(), "on", "false")));
        try {
            HttpResponse<String> checkedIndex = portal.get("/sitemap.xml");
            assertEquals(200, checkedIndex.statusCode(), checkedIndex.body());
            assertEquals(index, checkedIndex.body());
            HttpResponse<String> checkedPart = portal.get("/sitemap-1.xml");
            assertEquals(200, checkedPart.statusCode(), checkedPart.body());
            validate(schema("sitemap.xsd", "sitemap-news.xsd"), checkedPart.body());
            assertEquals(texts(part, "http://www.sitemaps.org/schemas/sitemap/0.9", "loc"),
                texts(checkedPart.body(), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc"), "the same URLs in the same order");
            assertEquals(part, checkedPart.body());
            HttpResponse<String> checkedNews = portal.get("/sitemap-news.xml");
            assertEquals(200, checkedNews.statusCode(), checkedNews.body());
            assertEquals(news, checkedNews.body());
            assertEquals(archive, Jsoup.parse(portal.get("/tin-tuc/").body()).select("a.pk-list__link").eachAttr("href"),
                "the news archive lists the same articles");
        } finally {
            assertEquals("ok", portal.probe(params("action", "direct-solr", "adminPassword", portal.adminPassword(), "on", "true")));
        }
    }

    private static void assertFeed(RunningPortal portal, String href) throws Exception {
        assertTrue(href.startsWith("/system/modules/"), href);
        HttpResponse<String> feed = portal.get(href);
        assertEquals(200, feed.statusCode(), href);
        assertFalse(new SyndFeedInput().build(new StringReader(feed.body())).getEntries().isEmpty(), href);
    }

    static String origin(RunningPortal portal) {
        return "http://127.0.0.1:" + portal.port();
    }

    static Schema schema(String... names) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[names.length];
        for (int i = 0; i < names.length; i++) {
            sources[i] = new StreamSource(FeedsAndSitemapsIT.class.getResource("xsd/" + names[i]).toExternalForm());
        }
        return factory.newSchema(sources);
    }

    static void validate(Schema schema, String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static List<String> texts(String xml, String namespace, String element) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList nodes = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
            .getElementsByTagNameNS(namespace, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String create(RunningPortal portal, String path, String title, Long release, Long expiry) throws Exception {
        return TestNews.create(portal, path,
            TestNews.xml(title, "Sapo", System.currentTimeMillis(), null, release, expiry), true);
    }

}
