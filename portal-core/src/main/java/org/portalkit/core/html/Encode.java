package org.portalkit.core.html;

/**
 * Context-specific encoding of untrusted text for output in pages, delegating to the
 * <a href="https://owasp.org/www-project-java-encoder/">OWASP Java Encoder</a> ({@link org.owasp.encoder.Encode}).
 * Every method accepts {@code null} and returns the empty string for it (OWASP writes the four characters
 * {@code null}), never throws, and is static so that it can be declared as an EL function in a tag library, e.g.
 * {@code ${pk:html(title)}}.
 *
 * <table>
 * <caption>Which method for which place</caption>
 * <tr><th>Place in the page</th><th>Method</th><th>OWASP encoder</th></tr>
 * <tr><td>element text: {@code <p>HERE</p>}</td><td>{@link #html(String)}</td><td>{@code forHtml}</td></tr>
 * <tr><td>quoted attribute value: {@code title="HERE"}</td><td>{@link #attr(String)}</td>
 *     <td>{@code forHtmlAttribute}</td></tr>
 * <tr><td>inside a quoted JavaScript string: {@code var s = 'HERE';}</td><td>{@link #js(String)}</td>
 *     <td>{@code forJavaScript}</td></tr>
 * <tr><td>one URL path segment or query value: {@code ?q=HERE}</td><td>{@link #url(String)}</td>
 *     <td>{@code forUriComponent}</td></tr>
 * </table>
 * For HTML that must keep its markup use {@link HtmlSanitizer#sanitize(String)} instead. For JSON (also JSON inside
 * a {@code <script>} element) use a JSON library: OWASP's JavaScript encoders write {@code \x22}, which is not JSON.
 */
public final class Encode {

    private Encode() {
    }

    /**
     * Encodes text for HTML element content (and for quoted attribute values alike): {@code & < > " '} become
     * {@code &amp; &lt; &gt; &#34; &#39;}; characters HTML cannot hold (most control characters, unpaired surrogates)
     * become spaces. Delegates to {@link org.owasp.encoder.Encode#forHtml(String)}; only {@code null} → {@code ""} is
     * ours.
     *
     * @param text the text
     * @return the encoded text (the same instance when nothing needs encoding)
     */
    public static String html(String text) {
        return text == null ? "" : org.owasp.encoder.Encode.forHtml(text);
    }

    /**
     * Encodes text for a quoted HTML attribute value (single or double quotes): {@code & < " '} become character
     * references. Never use it for unquoted attributes or for URL attributes with untrusted schemes. Delegates to
     * {@link org.owasp.encoder.Encode#forHtmlAttribute(String)}; only {@code null} → {@code ""} is ours.
     *
     * @param text the text
     * @return the encoded text
     */
    public static String attr(String text) {
        return text == null ? "" : org.owasp.encoder.Encode.forHtmlAttribute(text);
    }

    /**
     * Encodes text for the inside of a JavaScript string literal (single or double quoted), also inside an HTML
     * {@code <script>} element or an event handler attribute: quotes and {@code &} become {@code \x22 \x27 \x26},
     * {@code /} and {@code -} get a backslash (so neither {@code </script>} nor {@code <!--} can appear), backslash,
     * control characters and the line separators U+2028/U+2029 become JavaScript escapes. Not for template literals
     * (backticks and <code>${</code> are left alone) and not for JSON ({@code \x..} is no JSON escape). Delegates to
     * {@link org.owasp.encoder.Encode#forJavaScript(String)}; only {@code null} → {@code ""} is ours.
     *
     * @param text the text
     * @return the escaped text, without surrounding quotes
     */
    public static String js(String text) {
        return text == null ? "" : org.owasp.encoder.Encode.forJavaScript(text);
    }

    /**
     * Percent-encodes text as one URL component (a path segment or a query parameter name or value) in UTF-8: all
     * but the unreserved characters {@code A-Z a-z 0-9 - . _ ~} are encoded, a space becomes {@code %20}. Delegates
     * to {@link org.owasp.encoder.Encode#forUriComponent(String)}; only {@code null} → {@code ""} is ours.
     *
     * @param text the text
     * @return the encoded text
     */
    public static String url(String text) {
        return text == null ? "" : org.owasp.encoder.Encode.forUriComponent(text);
    }
}
