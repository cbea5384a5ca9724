package org.portalkit.core.url;

import java.util.Locale;
import java.util.Objects;

/**
 * Decides whether a link an editor typed (a banner's target, later the entries of link lists) may be written into
 * pages and used as a redirect target. Accepted are exactly:
 * <ul>
 * <li>an absolute {@code http://} or {@code https://} URL (scheme in any letter case) with a host name or IPv4
 * address of ASCII letters, digits, {@code -} and {@code .} (international names in their {@code xn--} form), an
 * optional port 0–65535, then nothing or {@code /}, {@code ?} or {@code #} and the rest; and</li>
 * <li>a path inside the site: one {@code /} not followed by a second one ({@code /tin-tuc/}, {@code /tim-kiem/?q=a}),
 * which OpenCms's link substitution turns into the link of the current site.</li>
 * </ul>
 * Refused, with a {@link Reason}: every other scheme ({@code javascript:}, {@code data:}, {@code vbscript:},
 * {@code ftp:}, {@code mailto:} …), relative links without a leading {@code /}, protocol-relative {@code //host}, a
 * backslash anywhere ({@code /\host}, {@code http:\\host}), control, format, private-use, unassigned and separator
 * characters anywhere (tabs, newlines, NUL, zero-width and bidirectional marks, non-breaking and ideographic
 * spaces), the quotes and brackets {@code " < > `}, user info ({@code http://good@evil}), a malformed percent escape
 * and escapes that decode to one of those tricks ({@code %00}–{@code %1F}, {@code %7F}, {@code %5C}, {@code %25}
 * for double encoding, and in site paths {@code %2F}, so {@code /%2F%2Fevil} cannot become {@code //evil}), and more
 * than {@value #MAX_LENGTH} characters. Spaces, tabs and line breaks before and after the link are trimmed; inside it
 * they are refused.
 *
 * <p>The same rule as a regular expression, for the validation rules of content schemas, is {@link #SCHEMA_REGEX}
 * (OpenCms applies it to the whole value); {@code SafeLinkTest} checks that both accept exactly the same values.
 * Pages and redirects check again with {@link #check(String)}, so content stored before a rule existed, or imported
 * without validation, is never written as a link when it is not safe.
 */
public final class SafeLink {

    /** Longest accepted value, in characters (Unicode code points), blanks around it included. */
    public static final int MAX_LENGTH = 2000;

    /** Why a link is refused. */
    public enum Reason {
        /** nothing but blanks */
        EMPTY,
        /** more than {@link SafeLink#MAX_LENGTH} characters */
        TOO_LONG,
        /** a control, format, private-use, unassigned or separator character (also whitespace) inside the link */
        CONTROL,
        /** a backslash */
        BACKSLASH,
        /** {@code " < > `} */
        CHARACTER,
        /** a malformed percent escape, or one that decodes to a refused character */
        ENCODING,
        /** {@code //host} */
        PROTOCOL_RELATIVE,
        /** neither {@code http(s)://} nor {@code /}: another scheme, or a relative link */
        SCHEME,
        /** user info before the host, {@code http://user@host} */
        USER_INFO,
        /** no host, or one that is not a plain ASCII host name or IPv4 address */
        HOST,
        /** a port that is no number from 0 to 65535 */
        PORT
    }

    /** What a link is when it is accepted. */
    public enum Kind {
        /** an absolute {@code http(s)} URL, used as it is */
        ABSOLUTE,
        /** a path inside the current site, for OpenCms's link substitution */
        SITE_PATH
    }

    private static final String BLANKS = "[ \\t\\r\\n]*";

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    private static final String PORT = "(?:[0-9]{1,4}|[0-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";

    /** Runs of plain characters or one escape; possessive, so that long values need no deep backtracking. */
    private static final String URL_CHAR = "(?:[^\\p{C}\\p{Z}\\\\\"<>`%]++|%(?![01]|7[Ff]|5[Cc]|25)[0-9A-Fa-f]{2})";

    private static final String PATH_CHAR = "(?:[^\\p{C}\\p{Z}\\\\\"<>`%]++|%(?![01]|7[Ff]|5[Cc]|25|2[Ff])[0-9A-Fa-f]{2})";

    /**
     * {@link #check(String)} as one regular expression (Java syntax, matched against the whole value, as OpenCms's
     * {@code <rule regex="…">} does): use it as the validation rule of link elements in content schemas.
     */
    public static final String SCHEMA_REGEX = "(?=[\\s\\S]{0," + MAX_LENGTH + "}\\z)" + BLANKS
        + "(?:[Hh][Tt][Tt][Pp][Ss]?://" + LABEL + "(?:\\." + LABEL + ")*\\.?(?::" + PORT + ")?(?:[/?#]" + URL_CHAR
        + "*+)?|/(?!/)" + PATH_CHAR + "*+)" + BLANKS;

    private final String link;
    private final Kind kind;
    private final Reason reason;

    private SafeLink(String link, Kind kind, Reason reason) {
        this.link = link;
        this.kind = kind;
        this.reason = reason;
    }

    /**
     * @param value what the editor entered, may be {@code null}
     * @return the verdict: {@link #isSafe()} with the trimmed {@link #link()} and its {@link #kind()}, or the
     *         {@link #reason()} it is refused for
     */
    public static SafeLink check(String value) {
        if (value == null) {
            return refused(Reason.EMPTY);
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            return refused(Reason.TOO_LONG);
        }
        String link = trim(value);
        if (link.isEmpty()) {
            return refused(Reason.EMPTY);
        }
        Reason characters = characters(link);
        if (characters != null) {
            return refused(characters);
        }
        if (link.charAt(0) == '/') {
            if (link.length() > 1 && link.charAt(1) == '/') {
                return refused(Reason.PROTOCOL_RELATIVE);
            }
            return escapes(link, true) ? new SafeLink(link, Kind.SITE_PATH, null) : refused(Reason.ENCODING);
        }
        int afterScheme;
        if (link.regionMatches(true, 0, "http://", 0, 7)) {
            afterScheme = 7;
        } else if (link.regionMatches(true, 0, "https://", 0, 8)) {
            afterScheme = 8;
        } else {
            return refused(Reason.SCHEME);
        }
        if (!escapes(link, false)) {
            return refused(Reason.ENCODING);
        }
        int end = afterScheme;
        while (end < link.length() && "/?#".indexOf(link.charAt(end)) < 0) {
            end++;
        }
        String authority = link.substring(afterScheme, end);
        if (authority.indexOf('@') >= 0) {
            return refused(Reason.USER_INFO);
        }
        int colon = authority.indexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        if (!isHost(host)) {
            return refused(Reason.HOST);
        }
        if (colon >= 0 && !isPort(authority.substring(colon + 1))) {
            return refused(Reason.PORT);
        }
        return new SafeLink(link, Kind.ABSOLUTE, null);
    }

    /** @return whether the link may be written into a page and redirected to */
    public boolean isSafe() {
        return reason == null;
    }

    /** @return the trimmed link if it is safe, else {@code null} */
    public String link() {
        return link;
    }

    /** @return what the link is if it is safe, else {@code null} */
    public Kind kind() {
        return kind;
    }

    /** @return why the link is refused, {@code null} if it is safe */
    public Reason reason() {
        return reason;
    }

    /** @return a key for messages and logs, e.g. {@code link.error.scheme}; {@code null} if the link is safe */
    public String messageKey() {
        return reason == null ? null : "link.error." + toCamel(reason.name());
    }

    @Override
    public String toString() {
        return isSafe() ? kind + " " + link : "refused " + reason;
    }

    private static SafeLink refused(Reason reason) {
        return new SafeLink(null, null, Objects.requireNonNull(reason));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** The first refused character's reason, or {@code null}. */
    private static Reason characters(String link) {
        for (int i = 0; i < link.length();) {
            int cp = link.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\\') {
                return Reason.BACKSLASH;
            }
            if (cp == '"' || cp == '<' || cp == '>' || cp == '`') {
                return Reason.CHARACTER;
            }
            switch (Character.getType(cp)) {
                case Character.CONTROL:
                case Character.FORMAT:
                case Character.SURROGATE:
                case Character.PRIVATE_USE:
                case Character.UNASSIGNED:
                case Character.SPACE_SEPARATOR:
                case Character.LINE_SEPARATOR:
                case Character.PARAGRAPH_SEPARATOR:
                    return Reason.CONTROL;
                default:
                    break;
            }
        }
        return null;
    }

    /** Whether every {@code %} starts an escape of two hex digits that decodes to an allowed byte. */
    private static boolean escapes(String link, boolean sitePath) {
        for (int i = link.indexOf('%'); i >= 0; i = link.indexOf('%', i + 1)) {
            if (i + 2 >= link.length() || !isAsciiHex(link.charAt(i + 1)) || !isAsciiHex(link.charAt(i + 2))) {
                return false;
            }
            int high = Character.digit(link.charAt(i + 1), 16);
            int low = Character.digit(link.charAt(i + 2), 16);
            int b = high * 16 + low;
            if (b < 0x20 || b == 0x7f || b == 0x5c || b == 0x25 || (sitePath && b == 0x2f)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isHost(String host) {
        if (host.isEmpty()) {
            return false;
        }
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (h.isEmpty()) {
            return false;
        }
        for (String label : h.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPort(String port) {
        if (port.isEmpty() || port.length() > 5) {
            return false;
        }
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(port) <= 65535;
    }

    private static String toCamel(String constant) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
