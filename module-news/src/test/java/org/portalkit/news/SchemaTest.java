package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.portalkit.core.testing.ContentSchemaTest;
import org.portalkit.core.testing.ModuleFiles;
import org.portalkit.core.testing.SchemaCheck;

/**
 * The content schemas, read with a plain XML parser: their appinfo is valid for OpenCms (checked against OpenCms'
 * own DefaultAppinfo.xsd, as OpenCms does when it loads a schema), every label, help text and error message they use
 * exists in the default, English and Vietnamese bundle, includes and mappings point to what exists (portal-core's
 * shared {@link ContentSchemaTest} and {@link SchemaCheck}), and the validation rules accept and refuse what they
 * should.
 */
class SchemaTest extends ContentSchemaTest {

    private static final SchemaCheck SCHEMAS = new SchemaCheck(NewsModule.FILES);

    SchemaTest() {
        super(SCHEMAS, Map.of(
            "news.xsd", List.of("Title", "Section", "Lead", "Body", "Byline", "Poster", "PublishDate", "EventDate",
                "Source", "Categories", "Featured", "Attachment", "Related", "MetaDescription", "SocialImage",
                "Availability"),
            "news-attachment.xsd", List.of("File", "Title"),
            "news-availability.xsd", List.of("Release", "Expiry"),
            "news-image.xsd", List.of("Image", "Caption", "Alt"),
            "news-section.xsd", List.of("Text", "Image"),
            "news-source.xsd", List.of("Name", "Url")),
            Set.of("label.PkNews.Title.help", "label.PkNewsImage.Alt", "label.PkNews.TabSeo",
                "error.PkNewsSource.Url"));
    }

    @Test
    void titleAndAvailabilityAreMapped() {
        Map<String, String> mappings = SCHEMAS.attributesByElement("news.xsd", "mappings", "mapping", "mapto");
        assertEquals("property:Title urlName", mappings.get("Title"));
        assertEquals("attribute:datereleased", mappings.get("Availability/Release"));
        assertEquals("attribute:dateexpired", mappings.get("Availability/Expiry"));
    }

    /** The rule of an element, applied the way OpenCms applies it (leading ! negates, the whole value must match). */
    private static boolean accepts(String xsd, String element, String value) {
        return SCHEMAS.rule(xsd, element).accepts(value);
    }

    @Test
    void titleIsRequiredAndAtMost200Characters() {
        assertTrue(accepts("news.xsd", "Title", "Hội nghị Sơ kết công tác 6 tháng đầu năm 2020."));
        assertEquals(List.of(), SCHEMAS.rule("news.xsd", "Title").lengthProblems(200, true));
    }

    @Test
    void leadAtMost600Characters() {
        assertEquals(List.of(), SCHEMAS.rule("news.xsd", "Lead").lengthProblems(600, false));
    }

    @Test
    void publishDateIsRequired() {
        assertEquals(List.of(), SCHEMAS.rule("news.xsd", "PublishDate").requiredDateProblems());
    }

    @Test
    void sourceUrlMustBeHttp() {
        assertTrue(accepts("news-source.xsd", "Url", ""));
        assertTrue(accepts("news-source.xsd", "Url", "https://baokontum.com.vn/tin-tuc/a?b=c"));
        assertTrue(accepts("news-source.xsd", "Url", "HTTP://example.org"));
        assertFalse(accepts("news-source.xsd", "Url", "javascript:alert(1)"));
        assertFalse(accepts("news-source.xsd", "Url", "ftp://example.org"));
        assertFalse(accepts("news-source.xsd", "Url", "https://a.example/\"onmouseover=x"));
        assertFalse(accepts("news-source.xsd", "Url", "https://a b"));
        assertFalse(accepts("news-source.xsd", "Name", " "));
    }

    @Test
    void anImageNeedsItsAlternativeText() {
        assertFalse(accepts("news-image.xsd", "Alt", ""));
        assertFalse(accepts("news-image.xsd", "Alt", "  "));
        assertTrue(accepts("news-image.xsd", "Alt", "Quang cảnh Hội nghị"));
        assertFalse(accepts("news-image.xsd", "Image", ""));
        // the image block itself is optional: without it there is no Alt to check
        assertTrue(ModuleFiles.read(NewsModule.FILES.folder().resolve("schemas/news-section.xsd"))
            .contains("<xsd:element name=\"Image\" type=\"OpenCmsPkNewsImage\" minOccurs=\"0\"/>"));
    }

    @Test
    void svgFilesAreRefused() {
        for (String[] rule : new String[][] {{"news-attachment.xsd", "File"}, {"news-image.xsd", "Image"},
            {"news.xsd", "SocialImage"}}) {
            for (String svg : new String[] {"/sites/default/a.svg", "/sites/default/B.SVG", "/x/c.svgz",
                "/x/d.svg?__scale=w:100", "/x/e.svg#top"}) {
                assertFalse(accepts(rule[0], rule[1], svg), rule[1] + " " + svg);
            }
            for (String ok : new String[] {"/sites/default/a.pdf", "/x/b.jpg?__scale=w:100", "/x/svg.png",
                "/x/a.svg.pdf"}) {
                assertTrue(accepts(rule[0], rule[1], ok), rule[1] + " " + ok);
            }
        }
    }

    @Test
    void relatedNewsCanOnlyBeNewsArticles() {
        String news = ModuleFiles.read(NewsModule.FILES.folder().resolve("schemas/news.xsd"));
        assertTrue(news.contains("<layout element=\"Related\" widget=\"VfsFileWidget\" "
            + "configuration=\"hidesiteselector|searchtypes=pk-news|selectabletypes=pk-news\"/>"));
    }
}
