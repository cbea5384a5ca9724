package org.portalkit.runtime.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The configset's {@code *_vsort} field (portal-core's {@code ListSort.TITLE}) in a real embedded Solr 8: real
 * Vietnamese titles come back in Vietnamese alphabetical order, not in code point order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VietnameseTitleOrderTest {

    /** Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …; tones secondary, case ignored). */
    private static final List<String> ORDERED = List.of(
        "an toàn vệ sinh lao động",
        "Ăn Tết cùng người nghèo",
        "Ân cần với người có công",
        "Ban chỉ đạo giảm nghèo",
        "Bán đấu giá tài sản",
        "Bạn đọc hỏi",
        "Bản đồ việc làm",
        "Bàn giao nhà tình nghĩa",
        "Dạy nghề cho lao động nông thôn",
        "Đào tạo nghề",
        "Đối thoại với doanh nghiệp",
        "Ô tô",
        "Ông bà",
        "Ơn nghĩa",
        "Uống nước nhớ nguồn",
        "Ưu tiên người có công",
        "Xây dựng",
        "Ý kiến cử tri",
        "Zalo");

    private Path m_tmp;
    private EmbeddedSolrServer m_solr;

    @Test
    void titlesSortInVietnameseOrder() throws Exception {
        List<String> codePoints = new ArrayList<>(ORDERED);
        Collections.sort(codePoints);
        assertNotEquals(ORDERED, codePoints, "the string order differs (Đ, Ư, Ơ after Z), so the test can tell");

        List<String> shuffled = new ArrayList<>(ORDERED);
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<SolrInputDocument> docs = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.addField("solr_id", "news-" + i);
            doc.addField("newstitle_vi_s", shuffled.get(i));
            // what OpenCms writes for <solrfield targetfield="newstitle" sourcefield="*_vsort"/>
            doc.addField("newstitle_vi_vsort", shuffled.get(i));
            docs.add(doc);
        }
        m_solr.add(docs);
        m_solr.commit();

        assertEquals(ORDERED, titles("newstitle_vi_vsort asc"));
        List<String> reversed = new ArrayList<>(ORDERED);
        Collections.reverse(reversed);
        assertEquals(reversed, titles("newstitle_vi_vsort desc"));
        assertEquals(codePoints, titles("newstitle_vi_s asc"), "the plain string field keeps code point order");
    }

    private List<String> titles(String sort) throws Exception {
        SolrQuery q = new SolrQuery("*:*");
        q.set("sort", sort + ",solr_id asc");
        q.setRows(Integer.valueOf(100));
        q.setFields("newstitle_vi_s");
        List<String> titles = new ArrayList<>();
        for (SolrDocument doc : m_solr.query(q).getResults()) {
            titles.add((String)doc.getFirstValue("newstitle_vi_s"));
        }
        return titles;
    }

    @BeforeAll
    void startSolr() throws Exception {
        m_tmp = Files.createTempDirectory("pk-solr-collation");
        Path solrHome = m_tmp.resolve("solr");
        URL solr = getClass().getResource("/org/portalkit/runtime/template/WEB-INF/solr");
        Path source = Paths.get(solr.toURI());
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>)walk::iterator) {
                Path target = solrHome.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        CoreContainer container = CoreContainer.createAndLoad(solrHome, solrHome.resolve("solr.xml"));
        Path instanceDir = solrHome.resolve("Solr Online");
        Path dataDir = m_tmp.resolve("index");
        Files.createDirectories(instanceDir);
        Files.createDirectories(dataDir);
        container.create("Solr-Online", instanceDir,
            Map.of("dataDir", dataDir.toAbsolutePath().toString(), "configSet", "default"), false);
        m_solr = new EmbeddedSolrServer(container, "Solr-Online");
    }

    @AfterAll
    void stopSolr() throws IOException {
        if (m_solr != null) {
            m_solr.close();
        }
        if (m_tmp != null) {
            try (Stream<Path> walk = Files.walk(m_tmp)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
