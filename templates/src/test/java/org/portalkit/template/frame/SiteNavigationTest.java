package org.portalkit.template.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteNavigationTest {

    @Test
    void theFirstLevelFolderOfAPath() {
        assertEquals("/en/", SiteNavigation.firstLevelFolder("/en/about/index.html"));
        assertEquals("/tin-tuc/", SiteNavigation.firstLevelFolder("/tin-tuc/hoi-nghi"));
        assertNull(SiteNavigation.firstLevelFolder("/index.html"));
        assertNull(SiteNavigation.firstLevelFolder("relative/path"));
        assertNull(SiteNavigation.firstLevelFolder(null));
    }

    @Test
    void indexPagesEndTheBreadcrumbAtTheirFolder() {
        assertTrue(SiteNavigation.isIndexPage("/tin-tuc/"));
        assertTrue(SiteNavigation.isIndexPage("/tin-tuc/index.html"));
        assertFalse(SiteNavigation.isIndexPage("/tin-tuc/hoi-nghi-so-ket"));
    }

    @Test
    void localesCompareByTagWhateverTheSeparator() {
        assertTrue(SiteNavigation.same("en", "EN"));
        assertTrue(SiteNavigation.same("vi_VN", "vi-VN"));
        assertFalse(SiteNavigation.same("en", "vi"));
    }
}
