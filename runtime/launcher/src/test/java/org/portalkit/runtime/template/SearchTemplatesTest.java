package org.portalkit.runtime.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrConfig;
import org.apache.solr.schema.DatePointField;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.portalkit.runtime.provision.TemplateRenderer;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Checks the search templates: opencms-search.xml against OpenCms 11.0.2's DTD and classes, and the Solr
 * config set by starting a real embedded Solr 8 on it the way OpenCms does, indexing documents shaped like
 * the ones OpenCms writes and running the queries OpenCms runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTemplatesTest {

    private static final String TEMPLATE_ROOT = "/org/portalkit/runtime/template/";
    private static final String SEARCH_XML = "WEB-INF/config/opencms-search.xml";
    private static final String SOLR_XML = "WEB-INF/solr/solr.xml";
    private static final String CONF = "WEB-INF/solr/configsets/default/conf/";
    private static final String SEARCH_DTD_SYSTEM_ID = "http://www.opencms.org/dtd/6.0/opencms-search.dtd";
    private static final String SEARCH_DTD_RESOURCE = "org/opencms/configuration/opencms-search.dtd";

    /** The core name and instance directory OpenCms derives from the index name "Solr Online". */
    private static final String CORE = "Solr-Online";

    /** Field names OpenCms 11.0.2 writes (CmsSolrFieldConfiguration, CmsSolrDocument, CmsSolrIndexWriter,
     *  CmsSolrDocumentXmlContent) for locales vi and en, plus typical content-schema mappings. */
    private static final List<String> WRITTEN_FIELDS = List.of(
        "solr_id", "id", "path", "parent-folders", "type", "suffix", "size", "filename", "mimetype", "state",
        "version", "userCreated", "userLastModified", "created", "lastmodified", "contentdate", "released",
        "expired", "search_exclude", "search_channel", "res_locales", "con_locales", "category", "content",
        "content_vi", "content_en", "vi_excerpt", "en_excerpt", "meta", "spell", "vi_spell", "en_spell",
        "container_types", "additional_info", "contentblob", "dependencyType", "dep_attachment", "dep_variant",
        "Title_prop", "Title_prop_s", "Title_dprop", "Title_dprop_s", "Description_prop_s", "title_vi_s",
        "title_en_s", "description_vi_s", "disptitle_sort", "disptitle_vi_sort", "disporder_i",
        "disporder_vi_i", "instancedate_dt", "instancedate_vi_dt", "instancedateend_dt",
        "instancedateend_vi_dt", "instancedatecurrenttill_dt", "instancedatecurrenttill_vi_dt",
        "seriesdates_dts", "seriesdatesend_dts", "seriesdatescurrenttill_dts", "seriesdatestype_s",
        "created_lookup", "lastmodified_lookup", "newsdate_vi_dt", "teaser_vi", "headline_en", "priority_i",
        "featured_b", "tags_ss", "random_42", "text", "text_vi", "text_en", "path_hierarchy", "category_exact",
        "Title_exact", "_version_");

    private Path m_tmp;

    private CoreContainer m_container;
    private EmbeddedSolrServer m_solr;

    // ------------------------------------------------------------------ opencms-search.xml

    @Test
    void searchConfigurationIsValidAgainstTheOpenCmsDtd() throws Exception {

        assertNotNull(getClass().getClassLoader().getResource(SEARCH_DTD_RESOURCE), "DTD in opencms-core");
        List<String> resolved = StrictXml.validateAgainstOpenCmsDtds("opencms-search.xml", rendered(SEARCH_XML));
        assertEquals(List.of(SEARCH_DTD_SYSTEM_ID), resolved, "the DOCTYPE must name the OpenCms DTD");
    }

    @Test
    void searchConfigurationNamesOnlyLoadableOpenCmsClasses() throws Exception {

        Element search = (Element)parse(rendered(SEARCH_XML)).getElementsByTagName("search").item(0);

        // document types: OpenCms instantiates them with a (String name) constructor
        Map<String, Element> docTypes = children(search, "documenttypes", "documenttype");
        for (Map.Entry<String, Element> e : docTypes.entrySet()) {
            String className = text(e.getValue(), "class");
            Class<?> cls = Class.forName(className);
            Object instance = cls.getConstructor(String.class).newInstance(e.getKey());
            assertInstanceOf(org.opencms.search.documents.I_CmsDocumentFactory.class, instance, className);
        }
        // a Solr index looks these two up by exactly this resource type and MIME type
        for (String solrType : List.of("xmlcontent-solr", "containerpage-solr")) {
            Element type = docTypes.get(solrType);
            assertNotNull(type, solrType);
            assertEquals(List.of(solrType), texts(type, "resourcetype"), solrType);
            assertEquals(List.of("text/html"), texts(type, "mimetype"), solrType);
        }

        // analyzers: instantiated by name; a Solr index with locale "all" needs one for "all"
        NodeList analyzers = search.getElementsByTagName("analyzer");
        Set<String> analyzerLocales = new LinkedHashSet<>();
        for (int i = 0; i < analyzers.getLength(); i++) {
            Element analyzer = (Element)analyzers.item(i);
            assertNotNull(org.opencms.search.CmsSearchManager.getAnalyzer(text(analyzer, "class")));
            analyzerLocales.add(text(analyzer, "locale"));
        }

        // indexes: both Solr indexes, with existing sources and field configuration
        Map<String, Element> indexes = children(search, "indexes", "index");
        Map<String, Element> sources = children(search, "indexsources", "indexsource");
        Map<String, Element> fieldConfigs = children(search, "fieldconfigurations", "fieldconfiguration");
        assertEquals(Set.of("Solr Offline", "Solr Online"), indexes.keySet());
        for (Element index : indexes.values()) {
            assertEquals(org.opencms.search.solr.CmsSolrIndex.class.getName(), index.getAttribute("class"));
            assertEquals("all", text(index, "locale"));
            assertTrue(analyzerLocales.contains("all"));
            Element fieldConfig = fieldConfigs.get(text(index, "configuration"));
            assertNotNull(fieldConfig);
            assertEquals(
                org.opencms.search.solr.CmsSolrFieldConfiguration.class.getName(),
                fieldConfig.getAttribute("class"));
            for (String source : texts(index, "source")) {
                Element indexSource = sources.get(source);
                assertNotNull(indexSource, source);
                Class.forName(((Element)indexSource.getElementsByTagName("indexer").item(0)).getAttribute("class"));
                for (String docType : texts(indexSource, "name").subList(1, texts(indexSource, "name").size())) {
                    assertTrue(docTypes.containsKey(docType), docType + " in " + source);
                }
            }
        }
        Element online = indexes.get("Solr Online");
        assertEquals("Online", text(online, "project"));
        assertEquals("auto", text(online, "rebuild"));
        Element offline = indexes.get("Solr Offline");
        assertEquals("Offline", text(offline, "project"));
        assertEquals("offline", text(offline, "rebuild"));
        Set<String> onlineRoots = new LinkedHashSet<>();
        for (String source : texts(online, "source")) {
            onlineRoots.addAll(texts(sources.get(source), "resource"));
            assertTrue(texts(sources.get(source), "name").contains("xmlcontent-solr"));
        }
        assertTrue(onlineRoots.containsAll(List.of("/sites/", "/shared/")), onlineRoots.toString());
        for (Element fieldConfig : fieldConfigs.values()) {
            if (!fieldConfig.getAttribute("class").isEmpty()) {
                Class.forName(fieldConfig.getAttribute("class"));
            }
        }
        Class.forName(text(search, "highlighter"));
    }

    @Test
    void openCmsDigesterReadsTheSearchConfiguration() throws Exception {

        // the rules CmsConfigurationManager applies to opencms-search.xml, without a running OpenCms
        // (whose start-up would set the init log the configuration classes write to)
        if (org.opencms.main.CmsLog.INIT == null) {
            org.opencms.main.CmsLog.INIT = org.apache.commons.logging.LogFactory.getLog("org.opencms.init");
        }
        org.opencms.configuration.CmsSearchConfiguration configuration =
            new org.opencms.configuration.CmsSearchConfiguration();
        org.apache.commons.digester3.Digester digester = new org.apache.commons.digester3.Digester();
        digester.setUseContextClassLoader(true);
        digester.setValidating(false);
        digester.setEntityResolver((publicId, systemId) -> {
            assertEquals(SEARCH_DTD_SYSTEM_ID, systemId);
            return new InputSource(getClass().getClassLoader().getResourceAsStream(SEARCH_DTD_RESOURCE));
        });
        configuration.addXmlDigesterRules(digester);
        digester.push(configuration);
        digester.parse(new InputSource(new StringReader(rendered(SEARCH_XML))));

        org.opencms.search.CmsSearchManager manager = configuration.getSearchManager();
        assertNotNull(manager);
        org.opencms.search.solr.CmsSolrConfiguration solr = manager.getSolrServerConfiguration();
        assertNotNull(solr);
        assertTrue(solr.isEnabled());
        assertNull(solr.getServerUrl(), "embedded Solr, no remote server");
        assertNull(solr.getHomeFolderPath(), "home defaults to WEB-INF/solr");
        assertEquals("index", manager.getDirectory());
        assertEquals(Set.of("Solr Offline", "Solr Online"), new LinkedHashSet<>(manager.getIndexNames()));
        for (String name : manager.getIndexNames()) {
            org.opencms.search.I_CmsSearchIndex index = manager.getIndex(name);
            assertInstanceOf(org.opencms.search.solr.CmsSolrIndex.class, index, name);
            assertEquals(name.replace(' ', '-'), ((org.opencms.search.solr.CmsSolrIndex)index).getCoreName());
            assertEquals("all", ((org.opencms.search.solr.CmsSolrIndex)index).getLocale().toString());
        }
        assertEquals("Online", ((org.opencms.search.CmsSearchIndex)manager.getIndex("Solr Online")).getProject());
        assertInstanceOf(
            org.opencms.search.solr.CmsSolrFieldConfiguration.class,
            manager.getFieldConfiguration("solr_fields"));
        assertNotNull(manager.getDocumentTypeConfig("xmlcontent-solr"));
        assertNotNull(manager.getDocumentTypeConfig("containerpage-solr"));
        assertNotNull(manager.getCmsSearchAnalyzer(new java.util.Locale("all")));
        assertTrue(manager.getSearchIndexSources().keySet().containsAll(List.of("solr_content", "solr_modules")));
    }

    // ------------------------------------------------------------------ Solr files

    @Test
    void solrFilesAreWellFormedAndFreeOfPlaceholders() throws Exception {

        for (String name : List.of(SOLR_XML, CONF + "solrconfig.xml", CONF + "schema.xml")) {
            String text = rendered(name);
            assertFalse(text.contains("${"), name + " must not contain ${...}: the provisioner would try to fill it");
            assertNotNull(parse(text).getDocumentElement(), name);
        }
        assertFalse(
            Files.exists(templatePath(CONF).resolve("managed-schema")),
            "OpenCms prefers a managed-schema file over schema.xml");
    }

    @Test
    void schemaLoadedTheWayOpenCmsLoadsItResolvesEveryFieldOpenCmsWrites() throws Exception {

        Path configSet = m_tmp.resolve("solr").resolve("configsets").resolve("default");
        // CmsSolrConfiguration: new SolrConfig(<home>/configsets/default, null, solrconfig.xml) and
        // new IndexSchema(solrConfig, "OpenCms SOLR schema", schema.xml)
        SolrConfig config;
        try (InputStream in = Files.newInputStream(configSet.resolve("conf/solrconfig.xml"))) {
            config = new SolrConfig(configSet, null, new InputSource(in));
        }
        IndexSchema schema;
        try (InputStream in = Files.newInputStream(configSet.resolve("conf/schema.xml"))) {
            schema = new IndexSchema(config, "OpenCms SOLR schema", new InputSource(in));
        }
        assertEquals("solr_id", schema.getUniqueKeyField().getName());
        for (String name : WRITTEN_FIELDS) {
            assertNotNull(schema.getFieldOrNull(name), "field " + name + " must resolve");
        }
        for (String date : List.of("created", "lastmodified", "contentdate", "released", "expired",
            "instancedate_dt", "newsdate_vi_dt", "seriesdates_dts")) {
            assertInstanceOf(DatePointField.class, schema.getFieldType(date), date);
        }
        for (String multi : List.of("parent-folders", "category", "res_locales", "con_locales", "search_channel",
            "seriesdates_dts", "dep_variant", "meta", "spell")) {
            assertTrue(schema.getField(multi).multiValued(), multi + " is written value by value");
        }
        for (String single : List.of("id", "path", "type", "state", "size", "userCreated", "userLastModified",
            "created", "lastmodified", "released", "expired", "title_vi_s", "disptitle_sort", "newsdate_vi_dt",
            "disporder_i")) {
            SchemaField field = schema.getField(single);
            assertFalse(field.multiValued(), single + " is sorted on");
        }
        assertEquals("1970-01-01T00:00:00Z", schema.getField("released").getDefaultValue());
        assertTrue(schema.getField("expired").getDefaultValue().startsWith("9999-"));
        assertEquals("false", schema.getField("search_exclude").getDefaultValue());
        assertEquals("text_vi", schema.getField("content_vi").getType().getTypeName());
        assertEquals("text_vi", schema.getField("teaser_vi").getType().getTypeName());
    }

    // ------------------------------------------------------------------ embedded Solr

    @Test
    void vietnameseTextIsFoundWithoutDiacritics() throws Exception {

        assertEquals(Set.of("news-1", "news-future", "news-expired", "event-1"), ids(query("text_vi:\"hoi nghi\"")));
        assertEquals(ids(query("text_vi:\"hoi nghi\"")), ids(query("text_vi:\"Hội Nghị\"")));
        assertEquals(Set.of("news-1"), ids(query("text_vi:\"so ket cong tac\"")));
        // "đ" is folded to "d" as well
        assertEquals(Set.of("event-1"), ids(query("text_vi:\"dai hoi\"")));
        assertEquals(Set.of("event-1"), ids(query("text_vi:\"Đại hội\"")));
        // general text and the English field
        assertTrue(ids(query("text:\"hoi nghi\"")).contains("news-1"));
        assertEquals(Set.of("news-en"), ids(query("text_en:meetings")));
    }

    @Test
    void openCmsStyleQueryAppliesReleaseExpiryLocaleAndFolderFilters() throws Exception {

        // what CmsSolrQuery/CmsSolrIndex send for a search in locale vi below /sites/default/news/
        SolrQuery query = new SolrQuery("{!q.op=OR type=edismax qf=text_vi}hoi nghi");
        query.setRequestHandler("edismax");
        query.addFilterQuery(
            "released:[* TO NOW]",
            "expired:[NOW TO *]",
            "search_exclude:\"false\"",
            "con_locales:(\"vi\")",
            "parent-folders:(\"/sites/default/news/\")",
            "{!collapse field=id}");
        query.setFields("*", "score");
        query.setRows(Integer.valueOf(50));
        SolrDocumentList hits = m_solr.query(query).getResults();
        assertEquals(Set.of("news-1"), ids(hits));
        SolrDocument news = hits.get(0);
        // "never expires" is stored as the schema default, "released" as written
        assertEquals(Date.from(Instant.parse("9999-12-31T23:59:59.999Z")), news.getFieldValue("expired"));
        assertNotNull(news.getFieldValue("released"));
        assertEquals("/sites/default/news/hoi-nghi-so-ket.xml", news.getFieldValue("path"));

        // without the release/expiry filters the unreleased and the expired item are there too
        SolrQuery unfiltered = new SolrQuery("{!q.op=OR type=edismax qf=text_vi}hoi nghi");
        unfiltered.addFilterQuery("parent-folders:\"/sites/default/news/\"");
        assertEquals(Set.of("news-1", "news-future", "news-expired"), ids(m_solr.query(unfiltered).getResults()));
    }

    @Test
    void folderFiltersMatchParentFoldersAndPathHierarchy() throws Exception {

        assertEquals(
            Set.of("news-1", "news-future", "news-expired", "news-en"),
            ids(query("parent-folders:\"/sites/default/news/\"")));
        assertEquals(Set.of("event-1"), ids(query("parent-folders:\"/sites/default/events/\"")));
        assertEquals(5, query("parent-folders:\"/sites/default/\"").size());
        assertEquals(5, query("path_hierarchy:\"/sites/default\"").size());
        assertEquals(Set.of("news-1"), ids(query("path:\"/sites/default/news/hoi-nghi-so-ket.xml\"")));
    }

    @Test
    void sortsOnDynamicDateTitleAndNumberFields() throws Exception {

        SolrQuery byDate = new SolrQuery("type:pk-news");
        byDate.setSort("newsdate_vi_dt", SolrQuery.ORDER.desc);
        assertEquals(List.of("news-future", "news-1", "news-expired"), idList(m_solr.query(byDate).getResults()));

        SolrQuery byDateAsc = new SolrQuery("type:pk-news");
        byDateAsc.setSort("newsdate_vi_dt", SolrQuery.ORDER.asc);
        assertEquals(List.of("news-expired", "news-1", "news-future"), idList(m_solr.query(byDateAsc).getResults()));

        // folded title sort: "An toàn..." < "Đại hội..." < "Hội nghị ..."
        SolrQuery byTitle = new SolrQuery("con_locales:vi");
        byTitle.setSort("disptitle_sort", SolrQuery.ORDER.asc);
        byTitle.addSort("solr_id", SolrQuery.ORDER.asc);
        assertEquals(
            List.of("news-expired", "event-1", "news-future", "news-1"),
            idList(m_solr.query(byTitle).getResults()));

        // the gallery sorts on title_<locale>_s and on plain fields
        SolrQuery gallery = new SolrQuery("*:*");
        gallery.setSort("title_vi_s", SolrQuery.ORDER.asc);
        gallery.addSort("size", SolrQuery.ORDER.desc);
        gallery.addSort("lastmodified", SolrQuery.ORDER.desc);
        assertEquals(5, m_solr.query(gallery).getResults().size());

        SolrQuery byOrder = new SolrQuery("type:pk-news");
        byOrder.setSort("disporder_i", SolrQuery.ORDER.asc);
        assertEquals("news-future", idList(m_solr.query(byOrder).getResults()).get(0));
    }

    @Test
    void categoryAndPropertyCopiesAreSearchable() throws Exception {

        assertEquals(Set.of("news-1"), ids(query("category_exact:\"/sites/default/.categories/hoat-dong/\"")));
        assertEquals(Set.of("news-1"), ids(query("Title_exact:\"Hội nghị sơ kết công tác 6 tháng\"")));
        assertTrue(ids(query("text:\"so ket\"")).contains("news-1"));
        assertEquals(Set.of("news-1"), ids(query("tags_ss:portal AND featured_b:true")));
    }

    @Test
    void portalKitSearchFieldsFoldToneMarksAndDButTheExactFieldKeepsThem() throws Exception {

        // folded: tone marks, case and đ/Đ do not matter
        for (String q : List.of("\"hoi nghi so ket\"", "\"Hội nghị sơ kết\"", "\"HOI NGHI SO KET\"", "\"HỘI NGHỊ SƠ KẾT\"")) {
            assertEquals(Set.of("news-1"), ids(query("pk_search_folded_vi:" + q)), q);
        }
        assertEquals(Set.of("event-1"), ids(query("pk_search_folded_vi:\"dai hoi dai bieu\"")));
        assertEquals(Set.of("event-1"), ids(query("pk_search_title_folded:\"DAI HOI\"")));
        // exact: only the spelling with the same tone marks (case still folded)
        assertEquals(Set.of("news-1"), ids(query("pk_search_exact_vi:\"Hội nghị sơ kết\"")));
        assertEquals(Set.of("news-1"), ids(query("pk_search_exact_vi:\"HỘI NGHỊ SƠ KẾT\"")));
        assertEquals(Set.of(), ids(query("pk_search_exact_vi:\"hoi nghi so ket\"")));
        assertEquals(Set.of(), ids(query("pk_search_exact_vi:\"Hồi nghỉ sờ kết\"")));
        assertEquals(Set.of("event-1"), ids(query("pk_search_title_exact:\"đại hội\"")));
        assertEquals(Set.of(), ids(query("pk_search_title_exact:\"dai hoi\"")));
        // decomposed input (o + combining marks) is the same word as the composed one
        assertEquals(Set.of("news-1"), ids(query("pk_search_exact_vi:\"Ho\u0323\u0302i nghị sơ kết\"")));
    }

    @Test
    void edismaxOverBothFieldsRanksTheExactSpellingFirst() throws Exception {

        SolrInputDocument other = news("news-other", "/sites/default/news/hoi-nghi-khac.xml", "Hồi nghỉ sờ kết",
            "Hồi nghỉ sờ kết công tác 6 tháng", Instant.now().minus(1, ChronoUnit.DAYS), null, "2024-07-02T08:00:00Z", 6);
        m_solr.add(other);
        m_solr.commit();
        try {
            for (String[] expected : new String[][] {{"Hội nghị sơ kết công tác", "news-1"}, {"Hồi nghỉ sờ kết công tác", "news-other"}}) {
                SolrQuery q = new SolrQuery(expected[0]);
                q.set("defType", "edismax");
                q.set("qf", "pk_search_title_exact^8 pk_search_exact_vi^4 pk_search_title_folded^2 pk_search_folded_vi");
                q.set("mm", "100%");
                q.set("uf", "-*");
                q.addSort("score", SolrQuery.ORDER.desc);
                List<String> ids = idList(m_solr.query(q).getResults());
                assertEquals(Set.of("news-1", "news-other"), Set.copyOf(ids), expected[0]);
                assertEquals(expected[1], ids.get(0), expected[0]);
            }
        } finally {
            m_solr.deleteById("news-other");
            m_solr.commit();
        }
    }

    @Test
    void spellcheckOnTheSelectHandlerSuggestsFoldedWordsOnlyWhenAsked() throws Exception {

        SolrQuery q = new SolrQuery("*:*");
        q.set("spellcheck", "true");
        q.set("spellcheck.dictionary", "pk_folded");
        q.set("spellcheck.q", "hoi nghji");
        q.set("spellcheck.collate", "true");
        q.set("spellcheck.maxCollationTries", "0");
        QueryResponse response = m_solr.query(q);
        assertNotNull(response.getSpellCheckResponse());
        assertEquals("hoi nghi", response.getSpellCheckResponse().getCollatedResult());
        assertNull(m_solr.query(new SolrQuery("*:*")).getSpellCheckResponse(), "OpenCms' queries do not get it");
    }

    @Test
    void theSearchOfOneLocaleMatchesOnlyTheTextOfThatLocale() throws Exception {

        // news-en has only an English locale: its words are in content and content_en, not in content_vi
        for (String[] expected : new String[][] {{"vi", ""}, {"en", "news-en"}}) {
            SolrQuery q = new SolrQuery("annual meetings");
            q.set("defType", "edismax");
            q.set("qf", "pk_search_exact_" + expected[0] + "^4 pk_search_folded_" + expected[0]);
            q.set("mm", "100%");
            q.set("uf", "-*");
            Set<String> found = ids(m_solr.query(q).getResults());
            assertEquals(expected[1].isEmpty() ? Set.of() : Set.of(expected[1]), found, expected[0]);
        }
        assertTrue(ids(query("pk_search_folded:\"annual meetings\"")).contains("news-en"),
            "the all-locale field (spelling dictionary only) has it");
    }

    @Test
    void collationsAreVerifiedAgainstTheSearchWithItsFilters() throws Exception {

        // as portal-core's SearchQuery asks: Solr runs each collation as the search (same parser, fields and
        // filters) and offers only those that find something
        for (boolean filteredAway : new boolean[] {false, true}) {
            SolrQuery q = new SolrQuery("hoi nghji");
            q.set("defType", "edismax");
            q.set("qf", "pk_search_title_exact^8 pk_search_exact_vi^4 pk_search_title_folded^2 pk_search_folded_vi");
            q.set("mm", "100%");
            q.set("uf", "-*");
            if (filteredAway) {
                q.addFilterQuery("id:no-such-document");
            }
            q.set("spellcheck", "true");
            q.set("spellcheck.dictionary", "pk_folded");
            q.set("spellcheck.q", "hoi nghji");
            q.set("spellcheck.collate", "true");
            q.set("spellcheck.maxCollations", "3");
            q.set("spellcheck.maxCollationTries", "5");
            QueryResponse response = m_solr.query(q);
            assertEquals(0, response.getResults().getNumFound());
            String collated = response.getSpellCheckResponse().getCollatedResult();
            if (filteredAway) {
                assertNull(collated, "no document passes the filters, so no suggestion");
            } else {
                assertEquals("hoi nghi", collated);
            }
        }
    }

    // ------------------------------------------------------------------ set-up

    @BeforeAll
    void startSolr() throws Exception {

        m_tmp = Files.createTempDirectory("pk-solr-test");
        Path solrHome = m_tmp.resolve("solr");
        copyTree(templatePath("WEB-INF/solr"), solrHome);

        // as CmsSearchManager: CoreContainer.createAndLoad(home, home/solr.xml), then one core per index with
        // instance dir <home>/<index name>, data dir WEB-INF/index/<index name> and config set "default"
        m_container = CoreContainer.createAndLoad(solrHome, solrHome.resolve("solr.xml"));
        Path instanceDir = solrHome.resolve("Solr Online");
        Path dataDir = m_tmp.resolve("index").resolve("Solr Online");
        Files.createDirectories(instanceDir);
        Files.createDirectories(dataDir);
        m_container.create(
            CORE,
            instanceDir,
            Map.of("dataDir", dataDir.toAbsolutePath().toString(), "configSet", "default"),
            false);
        m_solr = new EmbeddedSolrServer(m_container, CORE);

        Instant now = Instant.now();
        List<SolrInputDocument> docs = new ArrayList<>();
        docs.add(news(
            "news-1",
            "/sites/default/news/hoi-nghi-so-ket.xml",
            "Hội nghị sơ kết công tác 6 tháng",
            "Hội nghị Sơ kết công tác 6 tháng đầu năm của Sở đã diễn ra sáng nay.",
            now.minus(2, ChronoUnit.DAYS),
            null,
            "2024-06-30T08:00:00Z",
            5));
        SolrInputDocument first = docs.get(0);
        first.addField("category", "/sites/default/.categories/hoat-dong/");
        first.addField("category", "/sites/default/.categories/tin-tuc/");
        first.addField("tags_ss", "portal");
        first.addField("tags_ss", "news");
        first.addField("featured_b", "true");
        docs.add(news(
            "news-future",
            "/sites/default/news/hoi-nghi-sap-toi.xml",
            "Hội nghị sắp tới",
            "Hội nghị tổng kết năm sẽ được tổ chức vào tháng sau.",
            now.plus(30, ChronoUnit.DAYS),
            null,
            "2024-12-15T08:00:00Z",
            1));
        docs.add(news(
            "news-expired",
            "/sites/default/news/hoi-nghi-cu.xml",
            "An toàn giao thông: hội nghị năm trước",
            "Hội nghị về an toàn giao thông năm trước.",
            now.minus(400, ChronoUnit.DAYS),
            now.minus(10, ChronoUnit.DAYS),
            "2023-05-01T08:00:00Z",
            9));
        SolrInputDocument event = news(
            "event-1",
            "/sites/default/events/dai-hoi.xml",
            "Đại hội đại biểu",
            "Đại hội đại biểu lần thứ nhất, hội nghị trù bị.",
            now.minus(1, ChronoUnit.DAYS),
            null,
            "2024-07-01T08:00:00Z",
            3);
        event.setField("type", "pk-event");
        docs.add(event);
        SolrInputDocument english = news(
            "news-en",
            "/sites/default/news/annual-meeting_en.xml",
            "Annual meeting",
            "The annual meetings of the department were held.",
            now.minus(3, ChronoUnit.DAYS),
            null,
            null,
            4);
        english.setField("type", "pk-news-en");
        english.removeField("content_vi");
        english.removeField("vi_excerpt");
        english.addField("content_en", "The annual meetings of the department were held.");
        english.setField("con_locales", "en");
        english.setField("res_locales", "en");
        docs.add(english);
        m_solr.add(docs);
        // CmsSearchManager commits explicitly after an index update
        m_solr.commit();
    }

    @AfterAll
    void stopSolr() throws IOException {

        if (m_solr != null) {
            m_solr.close();
        } else if (m_container != null) {
            m_container.shutdown();
        }
        if (m_tmp != null) {
            try (Stream<Path> walk = Files.walk(m_tmp)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A document as CmsSolrFieldConfiguration/CmsSolrDocument/CmsSolrIndexWriter build it for an XML content
     * in locale vi (values as strings, dates in ISO form, "never expires" as a null value).
     */
    private static SolrInputDocument news(
        String id,
        String path,
        String title,
        String text,
        Instant released,
        Instant expired,
        String newsDate,
        int order) {

        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", id);
        doc.addField("path", path);
        String parent = "/";
        doc.addField("parent-folders", parent);
        for (String segment : path.substring(1, path.lastIndexOf('/')).split("/")) {
            parent = parent + segment + "/";
            doc.addField("parent-folders", parent);
        }
        doc.addField("type", "pk-news");
        doc.addField("suffix", ".xml");
        doc.addField("size", String.valueOf(1000 + order));
        doc.addField("filename", path.substring(path.lastIndexOf('/') + 1));
        doc.addField("mimetype", "text/xml");
        doc.addField("state", "0");
        doc.addField("version", "1");
        doc.addField("userCreated", "Admin");
        doc.addField("userLastModified", "Admin");
        doc.addField("created", "2024-01-01T00:00:00.000Z");
        doc.addField("lastmodified", "2024-01-02T00:00:00.000Z");
        doc.addField("contentdate", "2024-01-02T00:00:00.000Z");
        doc.addField("released", released.toString());
        doc.addField("expired", expired == null ? null : expired.toString());
        doc.addField("search_exclude", "false");
        doc.addField("search_channel", "content");
        doc.addField("res_locales", "vi");
        doc.addField("con_locales", "vi");
        doc.addField("content", title + "\n" + text);
        doc.addField("content_vi", title + "\n" + text);
        doc.addField("vi_excerpt", text);
        doc.addField("meta", title);
        doc.addField("spell", title + "\n" + text);
        doc.addField("vi_spell", title + "\n" + text);
        doc.addField("Title_prop", title);
        doc.addField("Title_prop_s", title);
        doc.addField("Title_dprop", title);
        doc.addField("Title_dprop_s", title);
        doc.addField("title_vi_s", title);
        doc.addField("description_vi_s", text);
        doc.addField("disptitle_sort", title);
        doc.addField("disptitle_vi_sort", title);
        doc.addField("disporder_i", String.valueOf(order));
        doc.addField("disporder_vi_i", String.valueOf(order));
        doc.addField("instancedate_dt", released.toString());
        doc.addField("instancedate_vi_dt", released.toString());
        if (newsDate != null) {
            doc.addField("newsdate_vi_dt", newsDate);
        }
        doc.addField("teaser_vi", text);
        doc.addField("solr_id", id);
        return doc;
    }

    // ------------------------------------------------------------------ helpers

    private SolrDocumentList query(String q) throws Exception {

        SolrQuery query = new SolrQuery(q);
        query.setRows(Integer.valueOf(100));
        QueryResponse response = m_solr.query(query);
        return response.getResults();
    }

    private static Set<String> ids(SolrDocumentList docs) {

        return docs.stream().map(d -> (String)d.getFieldValue("id")).collect(Collectors.toSet());
    }

    private static List<String> idList(SolrDocumentList docs) {

        return docs.stream().map(d -> (String)d.getFieldValue("id")).collect(Collectors.toList());
    }

    private static String rendered(String name) throws IOException {

        String text = Files.readString(templatePath(name), StandardCharsets.UTF_8);
        // no placeholder values: the provisioner must be able to render these files as they are
        return new TemplateRenderer(Map.of()).render(name, text);
    }

    private static Path templatePath(String name) {

        URL url = SearchTemplatesTest.class.getResource(TEMPLATE_ROOT + name);
        assertNotNull(url, name);
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {

        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {

        return StrictXml.parse(xml);
    }

    private static Map<String, Element> children(Element root, String container, String child) {

        Element parent = (Element)root.getElementsByTagName(container).item(0);
        Map<String, Element> result = new java.util.LinkedHashMap<>();
        NodeList nodes = parent.getElementsByTagName(child);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element)nodes.item(i);
            if (element.getParentNode() == parent) {
                String name = text(element, "name");
                if (result.put(name, element) != null) {
                    fail("duplicate " + child + " " + name);
                }
            }
        }
        return result;
    }

    private static String text(Element element, String child) {

        List<String> values = texts(element, child);
        assertFalse(values.isEmpty(), "<" + child + "> in <" + element.getTagName() + ">");
        return values.get(0);
    }

    private static List<String> texts(Element element, String child) {

        List<String> result = new ArrayList<>();
        NodeList nodes = element.getElementsByTagName(child);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent().trim());
        }
        return result;
    }
}
