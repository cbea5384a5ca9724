package org.portalkit.core.search.internal;

import org.portalkit.core.html.Encode;

/**
 * Highlighted snippets: Solr marks the matches with two private-use characters ({@link #PRE}, {@link #POST}, sent
 * as {@code hl.tag.pre}/{@code hl.tag.post}, no HTML encoder on Solr's side); {@link #toHtml} HTML-encodes the whole
 * snippet and only then turns the markers into {@code <mark>} and {@code </mark>}. Nothing of the indexed text can
 * become markup: the only tags in the result are balanced {@code <mark>} pairs. (An indexed text that contains the
 * marker characters itself gets a harmless {@code <mark>} there.)
 */
public final class Highlights {

    /** Start of a match. */
    public static final String PRE = "\uE000";
    /** End of a match. */
    public static final String POST = "\uE001";

    private Highlights() {
    }

    /**
     * @param snippet Solr's snippet with the markers
     * @return HTML: the text encoded, matches in {@code <mark>}, white space runs as single spaces
     */
    public static String toHtml(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(snippet.length() + 32);
        StringBuilder text = new StringBuilder();
        boolean open = false;
        boolean space = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == PRE.charAt(0) || c == POST.charAt(0)) {
                boolean start = c == PRE.charAt(0);
                if (start != open) {
                    if (start && space && (text.length() > 0 || html.length() > 0)) {
                        text.append(' ');
                        space = false;
                    }
                    html.append(Encode.html(text.toString()));
                    text.setLength(0);
                    html.append(start ? "<mark>" : "</mark>");
                    open = start;
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && (text.length() > 0 || html.length() > 0)) {
                text.append(' ');
            }
            space = false;
            text.append(c);
        }
        html.append(Encode.html(text.toString()));
        if (open) {
            html.append("</mark>");
        }
        return html.toString().strip();
    }

    /**
     * @param text   plain text (e.g. a teaser)
     * @param length most characters kept (cut at a space where possible, with an ellipsis)
     * @return the text shortened and HTML-encoded
     */
    public static String plain(String text, int length) {
        if (text == null) {
            return "";
        }
        String value = text.strip();
        if (value.length() > length) {
            int cut = value.lastIndexOf(' ', length);
            value = value.substring(0, cut > length / 2 ? cut : length) + " …";
        }
        return Encode.html(value);
    }
}
