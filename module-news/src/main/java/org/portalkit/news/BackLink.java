package org.portalkit.news;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The target of the "Back" ("Quay Về") link of a news page: the page the visitor came from when that is a page of
 * the same host, else the site's home page. The result is always a server-relative path, so the link can never
 * lead to another site, whatever the browser sent as {@code Referer}.
 */
public final class BackLink {

    private BackLink() {
    }

    /**
     * @param referer     the request's {@code Referer} header, may be {@code null}
     * @param host        the host name of the current request
     * @param currentPath the path of the current request (going "back" to the page itself is pointless)
     * @param fallback    the link to use otherwise, normally the site root (e.g. {@code /opencms/})
     * @return a server-relative path with query, e.g. {@code /tin-tuc/?page=2}, or {@code fallback}
     */
    public static String resolve(String referer, String host, String currentPath, String fallback) {
        if (referer == null || referer.isEmpty() || referer.length() > 2000 || host == null) {
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
            || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host) || uri.getRawUserInfo() != null) {
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
