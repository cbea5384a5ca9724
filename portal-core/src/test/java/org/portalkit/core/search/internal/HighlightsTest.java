package org.portalkit.core.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static final String P = Highlights.PRE;
    private static final String Q = Highlights.POST;

    @Test
    void encodesTheTextAndMarksOnlyTheMatches() {
        assertEquals("Đoạn &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>hội</mark> &amp; <mark>nghị</mark>",
            Highlights.toHtml("Đoạn <script>alert('x')</script> " + P + "hội" + Q + " & " + P + "nghị" + Q));
        assertEquals("&lt;mark&gt;fake&lt;/mark&gt;", Highlights.toHtml("<mark>fake</mark>"), "Solr's text is never markup");
    }

    @Test
    void unbalancedMarkersStayBalanced() {
        assertEquals("<mark>a</mark>", Highlights.toHtml(P + "a"));
        assertEquals("a b", Highlights.toHtml("a" + Q + " b"));
        assertEquals("<mark>a b</mark>", Highlights.toHtml(P + "a" + P + " b" + Q + Q));
        assertEquals("", Highlights.toHtml(null));
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceOutsideTheMarks() {
        assertEquals("a <mark>b</mark> c", Highlights.toHtml("  a \n\t " + P + "b" + Q + "\n c \n"));
    }

    @Test
    void plainTextIsShortenedAndEncoded() {
        assertEquals("a &lt;b&gt;", Highlights.plain(" a <b> ", 100));
        assertEquals("aaaa bbbb …", Highlights.plain("aaaa bbbb cccc", 10));
        assertEquals("", Highlights.plain(null, 10));
    }
}
