package org.portalkit.it;

import static org.portalkit.it.TestNews.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal-core site search inside the real server (through the fixture's probe, like ListEngineIT): folding of
 * Vietnamese tone marks and đ, exact spellings first, escaped snippets, facets, sorting, hostile input and
 * suggestions; and the search page of the demo site.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIT {

    static final String SEED = "/sites/default/tin-tuc/hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020";
    static final String OWN = "/sites/default/it-search/";

    record Answer(String mode, long micros, String query, long total, int page, int last, List<String[]> hits,
        List<String[]> facets, List<String[]> suggestions, String raw) {
        List<String> paths() {
            return hits.stream().map(h -> h[0]).collect(Collectors.toList());
        }
    }

    @Test
    @Order(1)
    void theSeedArticleIsFoundWithAndWithoutToneMarksAndInCapitals(RunningPortal portal) throws Exception {
        for (String q : new String[] {"hoi nghi so ket", "Hội nghị sơ kết", "HOI NGHI", "HỘI NGHỊ SƠ KẾT", "Hoi nghi so ket"}) {
            Answer a = search(portal, "s.q", q);
            assertEquals("DIRECT", a.mode(), a.raw());
            Answer all = search(portal, "s.q", q, "size", "50");
            assertTrue(all.paths().contains(SEED), q + " finds the seed article: " + all.raw());
        }
        // đ/Đ fold to d: "Đồng chí" of the seed article's text
        assertTrue(search(portal, "s.q", "dong chi A Kang giam doc", "size", "50").paths().contains(SEED));
        assertTrue(search(portal, "s.q", "Đồng chí A Kang Giám đốc", "size", "50").paths().contains(SEED));
        // every word must match: a word the text does not have finds nothing
        assertEquals(0, search(portal, "s.q", "hoi nghi xyzzyqwv").total());
    }

    @Test
    @Order(2)
    void exactSpellingsRankFirst(RunningPortal portal) throws Exception {
        // same letters once folded, other tone marks: "Hồi nghỉ sờ kết" folds to "hoi nghi so ket" as well
        create(portal, OWN + "hoi-nghi-khac.xml", "Hồi nghỉ sờ kết công tác sáu tháng", "Hồi nghỉ sờ kết công tác của tổ bảo vệ.");
        Answer exactSeed = search(portal, "s.q", "Hội nghị Sơ kết công tác", "size", "50");
        Answer exactOther = search(portal, "s.q", "Hồi nghỉ sờ kết công tác", "size", "50");
        Answer folded = search(portal, "s.q", "hoi nghi so ket cong tac", "size", "50");
        assertTrue(folded.paths().contains(SEED) && folded.paths().contains(OWN + "hoi-nghi-khac.xml"), folded.raw());
        assertEquals(SEED, exactSeed.paths().get(0), exactSeed.raw());
        assertEquals(OWN + "hoi-nghi-khac.xml", exactOther.paths().get(0), exactOther.raw());
        assertTrue(exactSeed.paths().indexOf(OWN + "hoi-nghi-khac.xml") > 0, "the other spelling is found, later");
        assertTrue(exactOther.paths().indexOf(SEED) > 0, "and the other way round");
    }

    @Test
    @Order(3)
    void snippetsHighlightTheMatchesAndEscapeTheText(RunningPortal portal) throws Exception {
        create(portal, OWN + "xss.xml", "Kiểm thử đoạn trích", "Đoạn trích có <script>alert('pk')</script> & <b>thẻ</b> trong văn bản kiểm thử.");
        Answer a = search(portal, "s.q", "doan trich kiem thu");
        String[] hit = hitOf(a, OWN + "xss.xml");
        String snippet = hit[5];
        assertTrue(snippet.contains("<mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;") && !snippet.contains("<script"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), "no markup but <mark>: " + snippet);
        assertTrue(snippet.contains("&amp;"), snippet);
        // the seed article's snippet marks the folded words of its text
        Answer seed = search(portal, "s.q", "hoi nghi so ket", "size", "50");
        String seedSnippet = hitOf(seed, SEED)[5];
        assertTrue(seedSnippet.toLowerCase(java.util.Locale.ROOT).contains("<mark>hội</mark>"), seedSnippet);
    }

    @Test
    @Order(4)
    void facetsByTypeAndCategoryAndSortByDate(RunningPortal portal) throws Exception {
        Answer all = search(portal, "s.q", "nam", "size", "50");
        Map<String, Long> types = facet(all, "TYPE");
        Map<String, Long> cats = facet(all, "CATEGORY");
        assertTrue(types.containsKey("pk-news"), all.raw());
        assertEquals(all.total(), types.values().stream().mapToLong(Long::longValue).sum(), "each hit has one type");
        assertFalse(cats.isEmpty(), all.raw());
        for (Map.Entry<String, Long> e : cats.entrySet()) {
            assertEquals(e.getValue().longValue(), search(portal, "s.q", "nam", "s.cat", e.getKey()).total(), "category " + e.getKey());
        }
        Answer news = search(portal, "s.q", "nam", "s.type", "pk-news");
        assertEquals(types.get("pk-news").longValue(), news.total());
        assertEquals(types, facet(news, "TYPE"), "the type facet counts all types, whatever is selected");
        assertTrue(news.raw().contains("facet TYPE pk-news " + types.get("pk-news") + " true false"), news.raw());

        Answer byDate = search(portal, "s.q", "nam", "s.type", "pk-news", "s.sort", "date", "size", "50");
        List<Long> dates = byDate.hits().stream().map(h -> Long.parseLong(h[1])).collect(Collectors.toList());
        List<Long> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates, "newest first");
        assertEquals(byDate.total(), news.total());
        assertTrue(search(portal, "s.q", "nam", "s.sort", "newest").raw().startsWith("rejected sort search.error.sort"));
    }

    @Test
    @Order(5)
    void pagingIsCapped(RunningPortal portal) throws Exception {
        Answer huge = search(portal, "s.q", "nam", "size", "100000");
        assertTrue(huge.hits().size() <= 50, "rows capped to 50");
        Answer deep = search(portal, "s.q", "nam", "size", "5", "s.page", "99999");
        assertEquals(deep.last(), deep.page(), "beyond the end: the last page");
        assertTrue(deep.last() <= 100);
        assertTrue(search(portal, "s.q", "nam", "s.page", "abc").raw().startsWith("rejected page list.error.page"));
    }

    @Test
    @Order(6)
    void hostileInputIsEscapedAndAnswersQuickly(RunningPortal portal) throws Exception {
        String[] hostile = {"{!lucene}*:*", "*:*", "title:hoi", "{!join from=id to=id}*:*", "hoi\" OR \"b", "a\\b/",
            "(hoi AND nghi) OR NOT so", "hoi~2 nghi^100 [* TO *]", "x".repeat(10_000), "hội nghị\u0000\u0001\u001b\u202e\u200b sơ kết",
            "&&||!()", "_query_:\"{!lucene}*:*\"", "%00<script>alert(1)</script>", "\uE000mark\uE001"};
        List<String> timings = new ArrayList<>();
        long all = search(portal, "s.q", "*:*").total();
        for (String q : hostile) {
            Answer a = search(portal, "s.q", q);
            assertFalse(a.raw().startsWith("rejected") || a.raw().startsWith("error"), shown(q) + ": " + a.raw());
            assertTrue(a.query().length() <= 200, "capped: " + a.query().length());
            assertFalse(a.query().chars().anyMatch(c -> c < 0x20 || c == 0x202e || c == 0x200b || c == 0xE000), "control characters dropped");
            timings.add(String.format("%-32s %6d µs, %d hits", shown(q), a.micros(), a.total()));
        }
        assertEquals(0, all, "*:* is two plain colons and stars, no match-all query");
        assertEquals(0, search(portal, "s.q", "{!lucene}*:*").total());
        assertEquals(0, search(portal, "s.q", "_query_:\"{!lucene}*:*\"").total(), "no nested query");
        Answer controls = search(portal, "s.q", "hội nghị\u0000\u0001\u001b\u202e\u200b sơ kết", "size", "50");
        assertEquals("hội nghị sơ kết", controls.query());
        assertTrue(controls.paths().contains(SEED));
        Answer longOne = search(portal, "s.q", "x".repeat(10_000));
        assertEquals(200, longOne.query().length());
        Answer field = search(portal, "s.q", "title:hoi");
        assertTrue(field.total() <= search(portal, "s.q", "title hoi").total(), "a field name is a word");
        // the same texts five times more, warm: median and slowest are the times docs/search.md reports
        List<String> warm = new ArrayList<>();
        for (String q : hostile) {
            long[] micros = new long[5];
            for (int i = 0; i < micros.length; i++) {
                micros[i] = search(portal, "s.q", q).micros();
            }
            java.util.Arrays.sort(micros);
            warm.add(String.format("%-32s median %6d µs, max %6d µs", shown(q), micros[2], micros[4]));
        }
        System.out.println("SearchIT hostile input, first run (engine time in the server):\n  " + String.join("\n  ", timings));
        System.out.println("SearchIT hostile input, warm (5 runs each):\n  " + String.join("\n  ", warm));
        long[] ordinary = new long[5];
        for (int i = 0; i < ordinary.length; i++) {
            ordinary[i] = search(portal, "s.q", "hoi nghi so ket").micros();
        }
        java.util.Arrays.sort(ordinary);
        System.out.println("SearchIT ordinary search 'hoi nghi so ket': median " + ordinary[2] + " µs, max " + ordinary[4] + " µs");
    }

    @Test
    @Order(7)
    void noResultsSuggestsAFoldedSpelling(RunningPortal portal) throws Exception {
        Answer typo = search(portal, "s.q", "hoi nghji");
        assertEquals(0, typo.total(), typo.raw());
        assertFalse(typo.suggestions().isEmpty(), typo.raw());
        String suggested = typo.suggestions().get(0)[0];
        assertTrue(suggested.contains("nghi"), typo.raw());
        assertTrue(typo.suggestions().get(0)[1].startsWith("q="), typo.raw());
        assertTrue(search(portal, "s.q", suggested).total() > 0, "the suggestion finds something");
        assertTrue(search(portal, "s.q", "hoi nghi").suggestions().isEmpty(), "no suggestion with results");
        assertEquals(0, search(portal, "s.q", "!!! ???").total(), "no words: nothing searched");
    }

    @Test
    @Order(8)
    void anEditorSearchesTheOfflineIndexWithTheSameRules(RunningPortal portal) throws Exception {
        // the Offline index holds what editors changed (here the items this test created)
        Answer a = null;
        for (int i = 0; i < 60; i++) {
            // the Offline index takes the test's items a few seconds after their creation (OpenCms' offline indexer)
            a = search(portal, "s.q", "hoi nghi so ket", "size", "50", "user", "Admin", "password", portal.adminPassword());
            if (a.paths().contains(OWN + "hoi-nghi-khac.xml")) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals("CHECKED", a.mode(), a.raw());
        String[] hit = hitOf(a, OWN + "hoi-nghi-khac.xml");
        assertTrue(hit[5].contains("<mark>"), a.raw());
        assertEquals(OWN + "hoi-nghi-khac.xml", search(portal, "s.q", "Hồi nghỉ sờ kết", "user", "Admin", "password",
            portal.adminPassword()).paths().get(0));
        assertTrue(search(portal, "s.q", "{!lucene}*:*", "user", "Admin", "password", portal.adminPassword()).total() == 0);
    }

    @Test
    @Order(9)
    void theSearchPageShowsHitsFacetsPagerAndHelp(RunningPortal portal) throws Exception {
        java.net.http.HttpResponse<String> page = portal.get("/tim-kiem/?q=" + enc("hoi nghi so ket"));
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<label class=\"pk-search__label\" for=\"pk-search-q\">"), html);
        assertTrue(html.contains("value=\"hoi nghi so ket\""), "the form keeps the text");
        assertTrue(html.contains("tin-tuc/hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020\""), "the seed article is linked");
        assertTrue(html.contains("<mark>"), "highlighted snippets");
        assertTrue(html.contains("class=\"pk-search__facet-link"), "facets");
        assertTrue(html.contains("sort=date"), "a link to sort by date");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        assertEquals(List.of("Tìm kiếm"), doc.select("h1, h2").eachText().stream().filter("Tìm kiếm"::equals).toList(),
            "the page's title once: the element on it has hideHeading=true");
        assertEquals(1, doc.select("h1").size());
        // the snippet quotes the text (lead and body), not the title shown above it, the section or the caption
        org.jsoup.nodes.Element seedHit = doc.select("li.pk-search__hit").stream()
            .filter(hit -> hit.select("a.pk-search__hit-title").attr("href").contains("hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020"))
            .findFirst().orElseThrow();
        String snippet = seedHit.select(".pk-search__snippet").text();
        assertFalse(snippet.contains("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020."), snippet);
        assertFalse(snippet.startsWith("Quang cảnh") || snippet.startsWith("Văn phòng"), snippet);
        assertTrue(snippet.contains("Ngày 16/7/2020"), snippet);

        String hostile = "\"><script>alert(1)</script>{!lucene}*:*";
        java.net.http.HttpResponse<String> escaped = portal.get("/tim-kiem/?q=" + enc(hostile));
        assertEquals(200, escaped.statusCode());
        assertFalse(escaped.body().contains("<script>alert(1)"), "the text is escaped in the page");
        assertTrue(escaped.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), escaped.body());
        assertTrue(escaped.body().contains("pk-search__empty"), "nothing found, help shown");

        java.net.http.HttpResponse<String> typo = portal.get("/tim-kiem/?q=" + enc("hoi nghji"));
        assertEquals(200, typo.statusCode());
        assertTrue(typo.body().contains("Có phải bạn muốn tìm:"), typo.body());
        assertTrue(typo.body().contains("class=\"pk-search__suggestion\""), typo.body());

        java.net.http.HttpResponse<String> badPage = portal.get("/tim-kiem/?q=a&page=abc");
        assertEquals(200, badPage.statusCode(), "an included element never changes the page's status");
        assertTrue(badPage.body().contains("pk-search__error"), badPage.body());
        long started = System.nanoTime();
        assertEquals(200, portal.get("/tim-kiem/?q=" + enc("x".repeat(3000))).statusCode(), "a long text in the URL");
        long longPage = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        assertEquals(200, portal.get("/tim-kiem/?q=" + enc("{!lucene}*:* title:x (a OR b)~2")).statusCode());
        long syntaxPage = (System.nanoTime() - started) / 1_000_000;
        System.out.println("SearchIT search page over HTTP: 3,000 x " + longPage + " ms, Solr syntax " + syntaxPage + " ms");
    }

    @Test
    @Order(10)
    void pagesAreFoundButNotTheSearchPageItself(RunningPortal portal) throws Exception {
        Answer about = search(portal, "s.q", "co quan chuyen mon thuoc uy ban nhan dan tinh", "size", "50");
        assertTrue(about.paths().contains("/sites/default/gioi-thieu/index.html"), about.raw());
        assertEquals("pk-page", hitOf(about, "/sites/default/gioi-thieu/index.html")[2]);
        Answer self = search(portal, "s.q", "Tìm kiếm", "size", "50");
        assertFalse(self.paths().contains("/sites/default/tim-kiem/index.html"), "search.exclude=true: " + self.raw());
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- helpers

    private static String shown(String q) {
        String s = q.length() > 24 ? q.substring(0, 12) + "…(" + q.length() + ")" : q;
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || (c >= 0x200b && c <= 0x202e) || (c >= 0xE000 && c <= 0xF8FF) ? String.format("\\u%04x", (int)c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String[] hitOf(Answer a, String path) {
        for (String[] hit : a.hits()) {
            if (hit[0].equals(path)) {
                return hit;
            }
        }
        throw new AssertionError(path + " not found: " + a.raw());
    }

    private static void create(RunningPortal portal, String path, String title, String lead) throws Exception {
        String answer = TestNews.create(portal, path,
            TestNews.xml(title, lead, System.currentTimeMillis(), null, null, null), true);
        assertTrue(answer.startsWith("ok "), answer);
        // the Online index is updated by the publish; wait until the search sees it
        for (int i = 0; i < 30; i++) {
            if (search(portal, "s.q", title, "size", "50").paths().contains(path)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(path + " not searchable 30 s after its publish");
    }

    private static Answer search(RunningPortal portal, String... keyValues) throws Exception {
        ProbeLines answer = ProbeLines.post(portal, "search-engine", keyValues);
        int[] page = answer.page();
        return new Answer(answer.text("mode", ""), answer.number("micros"), answer.text("query", ""), answer.number("total"),
            page[0], page[1], answer.rows("hit", "\t"), answer.rows("facet", " "), answer.rows("suggestion", "\t"), answer.raw());
    }

    private static Map<String, Long> facet(Answer answer, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] f : answer.facets()) {
            if (f[0].equals(facet)) {
                counts.put(f[1], Long.parseLong(f[2]));
            }
        }
        return counts;
    }

}
