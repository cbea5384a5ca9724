package org.portalkit.core.html.internal;

import java.util.Locale;

/**
 * Reads the scheme of a URL the way browsers do for attribute values: the text before the first {@code :}, unless a
 * {@code /}, {@code ?} or {@code #} comes first (then the URL is relative and has no scheme).
 */
public final class UrlScheme {

    private UrlScheme() {
    }

    /**
     * @param url an attribute value, already entity-decoded (the sanitizer decodes before it calls policies)
     * @return the lower-case scheme, or the empty string for a relative URL
     */
    public static String of(String url) {
        String trimmed = url.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return "";
            }
            if (c == ':') {
                return trimmed.substring(0, i).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * @param url an attribute value, already entity-decoded
     * @return whether the URL leads to another site: an absolute {@code http}/{@code https} URL or a
     *         scheme-relative one ({@code //host/path})
     */
    public static boolean isExternalWebUrl(String url) {
        String scheme = of(url);
        return "http".equals(scheme) || "https".equals(scheme) || url.strip().startsWith("//");
    }
}
