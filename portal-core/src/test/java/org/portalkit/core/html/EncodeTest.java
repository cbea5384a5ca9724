package org.portalkit.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EncodeTest {

    @Test
    void htmlEncodesTheFiveSpecialCharacters() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;) &amp; &#34;y&#34;&lt;/script&gt;",
            Encode.html("<script>alert('x') & \"y\"</script>"));
        assertEquals("Hội nghị – 2020", Encode.html("Hội nghị – 2020"));
        String plain = "Không có ký tự đặc biệt";
        assertSame(plain, Encode.html(plain));
        assertEquals("", Encode.html(null));
    }

    @Test
    void attrEncodesQuotesSoTheValueCannotBreakOut() {
        assertEquals("x&#34; onmouseover=&#34;alert(1)", Encode.attr("x\" onmouseover=\"alert(1)"));
        assertEquals("x&#39; onmouseover=&#39;alert(1)", Encode.attr("x' onmouseover='alert(1)"));
    }

    @Test
    void attrLeavesNoQuoteOrTagOpenerUnencoded() {
        String encoded = Encode.attr("<img src=x onerror=alert(1)> & \"'");
        assertEquals("&lt;img src=x onerror=alert(1)> &amp; &#34;&#39;", encoded);
        assertEquals("", Encode.attr(null));
    }

    @Test
    void jsEscapesEverythingThatEndsAStringOrAScript() {
        // OWASP forJavaScript: quotes as \x27/\x22, "/" as "\/" (so "</" never appears)
        assertEquals("\\x27);alert(1);\\/\\/", Encode.js("');alert(1);//"));
        String script = Encode.js("</script><script>alert(1)</script>");
        assertEquals("<\\/script><script>alert(1)<\\/script>", script);
        assertFalse(script.contains("</"), script);
        assertEquals("<!\\-\\-", Encode.js("<!--"));
        assertEquals("a\\\\b\\x22c\\nd\\u2028e\\x26f", Encode.js("a\\b\"c\nd\u2028e&f"));
        assertEquals("Thông báo", Encode.js("Thông báo"));
        assertEquals("", Encode.js(null));
    }

    @Test
    void urlPercentEncodesUtf8() {
        assertEquals("H%E1%BB%99i%20ngh%E1%BB%8B%202020", Encode.url("Hội nghị 2020"));
        assertEquals("a%2Bb%26c%3Dd%2Fe%3Ff%23g", Encode.url("a+b&c=d/e?f#g"));
        assertEquals("AZaz09-._~", Encode.url("AZaz09-._~"));
        String text = "Thông báo số 12/TB-SLĐTBXH & “quà”";
        assertEquals(text, URLDecoder.decode(Encode.url(text), StandardCharsets.UTF_8));
        assertEquals("", Encode.url(null));
    }
}
