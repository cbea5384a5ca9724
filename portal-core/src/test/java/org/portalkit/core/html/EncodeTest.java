package org.portalkit.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void jsEscapesEverythingThatEndsAStringOrAScript() {
        assertEquals("\\u0027);alert(1);\\u002F\\u002F", Encode.js("');alert(1);//"));
        assertEquals("\\u003C\\u002Fscript\\u003E\\u003Cscript\\u003Ealert(1)\\u003C\\u002Fscript\\u003E",
            Encode.js("</script><script>alert(1)</script>"));
        assertEquals("a\\u005Cb\\u0022c\\u000Ad\\u2028e\\u0060", Encode.js("a\\b\"c\nd\u2028e`"));
        assertEquals("Thông báo", Encode.js("Thông báo"));
        assertEquals("", Encode.js(null));
    }

    @Test
    void jsonGivesACompleteValidStringLiteral() {
        assertEquals("\"Hội nghị \\u0022A\\u0022 \\u0026 \\u003C\\u002Fscript\\u003E\"",
            Encode.json("Hội nghị \"A\" & </script>"));
        assertEquals("\"\\u0009tab\\u000D\"", Encode.json("\ttab\r"));
        assertEquals("null", Encode.json(null));
        assertEquals("\"\"", Encode.json(""));
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
