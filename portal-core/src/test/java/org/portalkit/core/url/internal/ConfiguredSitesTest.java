package org.portalkit.core.url.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencms.site.CmsSSLMode;
import org.opencms.site.CmsSite;
import org.opencms.site.CmsSiteMatcher;
import org.opencms.util.CmsUUID;
import org.portalkit.core.url.SiteOrigin;

/** The origins of real OpenCms site objects, built the way OpenCms builds them from opencms-sites.xml. */
class ConfiguredSitesTest {

    private static final String WORKPLACE = "http://127.0.0.1:8080";

    @Test
    void theDemoSiteIsItsServerWithItsAlias() {
        SiteOrigin origin = ConfiguredSites.of(site("http://127.0.0.1:8080", null, CmsSSLMode.NO, "http://localhost:8080"), WORKPLACE);
        assertEquals("http://127.0.0.1:8080", origin.primary().toString());
        assertEquals("[http://127.0.0.1:8080, http://localhost:8080]", origin.origins().toString());
    }

    @Test
    void aPublicServerBehindAProxyIsTakenAsConfigured() {
        SiteOrigin origin = ConfiguredSites.of(site("https://Portal.Example.gov.vn:443/", null, CmsSSLMode.MANUAL_EP_TERMINATION), WORKPLACE);
        assertEquals("https://portal.example.gov.vn", origin.primary().toString());
        assertEquals(List.of(origin.primary()), origin.origins());
    }

    @Test
    void theSecureServerIsPreferredInSecureServerMode() {
        SiteOrigin origin = ConfiguredSites.of(
            site("http://portal.example.gov.vn", "https://portal.example.gov.vn", CmsSSLMode.SECURE_SERVER, "http://www.portal.example.gov.vn"), WORKPLACE);
        assertEquals("https://portal.example.gov.vn", origin.primary().toString());
        assertEquals("[https://portal.example.gov.vn, http://portal.example.gov.vn, http://www.portal.example.gov.vn]",
            origin.origins().toString());
    }

    @Test
    void aSecureServerIsOnlyAnotherOriginInOtherModes() {
        SiteOrigin origin = ConfiguredSites.of(
            site("http://portal.example.gov.vn", "https://portal.example.gov.vn", CmsSSLMode.NO), WORKPLACE);
        assertEquals("http://portal.example.gov.vn", origin.primary().toString());
        assertEquals("[http://portal.example.gov.vn, https://portal.example.gov.vn]", origin.origins().toString());
        SiteOrigin plain = ConfiguredSites.of(
            site("http://portal.example.gov.vn", "http://secure.example.gov.vn", CmsSSLMode.SECURE_SERVER), WORKPLACE);
        assertEquals("http://portal.example.gov.vn", plain.primary().toString(), "a 'secure' server without https");
    }

    @Test
    void theDefaultSiteFallsBackToTheWorkplaceServer() {
        CmsSite defaultSite = new CmsSite("/sites/default", CmsSiteMatcher.DEFAULT_MATCHER);
        SiteOrigin origin = ConfiguredSites.of(defaultSite, " https://cms.example.gov.vn/ ");
        assertEquals("https://cms.example.gov.vn", origin.primary().toString());
        assertEquals(List.of(origin.primary()), origin.origins());
        assertEquals("http://127.0.0.1:8080", ConfiguredSites.of(null, WORKPLACE).primary().toString());
    }

    @Test
    void withoutAnyUsableAddressThereIsNoOrigin() {
        SiteOrigin origin = ConfiguredSites.of(new CmsSite("/sites/default", CmsSiteMatcher.DEFAULT_MATCHER), null);
        assertNull(origin.primary());
        assertEquals(List.of(), origin.origins());
        assertNull(ConfiguredSites.of(null, "*").primary());
        assertNull(ConfiguredSites.forSiteRoot(null, "/sites/default").primary(), "OpenCms not running");
    }

    private static CmsSite site(String server, String secure, CmsSSLMode mode, String... aliases) {
        List<CmsSiteMatcher> aliasMatchers = new java.util.ArrayList<>();
        for (String alias : aliases) {
            aliasMatchers.add(new CmsSiteMatcher(alias));
        }
        CmsSite site = new CmsSite("/sites/default", CmsUUID.getNullUUID(), "PortalKit", new CmsSiteMatcher(server), "1",
            null, secure == null ? null : new CmsSiteMatcher(secure), false, false, false, aliasMatchers);
        site.setSSLMode(mode);
        return site;
    }
}
