package org.portalkit.bench;

import java.io.PrintStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.opencms.db.CmsPublishList;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsProject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.file.types.I_CmsResourceType;
import org.opencms.main.CmsShell;
import org.opencms.main.I_CmsShellCommands;
import org.opencms.main.OpenCms;
import org.opencms.relations.CmsCategoryService;
import org.opencms.report.CmsLogReport;
import org.opencms.report.I_CmsReport;
import org.opencms.search.solr.CmsSolrIndex;
import org.opencms.search.solr.CmsSolrQuery;
import org.opencms.search.solr.CmsSolrResultList;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Creates N generated Vietnamese pk-news articles through the OpenCms API on a <b>stopped</b> portal's web
 * application ({@code CmsObject.createResource} with XML per {@code news.xsd}, {@code writeFile} so the schema's
 * mappings run, categories through {@link CmsCategoryService}), publishes them in chunks and waits until "Solr
 * Online" holds them. Also writes the classic-collector comparison page {@code /bench/collector.jsp} into the
 * site. See bench/README.md.
 *
 * <p>Usage: {@code NewsGenerator <DATA dir> <count> [--folder /tin-tuc/] [--chunk 2000] [--seed 1] [--rebuild]}.</p>
 */
public final class NewsGenerator {

    private static final String SITE = "/sites/default";
    private static final String OFFLINE = "Offline";
    private static final String ONLINE_INDEX = "Solr Online";

    private NewsGenerator() {
    }

    /** Receives the shell's CmsObject. */
    static final class Commands implements I_CmsShellCommands {
        CmsObject m_cms;

        @Override
        public void initShellCmsObject(CmsObject cms, CmsShell shell) {
            m_cms = cms;
        }

        @Override
        public void shellExit() {
            // nothing
        }

        @Override
        public void shellStart() {
            // nothing
        }
    }

    /**
     * @param args DATA dir, count, options
     * @throws Exception on any failure (the run stops)
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: NewsGenerator <DATA dir> <count> [--folder /tin-tuc/] [--chunk 2000] [--seed 1] [--rebuild] [--index-after] [--db-cache-mb N]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String folder = "/tin-tuc/";
        int chunk = 2000;
        long seed = 1;
        boolean rebuild = false;
        int dbCacheMb = 0;
        boolean indexAfter = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--folder" -> folder = args[++i];
                case "--chunk" -> chunk = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--rebuild" -> rebuild = true;
                case "--index-after" -> indexAfter = true;
                case "--db-cache-mb" -> dbCacheMb = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        String password = Files.readString(data.resolve("admin-password"), StandardCharsets.UTF_8).trim();
        if (dbCacheMb > 0) {
            hsqldbCache(data, dbCacheMb);
        }
        long t0 = System.nanoTime();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Commands commands = new Commands();
        CmsShell shell = new CmsShell(data.resolve("webapp/WEB-INF").toString(), "/opencms/*", "ROOT", "> ",
            commands, quiet, System.err, false);
        CmsObject cms = commands.m_cms;
        cms.loginUser("Admin", password);
        cms.getRequestContext().setCurrentProject(cms.readProject(OFFLINE));
        cms.getRequestContext().setSiteRoot(SITE);
        long booted = System.nanoTime();
        say("OpenCms booted in %.1f s", (booted - t0) / 1e9);

        writeCollectorPage(cms, folder);
        CmsSolrIndex onlineIndex = OpenCms.getSearchManager().getIndexSolr(ONLINE_INDEX);
        String rebuildMode = onlineIndex.getRebuildMode();
        if (indexAfter) {
            // publishing updates only "auto" indexes: index everything once at the end instead of per document
            onlineIndex.setRebuildMode("manual");
            rebuild = true;
        }
        publishLeftovers(cms);
        long[] publishNanos = new long[1];
        int done = createAndPublish(cms, folder, count, seed, chunk, publishNanos);
        long finished = System.nanoTime();
        double createS = (finished - booted - publishNanos[0]) / 1e9;
        double publishS = publishNanos[0] / 1e9;
        say("created %d news in %.1f s (%.0f items/s)", done, createS, done / createS);
        say("published them in chunks of %d in %.1f s (%.0f items/s), Solr Online indexing included", chunk,
            publishS, done / publishS);
        long online = waitForIndex(cms, folder);
        say("Solr Online holds %d pk-news below %s", online, folder);
        if (rebuild) {
            onlineIndex.setRebuildMode(rebuildMode);
            long r0 = System.nanoTime();
            OpenCms.getSearchManager().rebuildIndex(ONLINE_INDEX, new CmsLogReport(Locale.ENGLISH, NewsGenerator.class));
            say("rebuilt %s in %.1f s, it holds %d pk-news", ONLINE_INDEX, (System.nanoTime() - r0) / 1e9,
                waitForIndex(cms, folder));
        }
        memory();
        say("total %.1f s", (System.nanoTime() - t0) / 1e9);
        shell.exit();
        System.exit(0);
    }

    /**
     * Creates the news chunk by chunk and publishes each chunk as soon as it is created, so an interrupted run
     * leaves published, indexed news behind. Stops early when the file {@code DATA/bench-stop} appears.
     */
    private static int createAndPublish(CmsObject cms, String folder, int count, long seed, int chunk,
        long[] publishNanos) throws Exception {
        I_CmsResourceType type = OpenCms.getResourceManager().getResourceType("pk-news");
        CmsCategoryService categories = CmsCategoryService.getInstance();
        // continue numbering after earlier runs, so a second run adds instead of failing
        int start = 0;
        while (cms.existsResource(folder + name(start + 1000), CmsResourceFilter.ALL)) {
            start += 1000;
        }
        while (cms.existsResource(folder + name(start + 1), CmsResourceFilter.ALL)) {
            start++;
        }
        VietnameseNews news = new VietnameseNews(seed + start, System.currentTimeMillis());
        CmsObject root = OpenCms.initCmsObject(cms);
        root.getRequestContext().setSiteRoot("");
        I_CmsReport report = new CmsLogReport(Locale.ENGLISH, NewsGenerator.class);
        Path stop = Path.of(OpenCms.getSystemInfo().getWebApplicationRfsPath()).getParent().resolve("bench-stop");
        Files.deleteIfExists(stop);
        int done = 0;
        try (ProgressBar bar = bar("news", count)) {
            while (done < count && !Files.exists(stop)) {
                List<CmsResource> created = new ArrayList<>();
                for (int i = 0; i < chunk && done < count; i++) {
                    VietnameseNews.Article article = news.next();
                    done++;
                    String path = folder + name(start + done);
                    CmsResource res = cms.createResource(path, type, NewsXml.of(article, SITE), Collections.emptyList());
                    // writing applies the schema's mappings (Title property, URL name, release date, categories)
                    cms.writeFile(cms.readFile(res));
                    if (done == 1 && categories.readResourceCategories(cms, res).size() != article.categories().size()) {
                        throw new IllegalStateException("writeFile did not assign the categories of " + path);
                    }
                    cms.unlockResource(path);
                    created.add(res);
                    bar.step();
                }
                long p0 = System.nanoTime();
                List<CmsResource> resources = new ArrayList<>();
                for (CmsResource res : created) {
                    resources.add(root.readResource(res.getStructureId(), CmsResourceFilter.ALL));
                }
                CmsPublishList list = OpenCms.getPublishManager().getPublishList(root, resources, false);
                OpenCms.getPublishManager().publishProject(root, report, list);
                OpenCms.getPublishManager().waitWhileRunning();
                publishNanos[0] += System.nanoTime() - p0;
                bar.setExtraMessage(" published " + done);
            }
        }
        if (report.hasError()) {
            throw new IllegalStateException("publishing reported errors: " + report.getErrors());
        }
        return done;
    }

    /** Publishes what an interrupted earlier run created but did not publish. */
    private static void publishLeftovers(CmsObject cms) throws Exception {
        long p0 = System.nanoTime();
        List<CmsResource> changed = cms.readProjectView(cms.getRequestContext().getCurrentProject().getUuid(),
            org.opencms.db.CmsResourceState.STATE_KEEP);
        if (changed.isEmpty()) {
            return;
        }
        CmsObject root = OpenCms.initCmsObject(cms);
        root.getRequestContext().setSiteRoot("");
        OpenCms.getPublishManager().publishProject(root, new CmsLogReport(Locale.ENGLISH, NewsGenerator.class));
        OpenCms.getPublishManager().waitWhileRunning();
        say("published %d resources an earlier run left unpublished in %.1f s", changed.size(),
            (System.nanoTime() - p0) / 1e9);
    }

    /**
     * Sets HSQLDB's row cache (persistent in the database's script): the demo database's default of 10 MB /
     * 50,000 rows makes every query scan from disk once the VFS holds a few thousand articles.
     */
    private static void hsqldbCache(Path data, int mb) throws Exception {
        java.util.Properties props = new java.util.Properties();
        try (var in = Files.newBufferedReader(data.resolve("webapp/WEB-INF/config/opencms.properties"),
            StandardCharsets.ISO_8859_1)) {
            props.load(in);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(props.getProperty("db.pool.default.jdbcUrl"),
            props.getProperty("db.pool.default.user"), props.getProperty("db.pool.default.password"));
            java.sql.Statement st = c.createStatement()) {
            st.execute("SET FILES CACHE SIZE " + (mb * 1024));
            st.execute("SET FILES CACHE ROWS " + (mb * 2000));
            st.execute("SHUTDOWN");
        }
        say("HSQLDB cache set to %d MB / %d rows", mb, mb * 2000);
    }

    private static String name(int n) {
        return String.format("tin-%06d", n);
    }

    private static long waitForIndex(CmsObject cms, String folder) throws Exception {
        CmsObject online = OpenCms.initCmsObject(cms);
        online.getRequestContext().setCurrentProject(online.readProject(CmsProject.ONLINE_PROJECT_ID));
        CmsSolrIndex index = OpenCms.getSearchManager().getIndexSolr(ONLINE_INDEX);
        CmsSolrQuery query = new CmsSolrQuery(null, null);
        query.setQuery("*:*");
        query.setFilterQueries("type:pk-news", "parent-folders:\"" + SITE + folder + "\"");
        query.setRows(Integer.valueOf(0));
        query.removeExpiration();
        CmsSolrResultList result = index.search(online, query, true);
        return result.getNumFound();
    }

    /**
     * Bench-only pages in the site's {@code /bench/} folder (never in a module): OpenCms' classic collector over the
     * news folder, and the list engine with category and year facets (selections {@code cat}, {@code year}).
     */
    private static void writeCollectorPage(CmsObject cms, String folder) throws Exception {
        if (!cms.existsResource("/bench/")) {
            cms.createResource("/bench/", OpenCms.getResourceManager().getResourceType("folder"));
            cms.unlockResource("/bench/");
        }
        String head = "<%@ page pageEncoding=\"UTF-8\" contentType=\"text/html; charset=UTF-8\" session=\"false\" trimDirectiveWhitespaces=\"true\"%>"
            + "<%@ taglib prefix=\"cms\" uri=\"http://www.opencms.org/taglib/cms\"%>"
            + "<%@ taglib prefix=\"c\" uri=\"http://java.sun.com/jsp/jstl/core\"%>";
        writeJsp(cms, "/bench/collector.jsp", head
            + "<%-- bench only: OpenCms' classic collector over the same folder, 10 per page --%>"
            + "<c:set var=\"pg\" value=\"${empty param.page ? '1' : param.page}\"/>"
            + "<ul><cms:contentload collector=\"allInFolderDateReleasedDesc\" param=\"" + folder + "|pk-news\" "
            + "pageIndex=\"${pg}\" pageSize=\"10\" editable=\"false\"><cms:contentinfo var=\"info\"/>"
            + "<li><a href=\"<cms:link><cms:contentshow element=\"%(opencms.filename)\"/></cms:link>\"><cms:contentshow element=\"Title\"/></a></li>"
            + "</cms:contentload></ul><p>total ${info.resultSize}</p>\n");
        writeJsp(cms, "/bench/facets.jsp", head
            + "<%-- bench only: the news list element with CATEGORY and YEAR facets; visitor selections cat, year, page --%>"
            + "<%@ page import=\"org.portalkit.core.list.*,org.portalkit.news.NewsListMapping\"%><%"
            + "ElementList list = ElementList.run(pageContext, NewsListMapping.MAPPING, 10, java.time.ZoneId.of(\"Asia/Ho_Chi_Minh\"),"
            + " new java.util.function.Consumer<ListDefinition.Builder>() { public void accept(ListDefinition.Builder b) {"
            + " b.facet(ListFacet.CATEGORY).facet(ListFacet.YEAR); } });"
            + "StringBuilder html = new StringBuilder();"
            + "if (list.getResult() != null) { ListResult r = list.getResult();"
            + " html.append(\"<p>total \").append(r.total()).append(\" mode \").append(r.mode()).append(\"</p><ul>\");"
            + " for (ListItem i : r.items()) { html.append(\"<li><a href=\\\"\").append(org.portalkit.core.html.Encode.attr(i.link()))"
            + ".append(\"\\\">\").append(org.portalkit.core.html.Encode.html(i.title())).append(\"</a></li>\"); }"
            + " html.append(\"</ul>\");"
            + " for (java.util.List<FacetCount> counts : r.facets().values()) { for (FacetCount f : counts) {"
            + " html.append(\"<span>\").append(f.facet()).append(' ').append(org.portalkit.core.html.Encode.html(f.value()))"
            + ".append(' ').append(f.count()).append(\"</span> \"); } } }"
            + "else { html.append(\"<p>error</p>\"); }"
            + "%><%= html %>\n");
        OpenCms.getPublishManager().publishResource(cms, "/bench/");
        OpenCms.getPublishManager().waitWhileRunning();
    }

    private static void writeJsp(CmsObject cms, String path, String jsp) throws Exception {
        byte[] content = jsp.getBytes(StandardCharsets.UTF_8);
        if (cms.existsResource(path)) {
            cms.lockResource(path);
            org.opencms.file.CmsFile file = cms.readFile(path);
            file.setContents(content);
            cms.writeFile(file);
        } else {
            cms.createResource(path, OpenCms.getResourceManager().getResourceType("jsp"), content, Collections.emptyList());
        }
        cms.unlockResource(path);
    }

    private static ProgressBar bar(String task, int total) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
            .setUnit(" news", 1).showSpeed().setUpdateIntervalMillis(1000).build();
    }

    private static void memory() throws Exception {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        String rss = "?";
        String hwm = "?";
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).trim();
            } else if (line.startsWith("VmHWM:")) {
                hwm = line.substring(6).trim();
            }
        }
        say("memory: heap used %d MiB of max %d MiB (peak heap pools: %s), RSS %s, peak RSS %s", used >> 20,
            rt.maxMemory() >> 20, peakHeap(), rss, hwm);
    }

    private static String peakHeap() {
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return (peak >> 20) + " MiB";
    }

    private static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
