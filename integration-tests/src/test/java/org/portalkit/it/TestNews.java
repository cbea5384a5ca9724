package org.portalkit.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the list, search and sitemap tests share: the form of a probe request, a minimal valid news article, and
 * the VFS's own view of a folder's news ("truth", read by the fixture probe independently of Solr).
 */
final class TestNews {

    /** Root of the demo site. */
    static final String SITE = "/sites/default";

    /** One article as the VFS has it: root path, publication date, category paths, title. */
    record Truth(String path, long date, List<String> categories, String title) {
        String sitePath() {
            return path.substring(SITE.length());
        }
    }

    private TestNews() {
    }

    /** @return the probe form of alternating names and values, in order */
    static Map<String, String> params(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /**
     * @param title    the title
     * @param lead     the lead
     * @param date     the publication date (ms)
     * @param category a category root path with trailing slash, or {@code null}
     * @param release  the release date (ms), or {@code null}
     * @param expiry   the expiry date (ms), or {@code null}
     * @return a valid pk-news content in Vietnamese
     */
    static String xml(String title, String lead, long date, String category, Long release, Long expiry) {
        String availability = release == null && expiry == null ? ""
            : "<Availability>" + (release == null ? "" : "<Release><![CDATA[" + release + "]]></Release>")
                + (expiry == null ? "" : "<Expiry><![CDATA[" + expiry + "]]></Expiry>") + "</Availability>\n";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<PkNewsArticles xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"opencms://system/modules/org.portalkit.news/schemas/news.xsd\">\n"
            + "<PkNews language=\"vi\">\n<Title><![CDATA[" + title + "]]></Title>\n"
            + "<Lead><![CDATA[" + lead + "]]></Lead>\n<Poster><![CDATA[IT]]></Poster>\n"
            + "<PublishDate><![CDATA[" + date + "]]></PublishDate>\n"
            + (category == null ? ""
                : "<Categories><link type=\"WEAK\"><target><![CDATA[" + category + "]]></target></link></Categories>\n")
            + "<Featured><![CDATA[false]]></Featured>\n" + availability + "</PkNews>\n</PkNewsArticles>\n";
    }

    /**
     * @param portal  the portal
     * @param path    the article's root path
     * @param xml     its content ({@link #xml})
     * @param publish whether to publish it
     * @return the probe's answer ({@code ok …} on success)
     */
    static String create(RunningPortal portal, String path, String xml, boolean publish) throws Exception {
        return portal.probe(params("action", "create-news-offline", "user", "Admin", "password", portal.adminPassword(),
            "path", path, "xml", xml, "publish", Boolean.toString(publish)));
    }

    /** @return the news below a folder as a guest may read them, from the VFS (the probe's {@code news-truth}) */
    static List<Truth> truth(RunningPortal portal, String folder) throws Exception {
        List<Truth> truth = new ArrayList<>();
        for (String line : portal.probe(params("action", "news-truth", "path", folder)).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            truth.add(new Truth(parts[0], Long.parseLong(parts[1]),
                parts[2].isEmpty() ? List.of() : List.of(parts[2].split(",")), parts[3]));
        }
        return truth;
    }
}
