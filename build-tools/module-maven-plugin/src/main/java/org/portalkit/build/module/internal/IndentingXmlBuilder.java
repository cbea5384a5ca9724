package org.portalkit.build.module.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XML text with two-space indentation and a fixed attribute order, so the same calls always give the same
 * characters (unlike a JAXP transformer, whose output depends on the JDK).
 */
final class IndentingXmlBuilder {

    private static final String INDENT = "  ";

    private final StringBuilder out = new StringBuilder();

    private final Deque<String> open = new ArrayDeque<>();

    IndentingXmlBuilder() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; attributes are name/value pairs in the order given. */
    IndentingXmlBuilder start(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        appendAttributes(attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    IndentingXmlBuilder end() {
        String name = open.pop();
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element with text content, or an empty element when the text is null or empty. */
    IndentingXmlBuilder text(String name, String text) {
        indent();
        if (text == null || text.isEmpty()) {
            out.append('<').append(name).append("/>\n");
        } else {
            out.append('<').append(name).append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        }
        return this;
    }

    /** An element with attributes and text content. */
    IndentingXmlBuilder textWithAttributes(String name, String text, String... attributes) {
        indent();
        out.append('<').append(name);
        appendAttributes(attributes);
        out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        return this;
    }

    /** An empty element with attributes. */
    IndentingXmlBuilder empty(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        appendAttributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** Copies already well-formed XML as it is, each line on its own line. */
    IndentingXmlBuilder raw(String xml) {
        if (!xml.isEmpty()) {
            out.append(xml).append('\n');
        }
        return this;
    }

    String build() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements " + open);
        }
        return out.toString();
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes must be name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
        }
    }

    private void indent() {
        out.append(INDENT.repeat(open.size()));
    }

    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20) {
                        throw new IllegalArgumentException("character U+" + Integer.toHexString(c)
                            + " cannot be written in XML 1.0: " + text);
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }
}
