package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackLinkTest {

    private static final String HOST = "sldtbxh.kontum.gov.vn";
    private static final String SELF = "/tin-tuc/hoi-nghi-so-ket";
    private static final String HOME = "/opencms/";

    private static String resolve(String referer) {
        return BackLink.resolve(referer, HOST, SELF, HOME);
    }

    @Test
    void aListPageOfTheSameHostIsTheTarget() {
        assertEquals("/tin-tuc/?page=2", resolve("https://sldtbxh.kontum.gov.vn/tin-tuc/?page=2"));
        assertEquals("/tin-tuc/", resolve("http://SLDTBXH.kontum.gov.vn:8080/tin-tuc/#top"));
        assertEquals("/", resolve("https://sldtbxh.kontum.gov.vn"));
        assertEquals("/t%C3%ACm-ki%E1%BA%BFm?q=h%E1%BB%99i", resolve(
            "https://sldtbxh.kontum.gov.vn/t%C3%ACm-ki%E1%BA%BFm?q=h%E1%BB%99i"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "",
        "https://evil.example/tin-tuc/",
        "https://sldtbxh.kontum.gov.vn.evil.example/",
        "https://evil.example@sldtbxh.kontum.gov.vn/",
        "https://sldtbxh.kontum.gov.vn@evil.example/",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/",
        "/tin-tuc/",
        "https://sldtbxh.kontum.gov.vn//evil.example/",
        "https://sldtbxh.kontum.gov.vn/a\\b",
        "https://sldtbxh.kontum.gov.vn/\"><script>alert(1)</script>",
        "https://sldtbxh.kontum.gov.vn/a b",
        "https://sldtbxh.kontum.gov.vn/tin-tuc/hoi-nghi-so-ket",
        "https://sldtbxh.kontum.gov.vn/system/modules/org.portalkit.news/elements/print.jsp?id=1",
        "https://sldtbxh.kontum.gov.vn/opencms/system/modules/org.portalkit.news/elements/feed.jsp",
        "ftp://sldtbxh.kontum.gov.vn/tin-tuc/",
        "not a url at all"})
    void everythingElseGoesHome(String referer) {
        assertEquals(HOME, resolve(referer));
    }

    @Test
    void theResultIsAlwaysServerRelative() {
        String result = resolve("https://sldtbxh.kontum.gov.vn/%2F%2Fevil.example/");
        assertEquals("/%2F%2Fevil.example/", result);
    }
}
