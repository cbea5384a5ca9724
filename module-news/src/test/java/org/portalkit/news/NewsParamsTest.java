package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsParamsTest {

    @Test
    void countsAreCapped() {
        assertEquals(10, NewsParams.count(null, 10, 50));
        assertEquals(10, NewsParams.count(" ", 10, 50));
        assertEquals(5, NewsParams.count("5", 10, 50));
        assertEquals(50, NewsParams.count("51", 10, 50));
        assertEquals(50, NewsParams.count("999999999999999999", 10, 50));
        assertEquals(1, NewsParams.count("0", 10, 50));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1e3", "5;drop", "9999999999999999999", "1 0"})
    void countsMustBeWholeNumbers(String raw) {
        NewsParams.BadParameter e = assertThrows(NewsParams.BadParameter.class, () -> NewsParams.count(raw, 10, 50));
        assertEquals("news.error.count", e.getMessageKey());
    }

    @Test
    void categoriesGetATrailingSlash() {
        assertEquals("tin-hoat-dong/", NewsParams.category("tin-hoat-dong"));
        assertEquals("chu-de/lao_dong/", NewsParams.category("/chu-de/lao_dong/"));
        assertNull(NewsParams.category(null));
        assertNull(NewsParams.category(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tin", "a b", "a\"b", "a:b", "*", "a/../b", "a//b", "/", "tin-hoạt-động", "x)OR(y"})
    void categoriesOutsideTheAllowListAreRefused(String raw) {
        NewsParams.BadParameter e = assertThrows(NewsParams.BadParameter.class, () -> NewsParams.category(raw));
        assertEquals("news.error.category", e.getMessageKey());
    }

    @Test
    void foldersAreRootPathsInsideTheSite() {
        assertEquals("/sites/default/tin-tuc/", NewsParams.folder("/tin-tuc", "/sites/default"));
        assertEquals("/sites/default/tin-tuc/2020/", NewsParams.folder("/tin-tuc/2020/", "/sites/default/"));
        assertEquals("/sites/default/", NewsParams.folder("/", "/sites/default"));
        assertNull(NewsParams.folder(null, "/sites/default"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tin-tuc", "/../system/", "/tin-tuc/../../", "/./", "//evil", "/a b/", "/a\"b/",
        "/%2e%2e/", "/tin-tuc\\x", "http://evil.example/"})
    void foldersOutsideTheSiteAreRefused(String raw) {
        NewsParams.BadParameter e = assertThrows(NewsParams.BadParameter.class,
            () -> NewsParams.folder(raw, "/sites/default"));
        assertEquals("news.error.folder", e.getMessageKey());
    }

    @Test
    void theRootSiteHasNoFolders() {
        assertThrows(NewsParams.BadParameter.class, () -> NewsParams.folder("/system/", ""));
    }

    @Test
    void idsAreUuids() {
        assertEquals("60970dbd-eb4c-11f1-b81e-0f5d1783e4b8",
            NewsParams.structureId(" 60970DBD-EB4C-11F1-B81E-0F5D1783E4B8 "));
        for (String bad : new String[] {null, "", "x", "60970dbd-eb4c-11f1-b81e-0f5d1783e4b", "../../etc/passwd",
            "60970dbd-eb4c-11f1-b81e-0f5d1783e4b8;x"}) {
            assertThrows(NewsParams.BadParameter.class, () -> NewsParams.structureId(bad), String.valueOf(bad));
        }
    }
}
