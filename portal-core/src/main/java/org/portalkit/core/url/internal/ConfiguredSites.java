package org.portalkit.core.url.internal;

import java.util.ArrayList;
import java.util.List;

import org.opencms.site.CmsSSLMode;
import org.opencms.site.CmsSite;
import org.opencms.site.CmsSiteManagerImpl;
import org.opencms.site.CmsSiteMatcher;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

/**
 * Reads a {@link SiteOrigin} from OpenCms's site configuration (see {@link SiteOrigin} for the rules).
 */
public final class ConfiguredSites {

    private ConfiguredSites() {
    }

    /**
     * @param manager  OpenCms's site manager, may be {@code null} (OpenCms not running: no origins)
     * @param siteRoot a site root such as {@code /sites/default}, {@code ""} or {@code /} for the root site
     * @return the site's origins; the site is found the way {@code CmsSiteManagerImpl.getCurrentSite} finds it (the
     *         configured site of that root, else the default site)
     */
    public static SiteOrigin forSiteRoot(CmsSiteManagerImpl manager, String siteRoot) {
        if (manager == null) {
            return SiteOrigin.of(null, List.of());
        }
        String root = siteRoot == null ? "" : siteRoot;
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        CmsSite site = root.isEmpty() ? null : manager.getSiteForSiteRoot(root);
        if (site == null) {
            site = manager.getDefaultSite();
        }
        return of(site, manager.getWorkplaceServer());
    }

    /**
     * @param site            a configured site, may be {@code null}
     * @param workplaceServer the configured workplace server URL, may be {@code null}
     * @return the site's origins: primary = the secure server in SSL mode {@code secure-server}, else the site's
     *         server, else the workplace server; further ones = site server, secure server, aliases
     */
    public static SiteOrigin of(CmsSite site, String workplaceServer) {
        Origin server = null;
        Origin secure = null;
        List<Origin> others = new ArrayList<>();
        if (site != null) {
            server = origin(site.getSiteMatcher());
            if (site.hasSecureServer()) {
                secure = origin(site.getSecureServer());
            }
            others.add(server);
            others.add(secure);
            if (site.getAliases() != null) {
                for (CmsSiteMatcher alias : site.getAliases()) {
                    others.add(origin(alias));
                }
            }
        }
        Origin primary;
        if (secure != null && secure.isSecure() && site.getSSLMode() == CmsSSLMode.SECURE_SERVER) {
            primary = secure;
        } else if (server != null) {
            primary = server;
        } else {
            primary = Origin.parse(workplaceServer == null ? null : workplaceServer.strip());
        }
        return SiteOrigin.of(primary, others);
    }

    private static Origin origin(CmsSiteMatcher matcher) {
        if (matcher == null) {
            return null;
        }
        // the matcher's URL never names the default port; the wildcard matcher ("*") gives no origin
        return Origin.parse(matcher.getUrl());
    }
}
