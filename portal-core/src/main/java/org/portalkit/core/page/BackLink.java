package org.portalkit.core.page;

import java.net.URI;
import java.net.URISyntaxException;

import javax.servlet.http.HttpServletRequest;

import org.portalkit.core.url.SiteUrls;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

/**
 * The target of the "Back" ("Quay Về") link of a content page (news, notices): the page the visitor came from when that is a page of
 * the same site, else the site's home page. "The same site" means that the origin (scheme, host and port) of the
 * {@code Referer} is one of the site's configured origins ({@link SiteOrigin}, from {@code opencms-sites.xml}); the
 * request's {@code Host} header plays no part, so a forged {@code Host} cannot make a foreign page count as one of the
 * site's. The result is always a server-relative path, so the link can never lead to another site, whatever the
 * browser sent as {@code Referer}.
 */
public final class BackLink {

    private BackLink() {
    }

    /**
     * {@link #resolve(String, SiteOrigin, String, String)} with the request's {@code Referer} and path. Only these two
     * are read: not {@code Host}, {@code getServerName()}, {@code X-Forwarded-*} or {@code Forwarded}.
     *
     * @param request  the request of the content page
     * @param site     the current site's configured origins
     * @param fallback the link to use when the {@code Referer} is no page of the site
     * @return a server-relative path with query, or {@code fallback}
     */
    public static String resolve(HttpServletRequest request, SiteOrigin site, String fallback) {
        return resolve(request.getHeader("Referer"), site, request.getRequestURI(), fallback);
    }

    /**
     * @param referer     the request's {@code Referer} header, may be {@code null}
     * @param site        the current site's configured origins ({@link SiteOrigin#current}), may be {@code null}
     * @param currentPath the path of the current request (going "back" to the page itself is pointless)
     * @param fallback    the link to use otherwise, normally the site root (e.g. {@code /opencms/})
     * @return a server-relative path with query, e.g. {@code /tin-tuc/?page=2}, or {@code fallback}
     */
    public static String resolve(String referer, SiteOrigin site, String currentPath, String fallback) {
        if (referer == null || referer.isEmpty() || referer.length() > 2000 || site == null
            || !site.contains(Origin.ofUrl(referer))) {
            return fallback;
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return fallback;
        }
        String scheme = uri.getScheme();
        if (scheme == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
            || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return fallback;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        if (!SiteUrls.isLocalPath(path) || path.equals(currentPath) || isModulePath(path)) {
            return fallback;
        }
        String query = uri.getRawQuery();
        String result = query == null ? path : path + "?" + query;
        return SiteUrls.isLocalPath(result) ? result : fallback;
    }

    /** Module resources (the print view, the beacon, feeds) are no place to go back to. */
    private static boolean isModulePath(String path) {
        return path.startsWith("/system/") || path.startsWith("/opencms/system/");
    }
}
