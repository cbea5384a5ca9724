package org.portalkit.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Absolute URLs for feeds, JSON-LD and social media tags, built on the server from the scheme, host and port of the
 * request (never from a request parameter), and checks for URLs that come from editors or browsers.
 */
public final class SiteUrls {

    /** A DNS name or an IPv4 address, or an IPv6 address in brackets. */
    private static final Pattern HOST = Pattern.compile(
        "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
            + "|\\[[0-9A-Fa-f:.]{2,45}\\]");

    /** Characters that never belong into a URL we write: whitespace, controls, quotes, angle brackets, backslash. */
    private static final Pattern UNSAFE = Pattern.compile("[\\s\\p{Cntrl}\"'<>\\\\`]");

    private SiteUrls() {
    }

    /**
     * The origin of a request, e.g. {@code https://so.example.gov.vn} or {@code http://127.0.0.1:8080}.
     *
     * @param scheme {@code http} or {@code https}
     * @param host   the host name the request was sent to
     * @param port   the port; the default port of the scheme is left out
     * @return the origin, or {@code null} if one of the parts is unusable
     */
    public static String origin(String scheme, String host, int port) {
        if (scheme == null || host == null) {
            return null;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        if (!("http".equals(s) || "https".equals(s)) || host.length() > 253 || !HOST.matcher(host).matches()
            || port < 0 || port > 65535) {
            return null;
        }
        boolean defaultPort = port == 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /**
     * Makes a link absolute.
     *
     * @param origin an origin from {@link #origin(String, String, int)}
     * @param link   a server-relative link ({@code /opencms/news/x.xml}) or an absolute {@code http(s)} URL
     * @return the absolute URL, or {@code null} for an empty or unusable link
     */
    public static String absolute(String origin, String link) {
        if (link == null || link.isEmpty() || UNSAFE.matcher(link).find()) {
            return null;
        }
        if (isHttpUrl(link)) {
            return link;
        }
        if (origin == null || !link.startsWith("/") || link.startsWith("//")) {
            return null;
        }
        return origin + link;
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
