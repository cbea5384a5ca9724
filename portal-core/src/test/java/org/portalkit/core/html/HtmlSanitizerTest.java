package org.portalkit.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    @Test
    void typicalEditorHtmlSurvivesUnchanged() {
        String html = "<h2>Thông báo</h2>"
            + "<p>Ủy ban nhân dân tỉnh <strong>thông báo</strong> <em>lịch</em> <u>tiếp</u> <s>dân</s>"
            + " H<sub>2</sub>O m<sup>2</sup><br /><b>đậm</b> <i>nghiêng</i></p>"
            + "<blockquote><p>Trích dẫn</p></blockquote>"
            + "<h3>a</h3><h4>b</h4><h5>c</h5><h6>d</h6>"
            + "<ul><li>Một</li><li>Hai</li></ul><ol><li>Ba</li></ol>"
            + "<figure><img src=\"/export/sites/default/anh.jpg\" alt=\"Ảnh hội nghị\" width=\"640\" height=\"480\" />"
            + "<figcaption>Chú thích</figcaption></figure>"
            + "<table><thead><tr><th colspan=\"2\">Tiêu đề</th></tr></thead>"
            + "<tbody><tr><td rowspan=\"2\">1</td><td>2</td></tr></tbody></table>"
            + "<div class=\"note box_1\"><span class=\"highlight\">Lưu ý</span></div>"
            + "<p><a href=\"/tin-tuc/hoi-nghi.html\">Xem thêm</a> <a href=\"mailto:vanthu&#64;example.gov.vn\">Thư</a></p>";
        assertEquals(html, HtmlSanitizer.sanitize(html));
    }

    @Test
    void externalLinksGetNofollowAndNewWindowLinksNoopener() {
        assertEquals("<a href=\"https://chinhphu.vn/\" rel=\"nofollow\">Chính phủ</a>",
            HtmlSanitizer.sanitize("<a href=\"https://chinhphu.vn/\">Chính phủ</a>"));
        assertEquals("<a href=\"https://chinhphu.vn/\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">x</a>",
            HtmlSanitizer.sanitize("<a href=\"https://chinhphu.vn/\" target=\"_blank\" rel=\"opener\">x</a>"));
        assertEquals("<a href=\"/lien-he.html\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>",
            HtmlSanitizer.sanitize("<a href=\"/lien-he.html\" target=\"_blank\">x</a>"));
        assertEquals("<a href=\"//example.com/x\" rel=\"nofollow\">x</a>",
            HtmlSanitizer.sanitize("<a href=\"//example.com/x\">x</a>"));
        // a rel from the input never survives, and other targets are dropped
        assertEquals("<a href=\"/a.html\">x</a>",
            HtmlSanitizer.sanitize("<a href=\"/a.html\" target=\"_top\" rel=\"opener\" name=\"n\">x</a>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x61;script:alert(1)\">x</a>",
        "<a href=\"jav&#97;script&colon;alert(1)\">x</a>",
        "<a href=\"java&#09;script:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<svg onload=alert(1)><circle r=\"1\"/></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<body onload=alert(1)>",
        "<p onclick=\"alert(1)\" onmouseover=alert(1)>x</p>",
        "<form action=\"https://evil.example/\"><input name=q><button>x</button></form>",
        "<<script>script>alert(1)<</script>/script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<div><p><a href=\"javascript:alert(1)\"><img src=x onerror=alert(1)></a></p></div>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<img src=\"x\" alt=\"\" onerror=\"alert(1)\" />",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "<div class=\"x\" id=\"y\" data-x=\"alert(1)\">x</div>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<!--<script>alert(1)</script>-->",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
    })
    void xssPayloadsAreNeutralised(String payload) {
        String clean = HtmlSanitizer.sanitize(payload);
        String lower = clean.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), clean);
        assertFalse(lower.contains("javascript:"), clean);
        assertFalse(lower.contains("vbscript:"), clean);
        assertFalse(lower.contains("data:"), clean);
        assertFalse(lower.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), clean);
        assertFalse(lower.contains("style="), clean);
        assertFalse(lower.contains("<svg") || lower.contains("<math") || lower.contains("<iframe")
            || lower.contains("<object") || lower.contains("<embed") || lower.contains("<form")
            || lower.contains("<input") || lower.contains("<meta") || lower.contains("<base") || lower.contains("<link")
            || lower.contains("<style") || lower.contains("<body") || lower.contains("<template"), clean);
        assertFalse(lower.contains("expression("), clean);
        assertFalse(lower.contains(" id=") || lower.contains("data-x"), clean);
    }

    @Test
    void exactResultsOfSomePayloads() {
        assertEquals("", HtmlSanitizer.sanitize("<script>alert(1)</script>"));
        assertEquals("<img src=\"x\" />", HtmlSanitizer.sanitize("<img src=x onerror=alert(1)>"));
        assertEquals("x", HtmlSanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("x", HtmlSanitizer.sanitize("<a href=\"jav&#x61;script:alert(1)\">x</a>"));
        assertEquals("", HtmlSanitizer.sanitize("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"));
        assertEquals("<div>x</div>", HtmlSanitizer.sanitize("<div style=\"width: expression(alert(1))\">x</div>"));
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;",
            HtmlSanitizer.sanitize("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals("<p>x</p>", HtmlSanitizer.sanitize("<p onclick=\"alert(1)\">x</p>"));
    }

    @Test
    void mailtoIsAllowedForLinksButNotForImages() {
        assertEquals("<a href=\"mailto:a&#64;b.vn\">a</a>", HtmlSanitizer.sanitize("<a href=\"mailto:a@b.vn\">a</a>"));
        assertEquals("", HtmlSanitizer.sanitize("<img src=\"mailto:a@b.vn\">"));
        assertEquals("", HtmlSanitizer.sanitize("<img src=\"ftp://example.com/a.png\">"));
        assertEquals("<img src=\"https://cdn.example.vn/a.png\" />",
            HtmlSanitizer.sanitize("<img src=\"https://cdn.example.vn/a.png\">"));
    }

    @Test
    void attributeValuesAreChecked() {
        // a span left without attributes is dropped (its text stays)
        assertEquals("x", HtmlSanitizer.sanitize("<span class=\"a&quot; onclick=&quot;x\">x</span>"));
        assertEquals("x", HtmlSanitizer.sanitize("<span class=\"a;b\">x</span>"));
        assertEquals("<div>x</div>", HtmlSanitizer.sanitize("<div class=\"a:b\">x</div>"));
        assertEquals("<p>x</p>", HtmlSanitizer.sanitize("<p class=\"lead\">x</p>"));
        assertEquals("<img src=\"a.png\" width=\"100%\" />",
            HtmlSanitizer.sanitize("<img src=\"a.png\" width=\"100%\" height=\"12px; x\">"));
        assertEquals("<table><tbody><tr><td>1</td></tr></tbody></table>",
            HtmlSanitizer.sanitize("<table border=1><tr><td colspan=\"2x\" onclick=\"x\">1</td></tr></table>"));
    }

    @Test
    void unbalancedAndNestedMarkupIsRepaired() {
        assertEquals("<p><strong>đậm <em>và nghiêng</em></strong></p> <strong><em><div>tiếp</div></em></strong>",
            HtmlSanitizer.sanitize("<p><strong>đậm <em>và nghiêng</p> <div>tiếp"));
        assertEquals("<p>a</p><p>b</p>", HtmlSanitizer.sanitize("<p>a<p>b"));
    }

    @Test
    void vietnameseTextAndEntitiesAreKept() {
        assertEquals("<p>Sở Lao động – Thương binh &amp; Xã hội &lt;3</p>",
            HtmlSanitizer.sanitize("<p>Sở Lao động &ndash; Thương binh &amp; Xã hội &lt;3</p>"));
    }

    @Test
    void nullAndEmptyGiveEmpty() {
        assertEquals("", HtmlSanitizer.sanitize(null));
        assertEquals("", HtmlSanitizer.sanitize(""));
    }
}
