package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NewsJsonLdTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String URL = "https://sldtbxh.kontum.gov.vn/tin-tuc/hoi-nghi";
    private static final String IMAGE = "https://sldtbxh.kontum.gov.vn/hinh-anh/quang-canh-hoi-nghi.jpg";

    @Test
    void describesTheArticleAsSchemaOrgNewsArticle() throws Exception {
        String json = NewsJsonLd.build(TestArticles.seed(), URL, IMAGE, "SLDTBXH Kontum", HCM);
        JsonNode node = new ObjectMapper().readTree(json);
        assertEquals("https://schema.org", node.get("@context").asText());
        assertEquals("NewsArticle", node.get("@type").asText());
        assertEquals("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.", node.get("headline").asText());
        assertEquals("2020-07-17T08:30:00+07:00", node.get("datePublished").asText());
        assertEquals("2020-07-18T10:00:00+07:00", node.get("dateModified").asText());
        assertEquals(IMAGE, node.get("image").get(0).asText());
        assertEquals(URL, node.get("mainEntityOfPage").get("@id").asText());
        assertEquals("SLDTBXH Kontum", node.get("author").get("name").asText());
        assertEquals("Organization", node.get("publisher").get("@type").asText());
        assertEquals("Văn phòng Sở", node.get("articleSection").asText());
        assertEquals("vi", node.get("inLanguage").asText());
        assertTrue(node.get("description").asText().startsWith("Ngày 16/7/2020"));
    }

    @Test
    void missingValuesAreLeftOut() throws Exception {
        NewsArticle bare = NewsArticle.builder().id("x").title("Tiêu đề").build();
        JsonNode node = new ObjectMapper().readTree(NewsJsonLd.build(bare, null, null, " ", HCM));
        assertEquals("Tiêu đề", node.get("headline").asText());
        for (String absent : new String[] {"url", "image", "datePublished", "author", "publisher", "description",
            "articleSection", "keywords"}) {
            assertFalse(node.has(absent), absent);
        }
    }

    @Test
    void hostileTextStaysDataAndCannotEndTheScriptElement() throws Exception {
        NewsArticle article = TestArticles.hostile();
        String json = NewsJsonLd.build(article, URL, null, "P" + TestArticles.HOSTILE, HCM);
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("\u2028"), json);
        JsonNode node = new ObjectMapper().readTree(json);
        assertEquals(article.getTitle(), node.get("headline").asText());
        assertEquals(article.getMetaDescription(), node.get("description").asText());
        assertEquals(article.getSection(), node.get("articleSection").asText());
        assertEquals("P" + TestArticles.HOSTILE, node.get("publisher").get("name").asText());
        assertEquals("K" + TestArticles.HOSTILE, node.get("keywords").asText());
    }

    @Test
    void xssPayloadsCannotLeaveTheScriptElementAndParseBackUnchanged() throws Exception {
        String[] payloads = {"</script><script>alert(1)</script>", "</SCRIPT ><script>alert(1)//", "<!--<script>",
            "a\u2028b\u2029c", "\"quoted\" 'single'", "back\\slash \\\" \\u003C", "&lt;/script&gt; &amp;",
            "]]></script>", "\u0000\u001F\t\r\n"};
        for (String payload : payloads) {
            NewsArticle article = NewsArticle.builder().id("x").title("T" + payload).section(payload)
                .addCategory(payload).build();
            String json = NewsJsonLd.build(article, URL, null, payload, HCM);
            String page = "<script type=\"application/ld+json\">" + json + "</script><p>after</p>";
            // the first "</script" (any case) in the page is the element's own end tag
            int end = page.toLowerCase(java.util.Locale.ROOT).indexOf("</script");
            assertEquals(page.length() - "</script><p>after</p>".length(), end, json);
            for (String forbidden : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
                assertFalse(json.contains(forbidden), forbidden + " in " + json);
            }
            JsonNode node = new ObjectMapper().readTree(json);
            assertEquals(article.getTitle(), node.get("headline").asText());
            assertEquals(article.getSection(), node.get("articleSection").asText());
            assertEquals(article.getCategories().get(0), node.get("keywords").asText());
            assertEquals(payload.strip(), node.get("publisher").get("name").asText());
        }
    }

    @Test
    void escapesAreJsonUnicodeEscapes() {
        NewsArticle article = NewsArticle.builder().id("x").title("</script>\u2028\"\\&").build();
        String json = NewsJsonLd.build(article, null, null, null, HCM);
        assertTrue(json.contains("\"headline\":\"\\u003C/script\\u003E\\u2028\\\"\\\\\\u0026\""), json);
    }

    @Test
    void keepsTheKeysInTheirOrder() throws Exception {
        String json = NewsJsonLd.build(TestArticles.seed(), URL, IMAGE, "SLDTBXH Kontum", HCM);
        java.util.List<String> keys = new java.util.ArrayList<>();
        new ObjectMapper().readTree(json).fieldNames().forEachRemaining(keys::add);
        assertEquals(java.util.List.of("@context", "@type", "headline", "description", "url", "mainEntityOfPage",
            "datePublished", "dateModified", "image", "articleSection", "inLanguage", "author", "publisher",
            "keywords"), keys);
        assertEquals("WebPage", new ObjectMapper().readTree(json).get("mainEntityOfPage").get("@type").asText());
    }
}
