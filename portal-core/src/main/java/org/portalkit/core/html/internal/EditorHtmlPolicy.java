package org.portalkit.core.html.internal;

import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The OWASP HTML sanitizer policy for HTML written in the content editor (news text, notices, banner captions).
 *
 * <p>Allowed, everything else is removed (elements are unwrapped, their text kept; the content of {@code script},
 * {@code style} and similar elements is dropped):
 * <ul>
 * <li>text structure: {@code p br strong b em i u s sub sup blockquote h2 h3 h4 h5 h6 ul ol li figure figcaption};</li>
 * <li>{@code a} with {@code href} (http, https, mailto or relative) and {@code target="_blank"} only; {@code rel} is
 * set by {@link LinkRelPolicy};</li>
 * <li>{@code img} with {@code src} (http, https or relative; no {@code data:}), {@code alt}, {@code width} and
 * {@code height} (1-4 digits, optionally {@code %});</li>
 * <li>{@code table thead tbody tr th td}, {@code colspan}/{@code rowspan} (1-3 digits) on cells;</li>
 * <li>{@code span} and {@code div} with a {@code class} made of {@code [a-zA-Z0-9_ -]}.</li>
 * </ul>
 * No {@code style} attributes, no event handler attributes, no {@code id}, no SVG/MathML, no {@code iframe},
 * {@code object}, {@code embed}, {@code form} or {@code input}, no {@code javascript:}, {@code vbscript:} or
 * {@code data:} URLs.
 */
public final class EditorHtmlPolicy {

    private static final Pattern SIZE = Pattern.compile("[0-9]{1,4}%?");

    private static final Pattern SPAN = Pattern.compile("[0-9]{1,3}");

    private static final Pattern TARGET = Pattern.compile("_blank");

    private static final Pattern CSS_CLASSES = Pattern.compile("[a-zA-Z0-9_ -]*");

    /** The policy; immutable and thread-safe. (Declared after the patterns it uses.) */
    public static final PolicyFactory POLICY = build();

    private EditorHtmlPolicy() {
    }

    private static PolicyFactory build() {
        AttributePolicy webUrlsOnly = (element, attribute, value) -> {
            String scheme = UrlScheme.of(value);
            return scheme.isEmpty() || "http".equals(scheme) || "https".equals(scheme) ? value : null;
        };
        return new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote",
                "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "figure", "figcaption",
                "img", "table", "thead", "tbody", "tr", "th", "td", "span", "div")
            .allowUrlProtocols("http", "https", "mailto")
            .allowElements(LinkRelPolicy.INSTANCE, "a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("target").matching(TARGET).onElements("a")
            .allowAttributes("src").matching(webUrlsOnly).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(SIZE).onElements("img")
            .allowAttributes("colspan", "rowspan").matching(SPAN).onElements("th", "td")
            .allowAttributes("class").matching(CSS_CLASSES).onElements("span", "div")
            .toFactory();
    }
}
