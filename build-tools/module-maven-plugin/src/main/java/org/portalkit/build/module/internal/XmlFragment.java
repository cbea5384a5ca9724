package org.portalkit.build.module.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An XML file with a single root element ({@code <resourcetypes>} or {@code <explorertypes>}) whose content is copied
 * verbatim into the {@code <module>} element of the manifest. The file is checked to be well-formed, to have the
 * expected root without attributes, and to hold only the child elements OpenCms reads there.
 */
public final class XmlFragment {

    private final String innerXml;

    private XmlFragment(String innerXml) {
        this.innerXml = innerXml;
    }

    /**
     * Reads a fragment, or returns null when the file does not exist.
     *
     * @param file      the fragment file
     * @param rootName  the expected root element, e.g. {@code resourcetypes}
     * @param childName the only element name allowed directly below the root, e.g. {@code type}
     */
    public static XmlFragment readIfPresent(Path file, String rootName, String childName) throws ModulePackagingException {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModulePackagingException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString(), rootName, childName);
    }

    public static XmlFragment parse(String text, String origin, String rootName, String childName)
        throws ModulePackagingException {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        Element root = parseRoot(normalized, origin);
        if (!rootName.equals(root.getNodeName())) {
            throw new ModulePackagingException(origin + " must have the single root element <" + rootName
                + ">, but its root is <" + root.getNodeName() + ">.");
        }
        if (root.hasAttributes()) {
            throw new ModulePackagingException(origin + ": the root element <" + rootName
                + "> must not have attributes (they would be lost when its content is copied into the manifest).");
        }
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && !childName.equals(child.getNodeName())) {
                throw new ModulePackagingException(origin + ": <" + rootName + "> may only contain <" + childName
                    + "> elements, but contains <" + child.getNodeName() + ">.");
            }
        }
        return new XmlFragment(extractContent(normalized, rootName));
    }

    /** The text between the root start and end tags, without leading blank lines and trailing whitespace. */
    public String innerXml() {
        return innerXml;
    }

    public boolean isEmpty() {
        return innerXml.isBlank();
    }

    private static Element parseRoot(String text, String origin) throws ModulePackagingException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new FailingErrorHandler());
            Document document = builder.parse(new InputSource(new StringReader(text)));
            return document.getDocumentElement();
        } catch (SAXParseException e) {
            throw new ModulePackagingException(origin + " is not well-formed XML (line " + e.getLineNumber()
                + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ModulePackagingException(origin + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Turns every parser complaint into a failure instead of a line on stderr. */
    private static final class FailingErrorHandler implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a fragment unusable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    private static String extractContent(String text, String rootName) {
        int start = findRootStart(text, rootName);
        int startTagEnd = findTagEnd(text, start);
        if (text.charAt(startTagEnd - 1) == '/') {
            return "";
        }
        int end = text.lastIndexOf("</" + rootName);
        String content = text.substring(startTagEnd + 1, end);
        return stripLeadingBlankLines(content).stripTrailing();
    }

    /** Skips the prolog (declaration, processing instructions, comments, doctype) and finds the root start tag. */
    private static int findRootStart(String text, String rootName) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = text.indexOf("?>", i) + 2;
            } else if (text.startsWith("<!--", i)) {
                i = text.indexOf("-->", i) + 3;
            } else if (text.startsWith("<!", i)) {
                int bracket = text.indexOf('[', i);
                int close = text.indexOf('>', i);
                i = (bracket >= 0 && bracket < close ? text.indexOf("]>", bracket) + 2 : close + 1);
            } else {
                return i;
            }
        }
        throw new IllegalStateException("no root element <" + rootName + "> in parsed document");
    }

    private static int findTagEnd(String text, int tagStart) {
        char quote = 0;
        for (int i = tagStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        throw new IllegalStateException("unterminated start tag in parsed document");
    }

    private static String stripLeadingBlankLines(String content) {
        int lineStart = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        return content.substring(lineStart);
    }
}
