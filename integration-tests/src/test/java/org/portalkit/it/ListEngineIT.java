package org.portalkit.it;

import static org.portalkit.it.TestNews.params;
import static org.portalkit.it.TestNews.truth;

import org.portalkit.it.TestNews.Truth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal-core list engine inside the real server (through the fixture's probe), checked against what the VFS
 * says a guest may read (the probe's "news-truth", independent of Solr): types, folders, categories, date
 * restrictions, sorts, caps, facets, release and expiry in the Online project, and the Offline index.
 */
@ExtendWith(PortalRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListEngineIT {

    static final String NEWS = "/sites/default/tin-tuc/";
    static final String OWN = "/sites/default/it-list/";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    record Answer(String mode, long total, int page, int last, List<String[]> items, List<String[]> facets, String raw) {
        List<String> paths() {
            return items.stream().map(i -> i[0]).collect(Collectors.toList());
        }
    }

    @Test
    @Order(1)
    void theWholeFolderIsListedExactlyAsTheVfsHasIt(RunningPortal portal) throws Exception {
        List<Truth> truth = truth(portal, NEWS);
        assertTrue(truth.size() >= 31, "31 demo articles at least: " + truth.size());
        Answer first = list(portal, "folders", NEWS + "+", "size", "50");
        assertEquals("DIRECT", first.mode(), first.raw());
        assertEquals(truth.size(), first.total(), first.raw());
        assertEquals(truth.stream().map(Truth::path).collect(Collectors.toSet()), new HashSet<>(first.paths()));
        // newest first, as the dates in the contents say
        List<Long> dates = first.items().stream().map(i -> Long.parseLong(i[1])).collect(Collectors.toList());
        List<Long> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        assertEquals(truth.stream().mapToLong(Truth::date).max().getAsLong(), dates.get(0));
        // paging: every page has exact slices, together the whole list, no duplicates
        List<String> paged = new ArrayList<>();
        int last = 0;
        for (int page = 1; page <= 5; page++) {
            Answer a = list(portal, "folders", NEWS + "+", "size", "10", "s.page", Integer.toString(page));
            assertEquals(truth.size(), a.total());
            last = a.last();
            if (page <= last) {
                assertEquals(page, a.page());
                paged.addAll(a.paths());
            }
        }
        assertEquals((truth.size() + 9) / 10, last);
        assertEquals(first.paths(), paged, "pages are slices of one order");
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
        assertEquals(inA, list(portal, "folders", NEWS + "+", "cats", a).total());
        assertEquals(inAOrB, list(portal, "folders", NEWS + "+", "cats", a + "," + b, "catmode", "ANY").total());
        assertEquals(inAAndB, list(portal, "folders", NEWS + "+", "cats", a + "," + b, "catmode", "ALL").total());
        assertEquals(inA, list(portal, "folders", NEWS + "+", "cats", a, "catmode", "ALL").total());
    }

    @Test
    @Order(3)
    void dateRestrictions(RunningPortal portal) throws Exception {
        List<Truth> truth = truth(portal, NEWS);
        long now = System.currentTimeMillis();
        long startOfToday = ZonedDateTime.now(ZONE).toLocalDate().atStartOfDay(ZONE).toInstant().toEpochMilli();
        assertEquals(truth.stream().filter(t -> t.date() <= now).count(), list(portal, "folders", NEWS + "+", "dates", "PAST").total());
        assertEquals(truth.stream().filter(t -> t.date() > now).count(), list(portal, "folders", NEWS + "+", "dates", "FUTURE").total());
        assertEquals(truth.stream().filter(t -> t.date() >= startOfToday).count(),
            list(portal, "folders", NEWS + "+", "dates", "FROM_TODAY").total());
        long from = ZonedDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZONE).toInstant().toEpochMilli();
        long to = ZonedDateTime.of(2021, 12, 31, 23, 59, 59, 0, ZONE).toInstant().toEpochMilli();
        long in2021 = truth.stream().filter(t -> t.date() >= from && t.date() <= to).count();
        assertTrue(in2021 > 0);
        Answer range = list(portal, "folders", NEWS + "+", "dates", "RANGE", "from", Long.toString(from), "to", Long.toString(to));
        assertEquals(in2021, range.total(), range.raw());
    }

    @Test
    @Order(4)
    void sortsAndCaps(RunningPortal portal) throws Exception {
        List<Truth> truth = truth(portal, NEWS);
        Answer oldest = list(portal, "folders", NEWS + "+", "size", "50", "sort", "OLDEST");
        assertEquals(truth.stream().mapToLong(Truth::date).min().getAsLong(), Long.parseLong(oldest.items().get(0)[1]));
        List<String> titles = list(portal, "folders", NEWS + "+", "size", "50", "sort", "TITLE").items().stream()
            .map(i -> i[2]).collect(Collectors.toList());
        // Vietnamese alphabetical order (ICU's "vi" rules, as the index's collation key field): Đ after D, not after Z
        com.ibm.icu.text.Collator vietnamese = com.ibm.icu.text.Collator.getInstance(new com.ibm.icu.util.ULocale("vi"));
        vietnamese.setStrength(com.ibm.icu.text.Collator.SECONDARY);
        List<String> inVietnameseOrder = new ArrayList<>(titles);
        inVietnameseOrder.sort(vietnamese);
        assertEquals(inVietnameseOrder, titles, "title order");
        List<String> inCodePointOrder = new ArrayList<>(titles);
        java.util.Collections.sort(inCodePointOrder);
        assertFalse(inCodePointOrder.equals(titles), "not code point order (the demo has titles with Đ)");
        int firstD = -1;
        int firstDStroke = -1;
        for (int i = titles.size() - 1; i >= 0; i--) {
            firstD = titles.get(i).startsWith("D") ? i : firstD;
            firstDStroke = titles.get(i).startsWith("Đ") ? i : firstDStroke;
        }
        assertTrue(firstDStroke >= 0 && firstDStroke < titles.size() - 1 && !titles.get(titles.size() - 1).startsWith("Đ"),
            "a title with Đ comes before the titles with later letters: " + titles);
        assertTrue(firstD < 0 || firstD < firstDStroke, "D before Đ");
        assertEquals(truth.size(), titles.size());

        Answer huge = list(portal, "folders", NEWS + "+", "size", "100000");
        assertEquals(Math.min(50, truth.size()), huge.items().size(), "page size capped to 50");
        Answer deep = list(portal, "folders", NEWS + "+", "size", "10", "s.page", "99999");
        assertEquals(deep.last(), deep.page(), "a page beyond the end shows the last page");
        assertEquals(truth.size() - (deep.last() - 1) * 10, deep.items().size());
        assertTrue(list(portal, "folders", NEWS + "+", "s.page", "abc").raw().startsWith("rejected page list.error.page"));
        for (String hostile : new String[] {"{!lucene}*:*", "*:*", "a\" OR \"b", "a\\b/", "x".repeat(10_000), "a/\u0000/"}) {
            String raw = list(portal, "folders", NEWS + "+", "s.cat", hostile).raw();
            assertTrue(raw.startsWith("rejected cat list.error.category"), hostile.length() > 50 ? "long value" : hostile + ": " + raw);
        }
    }

    @Test
    @Order(5)
    void facetCountsAreTheSizesOfTheNarrowedLists(RunningPortal portal) throws Exception {
        Answer all = list(portal, "folders", NEWS + "+", "facets", "CATEGORY,YEAR,MONTH");
        Map<String, Long> years = facet(all, "YEAR");
        Map<String, Long> months = facet(all, "MONTH");
        Map<String, Long> cats = facet(all, "CATEGORY");
        assertFalse(years.isEmpty() || months.isEmpty() || cats.isEmpty(), all.raw());
        assertEquals(all.total(), years.values().stream().mapToLong(Long::longValue).sum(), "every item has one year");
        assertEquals(all.total(), months.values().stream().mapToLong(Long::longValue).sum(), "and one month");
        for (Map.Entry<String, Long> e : years.entrySet()) {
            assertEquals(e.getValue().longValue(), list(portal, "folders", NEWS + "+", "s.year", e.getKey()).total(), "year " + e.getKey());
        }
        for (Map.Entry<String, Long> e : cats.entrySet()) {
            assertEquals(e.getValue().longValue(), list(portal, "folders", NEWS + "+", "s.cat", e.getKey()).total(), "category " + e.getKey());
        }
        String someMonth = months.keySet().iterator().next();
        assertEquals(months.get(someMonth).longValue(), list(portal, "folders", NEWS + "+", "s.month", someMonth).total());
        // a selection narrows the list and the other facets count the narrowed list (AND across facets)
        String year = years.keySet().iterator().next();
        Answer narrowed = list(portal, "folders", NEWS + "+", "facets", "CATEGORY,YEAR", "s.year", year);
        assertEquals(years.get(year).longValue(), narrowed.total());
        for (Map.Entry<String, Long> e : facet(narrowed, "CATEGORY").entrySet()) {
            assertEquals(e.getValue().longValue(),
                list(portal, "folders", NEWS + "+", "s.year", year, "s.cat", e.getKey()).total(), "category " + e.getKey() + " in " + year);
        }
        assertTrue(narrowed.raw().contains("facet YEAR " + year + " " + years.get(year) + " true false"), "selected, toggling back is no combination");
        assertTrue(narrowed.raw().matches("(?s).*facet CATEGORY \\S+ \\d+ false true.*"), "year + category is a combination: nofollow");
        // multi-select: a facet is counted without its own selection, so every year still shows with its full count
        assertEquals(years, facet(narrowed, "YEAR"), "year counts ignore the year selection");
        // a year and a category: the list is narrowed by both (AND); the years are counted within the category, the
        // categories within the year
        String cat = facet(narrowed, "CATEGORY").keySet().iterator().next();
        Answer both = list(portal, "folders", NEWS + "+", "facets", "CATEGORY,YEAR", "s.year", year, "s.cat", cat);
        assertEquals(facet(narrowed, "CATEGORY").get(cat).longValue(), both.total(), "AND across facets");
        assertTrue(both.total() < all.total());
        for (Map.Entry<String, Long> e : facet(both, "YEAR").entrySet()) {
            assertEquals(e.getValue().longValue(), list(portal, "folders", NEWS + "+", "s.cat", cat, "s.year", e.getKey()).total(),
                "year " + e.getKey() + " in " + cat);
        }
        assertEquals(facet(list(portal, "folders", NEWS + "+", "facets", "YEAR", "s.cat", cat), "YEAR"), facet(both, "YEAR"));
        assertEquals(facet(narrowed, "CATEGORY"), facet(both, "CATEGORY"), "category counts ignore the category selection");
    }

    @Test
    @Order(6)
    void foldersWithAndWithoutSubfoldersAndUnreleasedItems(RunningPortal portal) throws Exception {
        long day = 24L * 3600 * 1000;
        create(portal, OWN + "top", "Tin gốc", null, null, true);
        create(portal, OWN + "sub/below", "Tin con", null, null, true);
        create(portal, OWN + "future", "Tin tương lai", System.currentTimeMillis() + day, null, true);
        Answer flat = list(portal, "folders", OWN);
        Answer deep = list(portal, "folders", OWN + "+");
        assertEquals(List.of(OWN + "top.xml"), flat.paths(), flat.raw());
        assertEquals(Set.of(OWN + "top.xml", OWN + "sub/below.xml"), new HashSet<>(deep.paths()), "the unreleased item is never listed Online: " + deep.raw());
        assertEquals(2, deep.total());
        assertEquals(deep.total(), list(portal, "folders", OWN + "+", "s.page", "7").total());
    }

    @Test
    @Order(7)
    void anOfflineEditShowsInTheOfflineListOnly(RunningPortal portal) throws Exception {
        create(portal, OWN + "draft", "Bản nháp", null, null, false);
        assertFalse(list(portal, "folders", OWN + "+").paths().contains(OWN + "draft.xml"), "not Online");
        Answer offline = null;
        for (int i = 0; i < 60; i++) {
            offline = list(portal, "folders", OWN + "+", "user", "Admin", "password", portal.adminPassword());
            if (offline.paths().contains(OWN + "draft.xml")) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals("CHECKED", offline.mode(), offline.raw());
        assertTrue(offline.paths().contains(OWN + "draft.xml"), "the editor previews it: " + offline.raw());
        assertFalse(offline.paths().contains(OWN + "future.xml"), "the Offline list shows what visitors will see");
    }

    @Test
    @Order(8)
    void anItemDisappearsAtItsExpiryWithoutARepublish(RunningPortal portal) throws Exception {
        long expiry = System.currentTimeMillis() + 70_000;
        create(portal, OWN + "expiring", "Tin hết hạn", null, expiry, true);
        assertTrue(list(portal, "folders", OWN + "+").paths().contains(OWN + "expiring.xml"), "listed before its expiry");
        long gone = 0;
        while (System.currentTimeMillis() < expiry + 15_000) {
            if (!list(portal, "folders", OWN + "+").paths().contains(OWN + "expiring.xml")) {
                gone = System.currentTimeMillis();
                break;
            }
            Thread.sleep(2000);
        }
        assertTrue(gone > 0, "still listed 15 s after its expiry");
        assertTrue(gone <= expiry + 2_000, "gone by its expiry (at most a minute early): " + (gone - expiry) + " ms");
        assertTrue(gone >= expiry - 62_000, "not more than a minute early: " + (gone - expiry) + " ms");
    }

    @Test
    @Order(9)
    void mostReadListsTheMostViewedInOrderWithExactPaging(RunningPortal portal) throws Exception {
        String folder = "/sites/default/it-most-read/";
        String[] names = {"a", "b", "c", "never"};
        for (String name : names) {
            create(portal, folder + name, "Tin đọc nhiều " + name, null, null, true);
        }
        // small counts: these articles must not outrank the demo's in the site's most-read box (NewsIT)
        long base = 30;
        for (int i = 0; i < 3; i++) {
            String answer = portal.probe(params("action", "news-views-start", "user", "Admin", "password", portal.adminPassword(),
                "path", folder + names[i] + ".xml", "value", Long.toString(base - i * 10)));
            assertTrue(answer.startsWith("value " + (base - i * 10)), answer);
        }
        Answer first = list(portal, "folders", folder + "+", "sort", "MOST_READ", "size", "2");
        assertEquals("DIRECT", first.mode(), first.raw());
        assertEquals(3, first.total(), "the article never read is not in the list: " + first.raw());
        assertEquals(List.of(folder + "a.xml", folder + "b.xml"), first.paths());
        assertEquals(List.of(Long.toString(base), Long.toString(base - 10)),
            first.items().stream().map(i -> i[4]).collect(Collectors.toList()), "views");
        assertEquals(2, first.last());
        Answer second = list(portal, "folders", folder + "+", "sort", "MOST_READ", "size", "2", "s.page", "2");
        assertEquals(List.of(folder + "c.xml"), second.paths());
        assertEquals(List.of(folder + "c.xml"), list(portal, "folders", folder + "+", "sort", "MOST_READ", "size", "2",
            "s.page", "9").paths(), "beyond the end: the last page");
        Answer offline = null;
        for (int i = 0; i < 60; i++) {
            // the Offline index takes the new articles a few seconds after their creation
            offline = list(portal, "folders", folder + "+", "sort", "MOST_READ", "user", "Admin", "password", portal.adminPassword());
            if (offline.total() == 3) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals("CHECKED", offline.mode());
        assertEquals(List.of(folder + "a.xml", folder + "b.xml", folder + "c.xml"), offline.paths(), "the same order for editors");

        // the demo articles (with seeded counters): views never increase down the list
        Answer demo = list(portal, "folders", NEWS + "+", "sort", "MOST_READ", "size", "50", "facets", "CATEGORY");
        assertTrue(demo.total() > 0 && demo.total() <= 100, demo.raw());
        List<Long> views = demo.items().stream().map(i -> Long.parseLong(i[4])).collect(Collectors.toList());
        List<Long> descending = new ArrayList<>(views);
        descending.sort(java.util.Comparator.reverseOrder());
        assertEquals(descending, views);
        for (Map.Entry<String, Long> e : facet(demo, "CATEGORY").entrySet()) {
            assertEquals(e.getValue().longValue(), list(portal, "folders", NEWS + "+", "sort", "MOST_READ", "s.cat", e.getKey()).total(),
                "most-read facet counts are the sizes of the narrowed most-read lists");
        }
    }

    // ---- helpers

    private static void create(RunningPortal portal, String path, String title, Long release, Long expiry, boolean publish) throws Exception {
        String answer = TestNews.create(portal, path + ".xml", TestNews.xml(title, "Sapo", System.currentTimeMillis(),
            "/sites/default/.categories/tin-hoat-dong/", release, expiry), publish);
        assertTrue(answer.startsWith("ok "), answer);
    }

    private static Answer list(RunningPortal portal, String... keyValues) throws Exception {
        ProbeLines answer = ProbeLines.post(portal, "list-engine", keyValues);
        int[] page = answer.page();
        return new Answer(answer.text("mode", ""), answer.number("total"), page[0], page[1], answer.rows("item", "\t"),
            answer.rows("facet", " "), answer.raw());
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
