package org.portalkit.core.url;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web origin: scheme ({@code http} or {@code https}), host and port, in the normalised form browsers send in the
 * {@code Origin} header ({@code https://so.example.gov.vn}, {@code http://127.0.0.1:8080}, {@code http://[::1]:8080}).
 *
 * <p>Normalisation: scheme and host in lower case; the default port of the scheme (http 80, https 443) left out;
 * an IPv6 address in its shortest form (RFC 5952: lower-case hex, no leading zeros, the first longest run of zero
 * groups as {@code ::}, an embedded IPv4 part written as hex groups, as the WHATWG URL standard serialises it). Two
 * origins are equal exactly when their normalised forms are equal.
 *
 * <p>Only plain origins are accepted: no user info, no path beyond a single {@code /}, no query or fragment, no
 * whitespace, a DNS name or IPv4 address of ASCII letters, digits, {@code -} and {@code .} (at most 253
 * characters, no empty label, no trailing dot), or an IPv6 address in brackets without a zone id, and a port from 1
 * to 65535. Anything else (including the opaque origin {@code null} that browsers send for sandboxed or
 * privacy-sensitive contexts) is no origin.
 *
 * <p>Immutable and thread-safe.
 */
public final class Origin {

    private static final Pattern ORIGIN = Pattern.compile(
        "([A-Za-z][A-Za-z0-9+.-]*)://(\\[[0-9A-Fa-f:.]{2,45}\\]|[A-Za-z0-9.-]{1,253})(?::([0-9]{1,5}))?/?");

    private static final Pattern DNS_NAME = Pattern.compile(
        "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    /** Characters that never belong into a link made absolute: whitespace, controls, quotes, angle brackets, backslash. */

    private final String scheme;

    private final String host;

    private final int port;

    private final String serialized;

    private Origin(String scheme, String host, int port) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.serialized = scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
    }

    /**
     * Reads an origin, e.g. the value of an {@code Origin} header or a server URL of the OpenCms site configuration.
     *
     * @param text {@code scheme://host[:port]}, optionally with one trailing {@code /}
     * @return the origin, or {@code null} if the text is no plain {@code http}/{@code https} origin (see the class
     *         description)
     */
    public static Origin parse(String text) {
        if (text == null || text.length() > 300) {
            return null;
        }
        Matcher m = ORIGIN.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int port = -1;
        if (m.group(3) != null) {
            port = Integer.parseInt(m.group(3));
            if (port < 1 || port > 65535) {
                return null;
            }
        }
        return of(m.group(1), m.group(2), port);
    }

    /**
     * The origin of a URL, e.g. of a {@code Referer} header: {@code https://a.example/x?y} has the origin
     * {@code https://a.example}.
     *
     * @param url an absolute {@code http}/{@code https} URL
     * @return its origin, or {@code null} if the URL has none we accept (other scheme, user info, malformed authority)
     */
    public static Origin ofUrl(String url) {
        if (url == null || url.length() > 4000) {
            return null;
        }
        int authority = url.indexOf("://");
        if (authority < 0) {
            return null;
        }
        int end = url.length();
        for (int i = authority + 3; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return parse(url.substring(0, end));
    }

    /**
     * @param scheme {@code http} or {@code https}, any case
     * @param host   a DNS name, an IPv4 address or an IPv6 address in brackets
     * @param port   the port; {@code -1} or {@code 0} for the scheme's default port
     * @return the origin, or {@code null} if a part is unusable
     */
    public static Origin of(String scheme, String host, int port) {
        if (scheme == null || host == null || port < -1 || port > 65535) {
            return null;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        if (!"http".equals(s) && !"https".equals(s)) {
            return null;
        }
        String h;
        if (host.startsWith("[") && host.endsWith("]")) {
            h = Ipv6.normalize(host.substring(1, host.length() - 1));
            if (h == null) {
                return null;
            }
            h = "[" + h + "]";
        } else if (host.length() <= 253 && DNS_NAME.matcher(host).matches()) {
            h = host.toLowerCase(Locale.ROOT);
        } else {
            return null;
        }
        return new Origin(s, h, port <= 0 ? defaultPort(s) : port);
    }

    /** @return {@code http} or {@code https} */
    public String scheme() {
        return scheme;
    }

    /** @return the host in lower case; an IPv6 address in brackets, e.g. {@code [::1]} */
    public String host() {
        return host;
    }

    /** @return the port, also when it is the scheme's default (80, 443) */
    public int port() {
        return port;
    }

    /** @return whether the scheme is {@code https} */
    public boolean isSecure() {
        return "https".equals(scheme);
    }

    /**
     * Makes a server-relative link absolute on this origin.
     *
     * @param link a path starting with a single {@code /}, e.g. {@code /opencms/tin-tuc/a?x=1}
     * @return this origin followed by the link, or {@code null} for anything else (empty, relative, scheme-relative
     *         {@code //host}, absolute, or containing whitespace, controls, quotes, angle brackets or backslashes)
     */
    public String resolve(String link) {
        if (link == null || link.isEmpty() || link.length() > 4000 || link.charAt(0) != '/' || link.startsWith("//")
            || SiteUrls.UNSAFE.matcher(link).find()) {
            return null;
        }
        return serialized + link;
    }

    /** @return the normalised origin, e.g. {@code https://so.example.gov.vn} or {@code http://127.0.0.1:8080} */
    @Override
    public String toString() {
        return serialized;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Origin && ((Origin)other).serialized.equals(serialized);
    }

    @Override
    public int hashCode() {
        return serialized.hashCode();
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    /** IPv6 address text to the canonical form of RFC 5952. */
    static final class Ipv6 {

        private static final Pattern GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

        private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

        private Ipv6() {
        }

        /**
         * @param text an IPv6 address without brackets
         * @return its canonical form, or {@code null} if it is no IPv6 address (zone ids are refused)
         */
        static String normalize(String text) {
            int[] groups = parse(text);
            if (groups == null) {
                return null;
            }
            // the first longest run of at least two zero groups becomes "::"
            int bestStart = -1;
            int bestLength = 1;
            for (int i = 0; i < 8;) {
                if (groups[i] != 0) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < 8 && groups[j] == 0) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == bestStart) {
                    out.append("::");
                    i += bestLength - 1;
                    continue;
                }
                if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                    out.append(':');
                }
                out.append(Integer.toHexString(groups[i]));
            }
            return out.toString();
        }

        private static int[] parse(String text) {
            if (text.isEmpty() || text.length() > 45) {
                return null;
            }
            String head = text;
            String tail = null;
            int compressed = text.indexOf("::");
            if (compressed >= 0) {
                if (text.indexOf("::", compressed + 1) >= 0) {
                    return null;
                }
                head = text.substring(0, compressed);
                tail = text.substring(compressed + 2);
            }
            int[] first = groups(head, tail == null);
            int[] last = tail == null ? new int[0] : groups(tail, true);
            if (first == null || last == null) {
                return null;
            }
            int total = first.length + last.length;
            if (tail == null ? total != 8 : total > 7) {
                return null;
            }
            int[] result = new int[8];
            System.arraycopy(first, 0, result, 0, first.length);
            System.arraycopy(last, 0, result, 8 - last.length, last.length);
            return result;
        }

        /** Groups of one side of "::"; the IPv4 form is allowed at the end of the address only. */
        private static int[] groups(String part, boolean atEnd) {
            if (part.isEmpty()) {
                return new int[0];
            }
            String[] pieces = part.split(":", -1);
            int[] out = new int[pieces.length + 1];
            int n = 0;
            for (int i = 0; i < pieces.length; i++) {
                String piece = pieces[i];
                if (GROUP.matcher(piece).matches()) {
                    out[n++] = Integer.parseInt(piece, 16);
                } else if (atEnd && i == pieces.length - 1 && IPV4.matcher(piece).matches()) {
                    String[] bytes = piece.split("\\.");
                    out[n++] = Integer.parseInt(bytes[0]) << 8 | Integer.parseInt(bytes[1]);
                    out[n++] = Integer.parseInt(bytes[2]) << 8 | Integer.parseInt(bytes[3]);
                } else {
                    return null;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
    }
}
