package org.portalkit.core.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class SitemapWriterTest {

    private static final Instant MODIFIED = Instant.parse("2021-07-16T08:30:00.123Z");

    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void aUrlSetIsValidAndEscaped() throws Exception {
        StringWriter out = new StringWriter();
        try (SitemapWriter urls = SitemapWriter.start(out, SitemapWriter.Kind.URLSET)) {
            assertTrue(urls.url("https://so.example.gov.vn/tin-tuc/a?x=1&y=<2>", MODIFIED));
            assertTrue(urls.url("https://so.example.gov.vn/", null));
            assertFalse(urls.url("", MODIFIED), "no empty loc");
            assertFalse(urls.url("https://so.example.gov.vn/" + "a".repeat(2048), MODIFIED), "no loc over 2048 characters");
            assertEquals(2, urls.count());
        }
        String xml = out.toString();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("<loc>https://so.example.gov.vn/tin-tuc/a?x=1&amp;y=&lt;2></loc>"), xml);
        assertTrue(xml.contains("<lastmod>2021-07-16T08:30:00Z</lastmod>"), "W3C datetime, seconds, UTC: " + xml);
        SitemapSchemas.validate(SitemapSchemas.urlset(), xml);
        assertEquals("https://so.example.gov.vn/tin-tuc/a?x=1&y=<2>",
            dom(xml).getElementsByTagNameNS(SitemapWriter.NS, "loc").item(0).getTextContent());
    }

    @Test
    void anIndexIsValid() throws Exception {
        StringWriter out = new StringWriter();
        try (SitemapWriter index = SitemapWriter.start(out, SitemapWriter.Kind.INDEX)) {
            index.sitemap("https://so.example.gov.vn/sitemap-1.xml", null);
            index.sitemap("https://so.example.gov.vn/sitemap-2.xml", MODIFIED);
        }
        SitemapSchemas.validate(SitemapSchemas.index(), out.toString());
        assertEquals(2, dom(out.toString()).getElementsByTagNameNS(SitemapWriter.NS, "sitemap").getLength());
        // and a URL set is no index: the schemas tell the forms apart
        assertThrows(SAXException.class, () -> SitemapSchemas.validate(SitemapSchemas.urlset(), out.toString()));
    }

    @Test
    void aNewsSitemapIsValidWithHostileTitles() throws Exception {
        StringWriter out = new StringWriter();
        try (SitemapWriter news = SitemapWriter.start(out, SitemapWriter.Kind.NEWS)) {
            assertTrue(news.news("https://so.example.gov.vn/tin-tuc/a", "Sở LĐTBXH <Kon Tum>", "vi", MODIFIED,
                "Hội nghị ]]> </news:title><script>\u0001"));
            assertFalse(news.news("https://so.example.gov.vn/tin-tuc/b", "p", "vi", null, "t"), "no date");
            assertFalse(news.news("https://so.example.gov.vn/tin-tuc/c", "p", "vi", MODIFIED, " "), "no title");
        }
        String xml = out.toString();
        SitemapSchemas.validate(SitemapSchemas.urlset(), xml);
        Document dom = dom(xml);
        assertEquals("Hội nghị ]]> </news:title><script>",
            dom.getElementsByTagNameNS(SitemapWriter.NS_NEWS, "title").item(0).getTextContent());
        assertEquals("Sở LĐTBXH <Kon Tum>", dom.getElementsByTagNameNS(SitemapWriter.NS_NEWS, "name").item(0).getTextContent());
        assertEquals("2021-07-16T08:30:00Z",
            dom.getElementsByTagNameNS(SitemapWriter.NS_NEWS, "publication_date").item(0).getTextContent());
    }

    @Test
    void aDocumentTakesNoMoreThanItsCap() throws Exception {
        StringWriter out = new StringWriter();
        try (SitemapWriter urls = SitemapWriter.start(out, SitemapWriter.Kind.URLSET, 3)) {
            for (int i = 0; i < 5; i++) {
                urls.url("https://so.example.gov.vn/" + i, null);
            }
            assertFalse(urls.hasRoom());
            assertEquals(3, urls.count());
        }
        assertEquals(3, dom(out.toString()).getElementsByTagNameNS(SitemapWriter.NS, "url").getLength());
        StringWriter news = new StringWriter();
        try (SitemapWriter writer = SitemapWriter.start(news, SitemapWriter.Kind.NEWS, 100_000)) {
            for (int i = 0; i < SitemapWriter.MAX_NEWS_ENTRIES + 5; i++) {
                writer.news("https://so.example.gov.vn/n" + i, "p", "vi", MODIFIED, "t");
            }
            assertEquals(SitemapWriter.MAX_NEWS_ENTRIES, writer.count(), "Google's cap of 1000 news");
        }
    }

    @Test
    void entriesOfAnotherFormAreRefused() throws Exception {
        try (SitemapWriter index = SitemapWriter.start(new StringWriter(), SitemapWriter.Kind.INDEX)) {
            assertThrows(IllegalStateException.class, () -> index.url("https://so.example.gov.vn/", null));
        }
    }

    @Test
    void w3cDates() {
        assertEquals("2021-07-16T08:30:00Z", W3cDates.format(MODIFIED));
        assertEquals("1970-01-01T00:00:00Z", W3cDates.format(Instant.EPOCH));
        assertEquals("2024-02-29T23:59:59Z", W3cDates.format(Instant.parse("2024-02-29T23:59:59.999Z")));
    }
}
