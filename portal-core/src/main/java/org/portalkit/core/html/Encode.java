package org.portalkit.core.html;

import java.nio.charset.StandardCharsets;

/**
 * Context-specific encoding of untrusted text for output in pages. Every method accepts {@code null} (treated as the
 * empty string, except {@link #json(String)}), never throws, and is static so that it can be declared as an EL
 * function in a tag library, e.g. {@code ${pk:html(title)}}.
 *
 * <table>
 * <caption>Which method for which place</caption>
 * <tr><th>Place in the page</th><th>Method</th></tr>
 * <tr><td>element text: {@code <p>HERE</p>}</td><td>{@link #html(String)}</td></tr>
 * <tr><td>quoted attribute value: {@code title="HERE"}</td><td>{@link #attr(String)}</td></tr>
 * <tr><td>inside a quoted JavaScript string: {@code var s = 'HERE';}</td><td>{@link #js(String)}</td></tr>
 * <tr><td>a complete JSON string: {@code {"title": HERE}}</td><td>{@link #json(String)}</td></tr>
 * <tr><td>one URL path segment or query value: {@code ?q=HERE}</td><td>{@link #url(String)}</td></tr>
 * </table>
 * For HTML that must keep its markup use {@link HtmlSanitizer#sanitize(String)} instead.
 */
public final class Encode {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Encode() {
    }

    /**
     * Encodes text for HTML element content: {@code & < > " '} become character references.
     *
     * @param text the text
     * @return the encoded text
     */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String reference = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&#34;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (reference != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (reference != null) {
                    out.append(reference);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Encodes text for a quoted HTML attribute value (single or double quotes). Same rules as {@link #html(String)};
     * never use it for unquoted attributes or for URL attributes with untrusted schemes.
     *
     * @param text the text
     * @return the encoded text
     */
    public static String attr(String text) {
        return html(text);
    }

    /**
     * Encodes text for the inside of a JavaScript string literal (single or double quoted), also inside an HTML
     * {@code <script>} element or an event handler attribute: quotes, backslash, {@code / < > &}, control
     * characters and the line separators U+2028/U+2029 become <code>&#92;uXXXX</code> escapes, which are valid in
     * JavaScript and in JSON.
     *
     * @param text the text
     * @return the escaped text, without surrounding quotes
     */
    public static String js(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendJsEscaped(out, text);
        return out.toString();
    }

    /**
     * Encodes text as a complete JSON string literal, safe also inside an HTML {@code <script>} element (see
     * {@link #js(String)} for the escaped characters).
     *
     * @param text the text
     * @return the JSON string including the surrounding double quotes, or {@code null} (the JSON literal) for
     *         {@code null}
     */
    public static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 18).append('"');
        appendJsEscaped(out, text);
        return out.append('"').toString();
    }

    /**
     * Percent-encodes text as one URL component (a path segment or a query parameter name or value) in UTF-8: all
     * but the unreserved characters {@code A-Z a-z 0-9 - . _ ~} are encoded, a space becomes {@code %20}.
     *
     * @param text the text
     * @return the encoded text
     */
    public static String url(String text) {
        if (text == null) {
            return "";
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static void appendJsEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\'' || c == '\\' || c == '/' || c == '<' || c == '>' || c == '&'
                || c == '`' || c == 0x7F || c == '\u2028' || c == '\u2029') {
                out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                    .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
}
