package org.portalkit.core.html;

import org.portalkit.core.html.internal.EditorHtmlPolicy;

/**
 * Server-side cleaning of HTML from the content editor with the
 * <a href="https://github.com/OWASP/java-html-sanitizer">OWASP Java HTML Sanitizer</a>: what remains is safe to
 * write into a page as is. The allowed elements and attributes are listed in {@link EditorHtmlPolicy}; in short,
 * text structure, links, images, tables and {@code class} on {@code span}/{@code div}, but no scripts, styles, event
 * handlers, frames, SVG or {@code javascript:}/{@code data:} URLs.
 *
 * <p>Thread-safe. The method is static so that it can also be declared as an EL function in a tag library.
 */
public final class HtmlSanitizer {

    private HtmlSanitizer() {
    }

    /**
     * @param html HTML from the editor, may be {@code null}
     * @return the sanitized HTML (well-formed, attributes double-quoted, entities normalised); empty for {@code null}
     */
    public static String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return EditorHtmlPolicy.POLICY.sanitize(html);
    }
}
