package org.portalkit.core.list.internal;

/**
 * Character checks for values that end up in Solr queries. Each check is a plain loop over the characters (no
 * regular expression, so no backtracking on hostile input) with a length cap checked first.
 */
public final class Values {

    /** Longest folder or category path accepted. */
    public static final int MAX_PATH_LENGTH = 200;

    /** Longest type or field name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    private Values() {
    }

    /**
     * @param value a resource type or Solr field name
     * @return whether it is 1..{@value #MAX_NAME_LENGTH} characters of {@code a-z A-Z 0-9 _ -}
     */
    public static boolean isName(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(isLowerOrDigit(c) || (c >= 'A' && c <= 'Z') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param value a folder's root path
     * @return whether it starts and ends with {@code /}, has at most {@value #MAX_PATH_LENGTH} characters of
     *         {@code a-z 0-9 . _ - /} and no empty, {@code .} or {@code ..} segment
     */
    public static boolean isFolderPath(String value) {
        if (value == null || value.length() > MAX_PATH_LENGTH || !value.startsWith("/") || !value.endsWith("/")) {
            return false;
        }
        if ("/".equals(value)) {
            return true;
        }
        return segments(value.substring(1, value.length() - 1), true, Integer.MAX_VALUE) > 0;
    }

    /**
     * @param value    a category path relative to the categories folder, with a trailing slash, e.g. {@code lao-dong/}
     * @param maxDepth most segments allowed
     * @return whether it has at most {@value #MAX_PATH_LENGTH} characters of {@code a-z 0-9 _ -} in 1..maxDepth
     *         non-empty segments, each followed by {@code /}
     */
    public static boolean isCategoryPath(String value, int maxDepth) {
        if (value == null || value.length() < 2 || value.length() > MAX_PATH_LENGTH || !value.endsWith("/")) {
            return false;
        }
        return segments(value.substring(0, value.length() - 1), false, maxDepth) > 0;
    }

    /**
     * Counts the {@code /}-separated segments of a path without leading and trailing slash.
     *
     * @return the number of segments, or -1 if a segment is empty, {@code .}/{@code ..}, too many, or has another
     *         character
     */
    private static int segments(String inner, boolean dots, int maxDepth) {
        int count = 1;
        int segmentStart = 0;
        for (int i = 0; i <= inner.length(); i++) {
            char c = i < inner.length() ? inner.charAt(i) : '/';
            if (c == '/') {
                String segment = inner.substring(segmentStart, i);
                if (segment.isEmpty() || ".".equals(segment) || "..".equals(segment)) {
                    return -1;
                }
                if (i < inner.length()) {
                    count++;
                    if (count > maxDepth) {
                        return -1;
                    }
                }
                segmentStart = i + 1;
            } else if (!(isLowerOrDigit(c) || c == '_' || c == '-' || (dots && c == '.'))) {
                return -1;
            }
        }
        return count;
    }

    /**
     * @param value a value
     * @return whether it is a UUID in its canonical form ({@code 8-4-4-4-12} lower- or upper-case hex digits)
     */
    public static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (dash ? c != '-' : !hex) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param value text
     * @param maxLength most characters
     * @return whether it has 1..maxLength characters, all ASCII digits
     */
    public static boolean isDigits(String value, int maxLength) {
        return org.portalkit.core.text.AsciiNumbers.isDigits(value, maxLength);
    }

    /**
     * Escapes a value for a quoted Solr phrase ({@code field:"value"}): backslash and double quote.
     *
     * @param value a checked value
     * @return the escaped value, without the quotes
     */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Escapes every character that has a meaning in the Lucene/Solr query syntax, so that the value can stand
     * unquoted (e.g. before a {@code *} of a prefix query).
     *
     * @param value a checked value
     * @return the escaped value
     */
    public static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(isLowerOrDigit(c) || (c >= 'A' && c <= 'Z') || c == '_' || c == '.')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * @param value any text, possibly hostile
     * @return the value shortened to 60 characters with control characters replaced, for exception messages
     */
    public static String shown(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && i < 60; i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return value.length() > 60 ? out + "..." : out.toString();
    }

    private static boolean isLowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
