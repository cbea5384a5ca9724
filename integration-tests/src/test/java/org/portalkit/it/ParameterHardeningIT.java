package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request parameters of the news elements in the real runtime: values of any size are refused with a clear
 * message and without a stack trace in a log, and a visitor's query string never reaches the settings of the
 * elements of a page (the landing page's list, the archive's list), only the archive's own {@code page}.
 */
@ExtendWith(PortalRuntimeExtension.class)
class ParameterHardeningIT {

    static final String ELEMENTS = "/system/modules/org.portalkit.news/elements/";

    /** 3000 segments, about 6 KB: overflowed the stack of the folder pattern once. */
    static final String DEEP_FOLDER = "/a".repeat(3000) + "/";

    /**
     * What a refused request may add to a log beyond what the same request without the bad value adds (OpenCms logs
     * a few INFO lines for every page): one short line, never a stack trace.
     */
    static final long LOG_ALLOWANCE = 500;

    private static final Pattern ITEM = Pattern.compile("<li class=\"pk-list__item\"><a class=\"pk-list__link\" href=\"([^\"]+)\">([^<]+)</a>");

    private static final Pattern MORE = Pattern.compile("<a class=\"pk-list__all-link\" href=\"([^\"]+)\">");

    @Test
    void aSixKilobyteFolderLeavesTheHomePageAndItsListInPlace(RunningPortal portal) throws Exception {
        List<String> plain = items(portal.get("/").body());
        assertEquals(10, plain.size(), "the landing page lists the latest ten news");
        HttpResponse<String> home = getQuietly(portal, "/", "/?folder=" + DEEP_FOLDER);
        assertEquals(200, home.statusCode());
        assertEquals(plain, items(home.body()), "the list is still there, unchanged");
        assertNoInternals(home.body());
    }

    @Test
    void elementUrlsRefuseOverlongValuesWith400AndTheMessage(RunningPortal portal) throws Exception {
        String[][] cases = {
            {"latest-news.jsp", "?folder=" + DEEP_FOLDER, "list.error.folder"},
            {"latest-news.jsp", "?more=" + DEEP_FOLDER, "list.error.more"},
            {"latest-news.jsp", "?category=" + "a/".repeat(3000), "list.error.category"},
            {"latest-news.jsp", "?paging=true&page=" + "1".repeat(6000), "list.error.page"},
            {"feed.jsp", "?folder=" + DEEP_FOLDER, "list.error.folder"},
            {"feed.jsp", "?category=" + "a".repeat(6000), "list.error.category"},
        };
        for (String[] c : cases) {
            String what = c[0] + c[1].substring(0, 40) + "…";
            HttpResponse<String> response = getQuietly(portal, ELEMENTS + c[0], ELEMENTS + c[0] + c[1]);
            assertEquals(400, response.statusCode(), what + ": " + shorten(response.body()));
            assertMessage(response.body(), c[2], what);
            assertNoInternals(response.body());
        }
    }

    @Test
    void aVisitorsQueryStringDoesNotChangeTheHomePagesList(RunningPortal portal) throws Exception {
        String plain = portal.get("/").body();
        HttpResponse<String> response = portal.get("/?category=x&paging=true&n=9999&folder=/nope/&page=2&more=/nope/");
        assertEquals(200, response.statusCode());
        String body = response.body();
        assertEquals(items(plain), items(body), "same titles and links");
        assertEquals(first(MORE, plain), first(MORE, body), "the page's own 'all news' link");
        assertNotNull(first(MORE, body));
        assertFalse(body.contains("pk-list__pager"), "no paging the page did not ask for");
        assertFalse(body.contains("pk-list__error") || body.contains("pk-list__note"), body);
        assertEquals(200, portal.get("/?folder=/../system/&category=%22%3E&n=x").statusCode(), "never a 400 for the page");
    }

    @Test
    void theArchiveKeepsItsSettingsAndItsPageParameterWorks(RunningPortal portal) throws Exception {
        List<String> first = items(portal.get("/tin-tuc/").body());
        assertEquals(20, first.size(), "the archive shows 20 a page");
        HttpResponse<String> second = portal.get("/tin-tuc/?page=2");
        assertEquals(200, second.statusCode());
        List<String> secondItems = items(second.body());
        assertFalse(secondItems.isEmpty());
        assertTrue(Collections.disjoint(first, secondItems), "page 2 lists other news");
        assertTrue(second.body().contains("pk-list__pager-previous"), "page 2 links back to page 1");

        HttpResponse<String> hostile = portal.get("/tin-tuc/?page=2&n=1&paging=false&category=x&folder=" + DEEP_FOLDER);
        assertEquals(200, hostile.statusCode());
        assertEquals(secondItems, items(hostile.body()), "only the page number is the visitor's");

        for (String bad : new String[] {"abc", "1".repeat(5000)}) {
            HttpResponse<String> response = getQuietly(portal, "/tin-tuc/", "/tin-tuc/?page=" + bad);
            assertEquals(200, response.statusCode(), "a bad page number does not break the page");
            assertMessage(response.body(), "list.error.page", "page=" + shorten(bad));
            assertEquals(first, items(response.body()), "the first page is shown");
        }
        HttpResponse<String> direct = portal.get(ELEMENTS + "latest-news.jsp?paging=true&page=abc");
        assertEquals(400, direct.statusCode(), "the element requested by its own URL answers for itself");
        assertMessage(direct.body(), "list.error.page", "latest-news.jsp?page=abc");
    }

    /**
     * Requests {@code bad} and checks that the logs grew by at most {@value #LOG_ALLOWANCE} bytes more than for
     * {@code good} (the same resource without the bad value), and by no stack trace.
     */
    private static HttpResponse<String> getQuietly(RunningPortal portal, String good, String bad) throws Exception {
        LogWatch base = LogWatch.start(portal);
        portal.get(good);
        long[] baseline = base.grown();
        LogWatch watch = LogWatch.start(portal);
        HttpResponse<String> response = portal.get(bad);
        watch.assertQuiet("GET " + shorten(bad), baseline);
        return response;
    }

    private static List<String> items(String html) {
        List<String> items = new ArrayList<>();
        Matcher m = ITEM.matcher(html);
        while (m.find()) {
            items.add(m.group(2) + " <" + m.group(1) + ">");
        }
        return items;
    }

    private static String first(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The text of the key in English or Vietnamese (the element's locale decides): list keys ({@code list.error.*},
     * the list engine's) from portal-core's bundle, the others from module-news'.
     */
    private static void assertMessage(String body, String key, String what) throws IOException {
        String module = key.startsWith("list.") ? "portal-core/src/main/resources/org/portalkit/core/"
            : "module-news/src/main/resources/org/portalkit/news/";
        String en = bundle(module + "messages_en.properties").getProperty(key);
        String vi = bundle(module + "messages_vi.properties").getProperty(key);
        assertNotNull(en, "message " + key);
        assertTrue(body.contains(en) || body.contains(vi), what + " should say \"" + en + "\" or \"" + vi + "\": "
            + shorten(body));
    }

    private static void assertNoInternals(String body) {
        for (String internal : new String[] {"StackOverflowError", "Exception", "\tat ", "java.lang.", "java.util.regex"}) {
            assertFalse(body.contains(internal), "internal detail '" + internal + "' in: " + shorten(body));
        }
    }

    private static Properties bundle(String name) throws IOException {
        Path file = Paths.get(System.getProperty("portalkit.dist"))
            .resolve("../../../../" + name).normalize();
        Properties props = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }

    static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
    }

    /** The sizes of the server's log and OpenCms' log before a request, and what the request added. */
    static final class LogWatch {

        private static final Pattern RECORD = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} ");

        private final List<Path> files;
        private final long[] sizes;

        private LogWatch(List<Path> files) throws IOException {
            this.files = files;
            this.sizes = new long[files.size()];
            for (int i = 0; i < files.size(); i++) {
                sizes[i] = size(files.get(i));
            }
        }

        static LogWatch start(RunningPortal portal) throws IOException {
            return new LogWatch(List.of(portal.layout().serverLogFile(),
                portal.layout().logsDir().resolve("opencms.log")));
        }

        /**
         * @return how many bytes each log grew by since {@link #start} (after a moment for the writers), counting in
         *         OpenCms' log only what request threads wrote: OpenCms' background jobs log at any time
         */
        long[] grown() throws Exception {
            Thread.sleep(300);
            long[] grown = new long[files.size()];
            for (int i = 0; i < files.size(); i++) {
                grown[i] = fromRequests(i).getBytes(StandardCharsets.UTF_8).length;
            }
            return grown;
        }

        void assertQuiet(String what, long[] baseline) throws Exception {
            long[] grown = grown();
            for (int i = 0; i < files.size(); i++) {
                String added = fromRequests(i);
                String name = files.get(i).getFileName().toString();
                assertTrue(grown[i] <= baseline[i] + LOG_ALLOWANCE, what + ": " + name + " grew by " + grown[i]
                    + " bytes, the same request without the bad value by " + baseline[i] + ":\n" + shorten(added));
                assertFalse(added.contains("\tat ") || added.contains("StackOverflowError")
                    || added.contains("Exception"), what + ": a stack trace in " + name + ":\n" + shorten(added));
            }
        }

        /**
         * What was added to log {@code i}; for OpenCms' log (one record per line starting with the date, then
         * level and thread, continuation lines for stack traces) only the records of Tomcat's request threads.
         */
        private String fromRequests(int i) throws IOException {
            String added = added(files.get(i), sizes[i]);
            if (!files.get(i).getFileName().toString().equals("opencms.log")) {
                return added;
            }
            StringBuilder kept = new StringBuilder();
            boolean keep = false;
            for (String line : added.split("(?<=\n)")) {
                if (RECORD.matcher(line).lookingAt()) {
                    keep = line.contains("[http-");
                }
                if (keep) {
                    kept.append(line);
                }
            }
            return kept.toString();
        }

        private static long size(Path file) throws IOException {
            return Files.exists(file) ? Files.size(file) : 0;
        }

        private static String added(Path file, long from) throws IOException {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                long length = Math.min(raf.length() - from, 1_000_000);
                if (length <= 0) {
                    return "";
                }
                byte[] bytes = new byte[(int)length];
                raf.seek(from);
                raf.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
    }
}
