package org.portalkit.core.sitemap;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/** The sitemap schemas of the test resources (xsd/README.md says where they come from). */
final class SitemapSchemas {

    private SitemapSchemas() {
    }

    /** @return the schema of URL sets, with the Google News extension */
    static Schema urlset() throws Exception {
        return schema("xsd/sitemap.xsd", "xsd/sitemap-news.xsd");
    }

    /** @return the schema of sitemap indexes */
    static Schema index() throws Exception {
        return schema("xsd/siteindex.xsd");
    }

    /** Validates a document; throws with the validator's message if it is not valid. */
    static void validate(Schema schema, String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Schema schema(String... resources) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[resources.length];
        for (int i = 0; i < resources.length; i++) {
            sources[i] = new StreamSource(SitemapSchemas.class.getResource(resources[i]).toExternalForm());
        }
        return factory.newSchema(sources);
    }
}
