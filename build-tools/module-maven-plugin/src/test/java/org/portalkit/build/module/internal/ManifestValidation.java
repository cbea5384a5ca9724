package org.portalkit.build.module.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates manifests against {@code opencms-import10.dtd} as shipped in the opencms-core jar. That DTD describes
 * {@code <export>} with {@code info}, {@code files} (and accounts, projects) but not the {@code <module>} element of
 * module exports, so the module element is taken out before validating; it is checked with OpenCms's own module
 * reader instead.
 */
final class ManifestValidation {

    static final String DTD_RESOURCE = "/org/opencms/importexport/opencms-import10.dtd";

    private static final String DTD_SYSTEM_ID = "http://www.opencms.org/dtd/6.0/opencms-import10.dtd";

    private ManifestValidation() {
    }

    /** Returns the validation errors, empty when the manifest (without its module element) is valid. */
    static List<String> dtdErrors(byte[] manifestXml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(manifestXml));
        Element module = (Element) document.getDocumentElement().getElementsByTagName("module").item(0);
        if (module != null) {
            module.getParentNode().removeChild(module);
        }
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, DTD_SYSTEM_ID);
        StringWriter withDoctype = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(withDoctype));

        DocumentBuilderFactory validating = DocumentBuilderFactory.newInstance();
        validating.setValidating(true);
        DocumentBuilder builder = validating.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            InputStream dtd = ManifestValidation.class.getResourceAsStream(DTD_RESOURCE);
            if (dtd == null) {
                throw new IllegalStateException(DTD_RESOURCE + " is not on the test class path (opencms-core)");
            }
            return new InputSource(dtd);
        });
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new ErrorHandler() {

            @Override
            public void warning(SAXParseException e) {
                errors.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal: " + e.getMessage());
            }
        });
        builder.parse(new InputSource(new java.io.StringReader(withDoctype.toString())));
        return errors;
    }
}
