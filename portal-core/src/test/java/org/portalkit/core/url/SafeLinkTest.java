package org.portalkit.core.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SafeLinkTest {

    private static final Pattern RULE = Pattern.compile(SafeLink.SCHEMA_REGEX);

    private static void accepted(String value, SafeLink.Kind kind, String link) {
        SafeLink result = SafeLink.check(value);
        assertTrue(result.isSafe(), value + ": " + result);
        assertEquals(kind, result.kind(), value);
        assertEquals(link, result.link(), value);
        assertNull(result.reason());
        assertNull(result.messageKey());
        assertTrue(RULE.matcher(value).matches(), "schema rule accepts " + value);
    }

    private static void refused(String value, SafeLink.Reason reason) {
        SafeLink result = SafeLink.check(value);
        assertFalse(result.isSafe(), value + ": " + result);
        assertEquals(reason, result.reason(), value);
        assertNull(result.link());
        assertNull(result.kind());
        assertFalse(value != null && RULE.matcher(value).matches(), "schema rule refuses " + value);
    }

    @Test
    void acceptsHttpAndHttpsUrlsWithAHost() {
        accepted("https://dichvucong.gov.vn/", SafeLink.Kind.ABSOLUTE, "https://dichvucong.gov.vn/");
        accepted("https://dichvucong.gov.vn", SafeLink.Kind.ABSOLUTE, "https://dichvucong.gov.vn");
        accepted("http://chinhphu.vn/portal/page?x=1&y=%2F#top", SafeLink.Kind.ABSOLUTE,
            "http://chinhphu.vn/portal/page?x=1&y=%2F#top");
        accepted("HTTPS://WWW.TAPCHICONGSAN.ORG.VN/", SafeLink.Kind.ABSOLUTE, "HTTPS://WWW.TAPCHICONGSAN.ORG.VN/");
        accepted("https://example.org:8443/a", SafeLink.Kind.ABSOLUTE, "https://example.org:8443/a");
        accepted("https://127.0.0.1:65535/", SafeLink.Kind.ABSOLUTE, "https://127.0.0.1:65535/");
        accepted("https://xn--hc-minh-9ya.vn/?q", SafeLink.Kind.ABSOLUTE, "https://xn--hc-minh-9ya.vn/?q");
        accepted("https://vi.wikipedia.org/wiki/Hồ_Chí_Minh", SafeLink.Kind.ABSOLUTE,
            "https://vi.wikipedia.org/wiki/Hồ_Chí_Minh");
        accepted("https://a.vn.", SafeLink.Kind.ABSOLUTE, "https://a.vn.");
        accepted("https://a.vn?x=1", SafeLink.Kind.ABSOLUTE, "https://a.vn?x=1");
        accepted("https://a.vn#x", SafeLink.Kind.ABSOLUTE, "https://a.vn#x");
        accepted("  https://hochiminh.vn/ \n", SafeLink.Kind.ABSOLUTE, "https://hochiminh.vn/");
    }

    @Test
    void acceptsPathsInsideTheSite() {
        accepted("/", SafeLink.Kind.SITE_PATH, "/");
        accepted("/tin-tuc/", SafeLink.Kind.SITE_PATH, "/tin-tuc/");
        accepted("/tim-kiem/?q=b%E1%BA%A3o+hi%E1%BB%83m&page=2#ket-qua", SafeLink.Kind.SITE_PATH,
            "/tim-kiem/?q=b%E1%BA%A3o+hi%E1%BB%83m&page=2#ket-qua");
        accepted("/thủ-tục/", SafeLink.Kind.SITE_PATH, "/thủ-tục/");
        accepted("\t/gioi-thieu/index.html\r\n", SafeLink.Kind.SITE_PATH, "/gioi-thieu/index.html");
        accepted("/a/../b", SafeLink.Kind.SITE_PATH, "/a/../b");
        accepted("/a//b", SafeLink.Kind.SITE_PATH, "/a//b");
    }

    @Test
    void refusesOtherSchemesAndRelativeLinks() {
        for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "  javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "DATA:text/html,x", "vbscript:msgbox(1)", "ftp://a.vn/",
            "mailto:a@b.vn", "file:///etc/passwd", "tel:123", "www.chinhphu.vn", "chinhphu.vn/", "tin-tuc/",
            "./x", "../x", "?x=1", "#top", "http:/a.vn", "http:a.vn", "https:", "http//a.vn", "httpx://a.vn",
            "jav&#x61;script:alert(1)", "java%73cript:alert(1)", "%2F%2Fevil.com", ":x"}) {
            refused(bad, SafeLink.Reason.SCHEME);
        }
    }

    @Test
    void refusesProtocolRelativeAndBackslashTricks() {
        refused("//evil.com", SafeLink.Reason.PROTOCOL_RELATIVE);
        refused("//evil.com/x", SafeLink.Reason.PROTOCOL_RELATIVE);
        refused("///evil.com", SafeLink.Reason.PROTOCOL_RELATIVE);
        refused(" //evil.com", SafeLink.Reason.PROTOCOL_RELATIVE);
        for (String bad : new String[] {"/\\evil.com", "\\\\evil.com", "\\/evil.com", "http:\\\\evil.com",
            "https://a.vn\\@evil.com", "/a\\b", "https:/\\evil.com"}) {
            refused(bad, SafeLink.Reason.BACKSLASH);
        }
    }

    @Test
    void refusesControlCharactersAndWhitespaceInside() {
        for (String bad : new String[] {"java\tscript:alert(1)", "/a\nb", "/a\rb", "/a b", "https://a.vn/a b",
            "/\u0000", "\u0000/x", "/x\u0000", "\u0001/x", "/\u001f", "/\u007f", "/\u0085", "/\u00a0x",
            "/x\u200b", "/\u202eexe.gpj", "/\ufeffx", "/x\u2028", "/x\u3000", "https://a.vn/\u200d",
            "/\ue000", "/\ud800", "/x\udc00", "/\u0378", "\u00a0/x", "\u2003https://a.vn/", "/x\u000b", "/x\f"}) {
            refused(bad, SafeLink.Reason.CONTROL);
        }
    }

    @Test
    void refusesQuotesAndAngleBrackets() {
        for (String bad : new String[] {"/\"onmouseover=alert(1)", "https://a.vn/<script>", "/a>b", "/`x`"}) {
            refused(bad, SafeLink.Reason.CHARACTER);
        }
    }

    @Test
    void refusesPercentTricks() {
        for (String bad : new String[] {"/%2F%2Fevil.com", "/%2f/evil.com", "/%5Cevil.com", "/%5cevil.com",
            "https://a.vn/%5C", "/x%00", "https://a.vn/%0A", "/%0d%0aSet-Cookie:x=1", "/%1F", "/%7F",
            "/%252F%252Fevil.com", "https://a.vn/%25", "/%", "/%2", "/%zz", "https://a.vn/%G1", "/%%", "/%\u0661\u0661",
            "/tin-tuc/%2F", "http://evil.com%00.a.vn/"}) {
            refused(bad, SafeLink.Reason.ENCODING);
        }
        accepted("https://a.vn/?next=%2F%2Fb", SafeLink.Kind.ABSOLUTE, "https://a.vn/?next=%2F%2Fb");
        accepted("/a%20b", SafeLink.Kind.SITE_PATH, "/a%20b");
    }

    @Test
    void refusesUserInfoBadHostsAndPorts() {
        for (String bad : new String[] {"http://a@b", "https://chinhphu.vn@evil.com/", "https://user:pw@a.vn/",
            "https://@a.vn", "https://a.vn:80@evil.com", "https://a.vn%2F@evil"}) {
            refused(bad, SafeLink.Reason.USER_INFO);
        }
        for (String bad : new String[] {"https://", "https:///x", "https://?x", "https://-a.vn/", "https://a-.vn",
            "https://a..vn", "https://.a.vn", "https://a_b.vn/", "https://hồchíminh.vn/", "https://[::1]/",
            "https://a.vn;x/", "https://" + "a".repeat(64) + ".vn", "https://a.vn..",
            "https://a.vn'/"}) {
            refused(bad, SafeLink.Reason.HOST);
        }
        for (String bad : new String[] {"https://a.vn:", "https://a.vn:65536/", "https://a.vn:123456/",
            "https://a.vn:8a/", "https://a.vn:-1/", "https://a.vn:80:80/"}) {
            refused(bad, SafeLink.Reason.PORT);
        }
    }

    @Test
    void refusesEmptyAndOverlongValues() {
        refused(null, SafeLink.Reason.EMPTY);
        refused("", SafeLink.Reason.EMPTY);
        refused(" \t\r\n ", SafeLink.Reason.EMPTY);
        String longest = "/" + "a".repeat(SafeLink.MAX_LENGTH - 1);
        accepted(longest, SafeLink.Kind.SITE_PATH, longest);
        refused(longest + "a", SafeLink.Reason.TOO_LONG);
        // many escapes and alternations: the schema rule must not overflow the stack
        accepted("/" + "%41a".repeat(499), SafeLink.Kind.SITE_PATH, "/" + "%41a".repeat(499));
        accepted("https://a.vn/" + "%41".repeat(660), SafeLink.Kind.ABSOLUTE, "https://a.vn/" + "%41".repeat(660));
        refused(" " + longest, SafeLink.Reason.TOO_LONG);
        refused("https://a.vn/" + "x".repeat(5000), SafeLink.Reason.TOO_LONG);
    }

    @Test
    void messageKeysNameTheReason() {
        assertEquals("link.error.protocolRelative", SafeLink.check("//x").messageKey());
        assertEquals("link.error.userInfo", SafeLink.check("http://a@b").messageKey());
        assertEquals("link.error.scheme", SafeLink.check("javascript:x").messageKey());
    }

    /**
     * The schema rule and the class agree on every value: tricky pieces glued together at random, many times over.
     */
    @Test
    void theSchemaRuleAcceptsExactlyWhatTheClassAccepts() {
        String[] pieces = {"/", "//", "\\", "http://", "https://", "HtTp://", "javascript:", "data:", "a", "vn", ".",
            "-", ":", "80", "65536", "@", "?", "#", "%", "%2F", "%2f", "%5C", "%00", "%0A", "%25", "%41", "%zz", " ",
            "\t", "\n", "\u0000", "\u00a0", "\u200b", "\u202e", "\ud800", "\udc00", "\ud83d\ude00", "ồ", "\"", "<", "`",
            "'", "x", "evil.com", "&", "=", "+", "~", "[", "]", "\u0378", "\ue000"};
        Random random = new Random(20260101);
        Map<String, Boolean> disagreements = new LinkedHashMap<>();
        int accepted = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder value = new StringBuilder();
            int n = 1 + random.nextInt(8);
            for (int j = 0; j < n; j++) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String v = value.toString();
            boolean byClass = SafeLink.check(v).isSafe();
            accepted += byClass ? 1 : 0;
            if (byClass != RULE.matcher(v).matches() && disagreements.size() < 20) {
                disagreements.put(v, byClass);
            }
        }
        assertEquals(Map.of(), disagreements);
        assertTrue(accepted > 1000, "the fuzz also produces accepted values: " + accepted);
    }
}
