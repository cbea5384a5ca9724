package org.portalkit.core.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;


/**
 * Absolute URLs for feeds, JSON-LD and social media tags, built on the server from the site's configured origin
 * ({@link SiteOrigin}, never from the request's {@code Host} or a request parameter), and checks for URLs that come
 * from editors or browsers.
 */
public final class SiteUrls {

    /** Characters that never belong into a URL we write: whitespace, controls, quotes, angle brackets, backslash. */
    static final Pattern UNSAFE = Pattern.compile("[\\s\\p{Cntrl}\"'<>\\\\`]");

    private SiteUrls() {
    }

    /**
     * Makes a link absolute.
     *
     * @param origin the site's origin ({@link SiteOrigin#primary()}), may be {@code null}
     * @param link   a server-relative link ({@code /opencms/news/x.xml}) or an absolute {@code http(s)} URL (OpenCms
     *               writes those for resources of other sites, from their configured server)
     * @return the absolute URL, or {@code null} for an empty or unusable link, or a server-relative one without an
     *         origin
     */
    public static String absolute(Origin origin, String link) {
        if (link == null || link.isEmpty() || UNSAFE.matcher(link).find()) {
            return null;
        }
        if (isHttpUrl(link)) {
            return link;
        }
        return origin == null ? null : origin.resolve(link);
    }

    /**
     * @param url a URL, e.g. an editor's "source" address
     * @return whether it is an absolute {@code http}/{@code https} URL with a host and without characters that would
     *         need encoding in HTML
     */
    public static boolean isHttpUrl(String url) {
        if (url == null || url.isEmpty() || url.length() > 2000 || UNSAFE.matcher(url).find()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * @param path a path from a request
     * @return whether it is a plain server-relative path: starts with one {@code /}, no scheme, no backslash, no
     *         whitespace or control characters, at most 2000 characters
     */
    public static boolean isLocalPath(String path) {
        return path != null && !path.isEmpty() && path.length() <= 2000 && path.charAt(0) == '/'
            && !path.startsWith("//") && !UNSAFE.matcher(path).find();
    }
}
