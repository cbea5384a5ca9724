package org.portalkit.core.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portalkit.core.url.Origin;

class SitemapPartsTest {

    @Test
    void partsOfSmallCaps() {
        SitemapParts parts = new SitemapParts(3, 4);
        assertEquals(1, parts.parts(0), "an empty site still has its first part");
        assertEquals(1, parts.parts(3));
        assertEquals(2, parts.parts(4));
        assertEquals(4, parts.parts(12));
        assertEquals(4, parts.parts(1_000), "capped");
        assertEquals(0, parts.offset(1));
        assertEquals(6, parts.offset(3));
        assertTrue(parts.exists(2, 4));
        assertFalse(parts.exists(3, 4));
        assertFalse(parts.exists(0, 4));
        assertFalse(parts.exists(5, 1_000), "beyond the cap");
        assertThrows(IllegalArgumentException.class, () -> new SitemapParts(50_001, 1));
        assertThrows(IllegalArgumentException.class, () -> new SitemapParts(1, 0));
    }

    @Test
    void theDefaultsAreTheProtocolsLimits() {
        assertEquals(50_000, SitemapParts.DEFAULT.size());
        assertEquals(2, SitemapParts.DEFAULT.parts(100_000));
        assertEquals(3, SitemapParts.DEFAULT.parts(100_001));
        assertEquals(1000, SitemapParts.DEFAULT.parts(Long.MAX_VALUE / 2));
    }

    @Test
    void partNumbersFromTheRequest() {
        assertEquals(1, SitemapParts.parse("1"));
        assertEquals(1000, SitemapParts.parse("1000"));
        for (String bad : new String[] {null, "", "0", "01", "10000", "-1", "1a", "１", " 1", "1e3"}) {
            assertEquals(-1, SitemapParts.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void sitePaths() {
        assertEquals(SiteFilesHandler.CORE_JSP, SiteFilesHandler.jspFor("/robots.txt"));
        assertEquals(SiteFilesHandler.CORE_JSP, SiteFilesHandler.jspFor("/sitemap.xml"));
        assertEquals(SiteFilesHandler.CORE_JSP, SiteFilesHandler.jspFor("/sitemap-12.xml"));
        assertEquals(SiteFilesHandler.NEWS_JSP, SiteFilesHandler.jspFor("/sitemap-news.xml"));
        for (String other : new String[] {null, "/", "/tin-tuc/sitemap.xml", "/sitemap-0.xml", "/sitemap-.xml",
            "/sitemap-1.xml/", "/ROBOTS.TXT", "/sitemap-1.xml.jsp", "/sitemap-99999.xml"}) {
            assertNull(SiteFilesHandler.jspFor(other), String.valueOf(other));
        }
    }

    @Test
    void theIndexListsEveryPart() throws Exception {
        StringWriter out = new StringWriter();
        Sitemaps.index(out, Origin.parse("https://so.example.gov.vn"), 3);
        SitemapSchemas.validate(SitemapSchemas.index(), out.toString());
        assertTrue(out.toString().contains("<loc>https://so.example.gov.vn/sitemap-3.xml</loc>"), out.toString());
        assertFalse(out.toString().contains("sitemap-4"), out.toString());
    }

    @Test
    void robotsNamesTheSitemapsOnTheConfiguredOrigin() throws Exception {
        StringWriter out = new StringWriter();
        Sitemaps.robots(out, Origin.parse("https://so.example.gov.vn"), true);
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: https://so.example.gov.vn/sitemap.xml\n"
            + "Sitemap: https://so.example.gov.vn/sitemap-news.xml\n", out.toString());
        StringWriter without = new StringWriter();
        Sitemaps.robots(without, Origin.parse("http://127.0.0.1:8080"), false);
        assertFalse(without.toString().contains("news"));
    }

    @Test
    void typesFromTheModuleParameter() {
        assertEquals(Sitemaps.DEFAULT_TYPES, Sitemaps.parseTypes(null));
        assertEquals(Sitemaps.DEFAULT_TYPES, Sitemaps.parseTypes(" , {!x} "));
        assertEquals(List.of("pk-news", "pk-page"), Sitemaps.parseTypes("pk-news, pk-page,pk-news,a b"));
    }

    @Test
    void newsLanguages() {
        assertEquals("vi", Sitemaps.language(java.util.Locale.forLanguageTag("vi")));
        assertEquals("en", Sitemaps.language(java.util.Locale.forLanguageTag("en-GB")));
        assertEquals("zh-cn", Sitemaps.language(java.util.Locale.forLanguageTag("zh-CN")));
    }
}
