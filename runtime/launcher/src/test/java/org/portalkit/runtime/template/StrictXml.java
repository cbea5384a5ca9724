package org.portalkit.runtime.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses template XML for the template tests: not validating, no external DTD loading, and any error or fatal
 * error fails the parse (warnings are ignored).
 */
final class StrictXml {

    private StrictXml() {
    }

    /**
     * @param xml the XML text
     * @return the document
     * @throws Exception if the text is not well-formed
     */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() {

            @Override
            public void warning(SAXParseException e) {
                // not a problem for these checks
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    /** Where the OpenCms configuration DTDs are published (the DOCTYPE system ids of the templates). */
    static final String DTD_URL_PREFIX = org.opencms.configuration.CmsConfigurationManager.DEFAULT_DTD_PREFIX;

    /** Where opencms-core keeps those DTDs on the class path. */
    static final String DTD_RESOURCE_PREFIX = org.opencms.configuration.CmsConfigurationManager.DEFAULT_DTD_LOCATION;

    /**
     * Validates a document against the configuration DTDs inside opencms-core; any warning or error fails it,
     * and only those DTDs may be loaded.
     *
     * @param name the document's name, for messages
     * @param xml the document
     * @return the system ids resolved, in order
     * @throws Exception if the document is invalid
     */
    static List<String> validateAgainstOpenCmsDtds(String name, String xml) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(false);
        SAXParser parser = factory.newSAXParser();
        List<String> resolved = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {

            @Override
            public InputSource resolveEntity(String publicId, String systemId) throws IOException {
                if (systemId == null || !systemId.startsWith(DTD_URL_PREFIX)) {
                    throw new IOException(name + ": unexpected external entity " + systemId);
                }
                String resource = DTD_RESOURCE_PREFIX + systemId.substring(DTD_URL_PREFIX.length());
                InputStream dtd = StrictXml.class.getClassLoader().getResourceAsStream(resource);
                if (dtd == null) {
                    throw new IOException(name + ": " + systemId + " is not in opencms-core (" + resource + ")");
                }
                resolved.add(systemId);
                InputSource source = new InputSource(dtd);
                source.setSystemId(systemId);
                return source;
            }

            @Override
            public void warning(SAXParseException e) throws SAXException {
                error(e);
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw new SAXParseException(name + ": " + e.getMessage(), null, e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                error(e);
            }
        };
        parser.parse(new InputSource(new StringReader(xml)), handler);
        return resolved;
    }
}
