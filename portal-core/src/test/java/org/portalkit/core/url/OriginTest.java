package org.portalkit.core.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://sldtbxh.kontum.gov.vn,           https://sldtbxh.kontum.gov.vn",
        "HTTPS://SLDTBXH.Kontum.Gov.VN,           https://sldtbxh.kontum.gov.vn",
        "https://sldtbxh.kontum.gov.vn:443,       https://sldtbxh.kontum.gov.vn",
        "https://sldtbxh.kontum.gov.vn/,          https://sldtbxh.kontum.gov.vn",
        "https://sldtbxh.kontum.gov.vn:443/,      https://sldtbxh.kontum.gov.vn",
        "http://127.0.0.1:8080,                   http://127.0.0.1:8080",
        "Http://127.0.0.1:8080/,                  http://127.0.0.1:8080",
        "http://localhost:80,                     http://localhost",
        "http://localhost:443,                    http://localhost:443",
        "https://localhost:80,                    https://localhost:80",
        "http://portal.example:08080,             http://portal.example:8080",
        "http://[::1]:8080,                       http://[::1]:8080",
        "http://[0:0:0:0:0:0:0:1]:8080,           http://[::1]:8080",
        "https://[2001:DB8:0:0:1:0:0:1]:443,      https://[2001:db8::1:0:0:1]",
        "https://[2001:0db8:0000:0000:0000:0000:0000:0001], https://[2001:db8::1]",
        "http://[2001:db8:0:1:1:1:1:1],           http://[2001:db8:0:1:1:1:1:1]",
        "http://[::ffff:192.0.2.1],               http://[::ffff:c000:201]",
        "http://[::],                             http://[::]",
        "http://[1::],                            http://[1::]"})
    void originsAreNormalised(String text, String normalised) {
        Origin origin = Origin.parse(text);
        assertEquals(normalised, String.valueOf(origin));
        assertEquals(origin, Origin.parse(normalised), "the normal form reads back as the same origin");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "null", "file://", "ftp://example.org", "javascript:alert(1)", "example.org",
        "127.0.0.1:8080", "//example.org", "http://", "http:///", "http://:8080", "http://example.org:",
        "http://example.org:0", "http://example.org:65536", "http://example.org:99999", "http://example.org:-1",
        "http://example.org:8o80", "http://example.org/path", "http://example.org//", "http://example.org?x",
        "http://example.org#x", "http://user@example.org", "http://user:pw@example.org", "http://example.org\\",
        " http://example.org", "http://example.org ", "http://exa mple.org", "http://example.org.",
        "http://.example.org", "http://exa..mple.org", "http://-bad-.example", "http://bad_host.example",
        "http://\"><script>", "http://example.org\r\nSet-Cookie: x", "http://example.org, http://evil.example",
        "http://[::1", "http://::1", "http://[::1]]", "http://[:::1]", "http://[1::2::3]", "http://[1:2:3:4:5:6:7:8:9]",
        "http://[1:2:3:4:5:6:7::8]", "http://[::1%25eth0]", "http://[fe80::1%eth0]", "http://[12345::1]",
        "http://[::256.0.0.1]", "http://[::1.2.3]", "http://[1.2.3.4::]", "http://xn--bcher-kva.example\u00e4",
        "http://sở.gov.vn"})
    void anythingElseIsNoOrigin(String text) {
        assertNull(Origin.parse(text), String.valueOf(text));
    }

    @Test
    void aHostOfMoreThan253CharactersIsNoOrigin() {
        String label = "a".repeat(63);
        String host253 = label + "." + label + "." + label + "." + "a".repeat(61);
        assertEquals(253, host253.length());
        assertEquals("http://" + host253, String.valueOf(Origin.parse("http://" + host253)));
        assertNull(Origin.parse("http://" + host253 + "a"));
        assertNull(Origin.parse("http://" + "a".repeat(64) + ".example"), "a label of more than 63 characters");
    }

    @Test
    void equalityIsExactAfterNormalisation() {
        Origin site = Origin.parse("http://127.0.0.1:8080");
        assertEquals(site, Origin.parse("HTTP://127.0.0.1:8080/"));
        assertEquals(site.hashCode(), Origin.parse("HTTP://127.0.0.1:8080/").hashCode());
        assertNotEquals(site, Origin.parse("https://127.0.0.1:8080"), "scheme");
        assertNotEquals(site, Origin.parse("http://127.0.0.1:8081"), "port");
        assertNotEquals(site, Origin.parse("http://127.0.0.1"), "default port");
        assertNotEquals(site, Origin.parse("http://localhost:8080"), "host");
        assertNotEquals(Origin.parse("http://example.org"), Origin.parse("https://example.org"));
        assertEquals(Origin.parse("http://example.org"), Origin.parse("http://example.org:80"));
        assertEquals(Origin.parse("https://example.org"), Origin.parse("https://example.org:443"));
        assertNotEquals(Origin.parse("https://example.org"), Origin.parse("https://example.org:80"));
    }

    @Test
    void partsAreReadable() {
        Origin origin = Origin.parse("HTTPS://So.Example.gov.vn");
        assertEquals("https", origin.scheme());
        assertEquals("so.example.gov.vn", origin.host());
        assertEquals(443, origin.port());
        assertTrue(origin.isSecure());
        Origin local = Origin.parse("http://[::1]:8080");
        assertEquals("[::1]", local.host());
        assertEquals(8080, local.port());
        assertFalse(local.isSecure());
        assertEquals(80, Origin.parse("http://example.org").port());
    }

    @Test
    void originsAreBuiltFromParts() {
        assertEquals("https://sldtbxh.kontum.gov.vn", String.valueOf(Origin.of("https", "SLDTBXH.kontum.gov.vn", 443)));
        assertEquals("http://127.0.0.1:8080", String.valueOf(Origin.of("HTTP", "127.0.0.1", 8080)));
        assertEquals("http://[::1]:8080", String.valueOf(Origin.of("http", "[::1]", 8080)));
        assertEquals("http://localhost", String.valueOf(Origin.of("http", "localhost", 80)));
        assertEquals("http://localhost", String.valueOf(Origin.of("http", "localhost", -1)));
        assertNull(Origin.of("ftp", "example.org", 21));
        assertNull(Origin.of("http", "evil.example/x", 80));
        assertNull(Origin.of("http", "a b", 80));
        assertNull(Origin.of("http", "\"><script>", 80));
        assertNull(Origin.of("http", "-bad-.example", 80));
        assertNull(Origin.of("http", null, 80));
        assertNull(Origin.of(null, "example.org", 80));
        assertNull(Origin.of("http", "example.org", 70000));
        assertNull(Origin.of("http", "::1", 80), "an IPv6 address needs its brackets");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://sldtbxh.kontum.gov.vn/tin-tuc/a?page=2#top, https://sldtbxh.kontum.gov.vn",
        "http://127.0.0.1:8080,                              http://127.0.0.1:8080",
        "http://127.0.0.1:8080?x=1,                          http://127.0.0.1:8080",
        "HTTP://LOCALHOST:8080/tin-tuc/,                     http://localhost:8080",
        "http://[::1]:8080/x,                                http://[::1]:8080",
        "https://example.org:443/x,                          https://example.org"})
    void theOriginOfAUrl(String url, String origin) {
        assertEquals(origin, String.valueOf(Origin.ofUrl(url)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "/tin-tuc/", "//evil.example/x", "ftp://example.org/x", "http://user@example.org/x",
        "android-app://com.example/", "http://example.org:x/", "about:blank", "null"})
    void urlsWithoutAnOriginWeAccept(String url) {
        assertNull(Origin.ofUrl(url), String.valueOf(url));
    }

    @Test
    void onlyPlainServerRelativeLinksAreResolved() {
        Origin origin = Origin.parse("https://so.example.gov.vn");
        assertEquals("https://so.example.gov.vn/opencms/tin-tuc/a?x=1", origin.resolve("/opencms/tin-tuc/a?x=1"));
        assertEquals("https://so.example.gov.vn/", origin.resolve("/"));
        assertEquals("http://127.0.0.1:8080/x", Origin.parse("http://127.0.0.1:8080/").resolve("/x"));
        assertNull(origin.resolve("//evil.example/x"));
        assertNull(origin.resolve("https://evil.example/x"));
        assertNull(origin.resolve("javascript:alert(1)"));
        assertNull(origin.resolve("relative/path"));
        assertNull(origin.resolve("/a\"b"));
        assertNull(origin.resolve("/a b"));
        assertNull(origin.resolve("/a\\b"));
        assertNull(origin.resolve("/a\nb"));
        assertNull(origin.resolve(""));
        assertNull(origin.resolve(null));
    }
}
