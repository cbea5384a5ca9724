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
            System.err.println("Usage: NewsGenerator <DATA dir> <count> [--folder /tin-tuc/] [--chunk 2000] [--seed 1] [--rebuild]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String folder = "/tin-tuc/";
        int chunk = 2000;
        long seed = 1;
        boolean rebuild = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--folder" -> folder = args[++i];
                case "--chunk" -> chunk = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--rebuild" -> rebuild = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        String password = Files.readString(data.resolve("admin-password"), StandardCharsets.UTF_8).trim();
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

        List<String> paths = create(cms, folder, count, seed);
        long created = System.nanoTime();
        say("created %d news in %.1f s (%.0f items/s)", count, (created - booted) / 1e9, count / ((created - booted) / 1e9));
        writeCollectorPage(cms, folder);

        publish(cms, paths, chunk);
        long published = System.nanoTime();
        say("published %d news in chunks of %d in %.1f s (%.0f items/s), Solr Online included", count, chunk,
            (published - created) / 1e9, count / ((published - created) / 1e9));
        long online = waitForIndex(cms, folder);
        say("Solr Online holds %d pk-news below %s", online, folder);
        if (rebuild) {
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

    private static List<String> create(CmsObject cms, String folder, int count, long seed) throws Exception {
        I_CmsResourceType type = OpenCms.getResourceManager().getResourceType("pk-news");
        CmsCategoryService categories = CmsCategoryService.getInstance();
        // continue numbering after earlier runs, so a second run adds instead of failing
        int start = 0;
        while (cms.existsResource(folder + name(start + 1), CmsResourceFilter.ALL)) {
            start += 1000;
        }
        while (start > 0 && !cms.existsResource(folder + name(start), CmsResourceFilter.ALL)) {
            start--;
        }
        VietnameseNews news = new VietnameseNews(seed + start, System.currentTimeMillis());
        List<String> paths = new ArrayList<>(count);
        try (ProgressBar bar = bar("create", count)) {
            for (int i = 1; i <= count; i++) {
                VietnameseNews.Article article = news.next();
                String path = folder + name(start + i);
                CmsResource res = cms.createResource(path, type, NewsXml.of(article, SITE), Collections.emptyList());
                // writing applies the schema's mappings (Title property, URL name, release date, categories)
                cms.writeFile(cms.readFile(res));
                if (i == 1) {
                    // the category widget's relations are written by writeFile; assert once, repair if not
                    if (categories.readResourceCategories(cms, res).size() != article.categories().size()) {
                        for (String category : article.categories()) {
                            categories.addResourceToCategory(cms, path, category + "/");
                        }
                        say("note: categories were added through CmsCategoryService");
                    }
                }
                cms.unlockResource(path);
                paths.add(cms.getRequestContext().addSiteRoot(path));
                bar.step();
            }
        }
        return paths;
    }

    private static String name(int n) {
        return String.format("tin-%06d", n);
    }

    private static void publish(CmsObject cms, List<String> rootPaths, int chunk) throws Exception {
        CmsObject root = OpenCms.initCmsObject(cms);
        root.getRequestContext().setSiteRoot("");
        I_CmsReport report = new CmsLogReport(Locale.ENGLISH, NewsGenerator.class);
        try (ProgressBar bar = bar("publish", rootPaths.size())) {
            for (int from = 0; from < rootPaths.size(); from += chunk) {
                List<CmsResource> resources = new ArrayList<>();
                for (String path : rootPaths.subList(from, Math.min(from + chunk, rootPaths.size()))) {
                    resources.add(root.readResource(path, CmsResourceFilter.ALL));
                }
                CmsPublishList list = OpenCms.getPublishManager().getPublishList(root, resources, false);
                OpenCms.getPublishManager().publishProject(root, report, list);
                OpenCms.getPublishManager().waitWhileRunning();
                bar.stepBy(resources.size());
            }
        }
        if (report.hasError()) {
            throw new IllegalStateException("publishing reported errors: " + report.getErrors());
        }
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

    private static void writeCollectorPage(CmsObject cms, String folder) throws Exception {
        String path = "/bench/collector.jsp";
        if (!cms.existsResource("/bench/")) {
            cms.createResource("/bench/", OpenCms.getResourceManager().getResourceType("folder"));
            cms.unlockResource("/bench/");
        }
        String jsp = "<%@ page pageEncoding=\"UTF-8\" contentType=\"text/html; charset=UTF-8\" session=\"false\" trimDirectiveWhitespaces=\"true\"%>"
            + "<%@ taglib prefix=\"cms\" uri=\"http://www.opencms.org/taglib/cms\"%>"
            + "<%@ taglib prefix=\"c\" uri=\"http://java.sun.com/jsp/jstl/core\"%>"
            + "<%-- bench only: OpenCms' classic collector over the same folder, 10 per page --%>"
            + "<c:set var=\"pg\" value=\"${empty param.page ? '1' : param.page}\"/>"
            + "<ul><cms:contentload collector=\"allInFolderDateReleasedDesc\" param=\"" + folder + "|pk-news\" "
            + "pageIndex=\"${pg}\" pageSize=\"10\" editable=\"false\"><cms:contentinfo var=\"info\"/>"
            + "<li><a href=\"<cms:link>${info.resultFile}</cms:link>\"><cms:contentshow element=\"Title\"/></a></li>"
            + "</cms:contentload></ul><p>total ${info.resultSize}</p>\n";
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
        OpenCms.getPublishManager().publishResource(cms, "/bench/");
        OpenCms.getPublishManager().waitWhileRunning();
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
