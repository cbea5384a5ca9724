package org.portalkit.news;

/** Helpers for checking generated HTML in tests. */
final class TestHtml {

    private TestHtml() {
    }

    /** The text content of an HTML fragment: tags removed, the five basic character references decoded. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"")
            .replace("&#39;", "'").replace("&amp;", "&");
    }
}
