package org.portalkit.news;

import java.util.Locale;

/**
 * Parses and checks the request parameters of the news elements. Nothing from a request reaches a query, a path or
 * a page unchecked: numbers are capped, categories and folders must match allow-lists, ids must be UUIDs. A bad
 * value raises {@link BadParameter}, whose {@link BadParameter#getMessageKey() message key} names the text to show.
 *
 * <p>Every check looks at the length first and then walks the value once, character by character: no regular
 * expression, so no backtracking and no recursion, whatever a visitor sends (a {@code folder} of thousands of
 * segments once overflowed the stack of a pattern with nested quantifiers). The caps:
 * <ul>
 * <li>{@code folder}, {@code more}: at most {@value #MAX_FOLDER_LENGTH} characters and
 * {@value #MAX_FOLDER_SEGMENTS} segments;</li>
 * <li>{@code category}: at most {@value #MAX_CATEGORY_LENGTH} characters and {@value #MAX_CATEGORY_SEGMENTS}
 * segments;</li>
 * <li>{@code n}, {@code page}: at most {@value #MAX_DIGITS} digits (then capped to the element's largest value);</li>
 * <li>{@code id}: a UUID, {@value #UUID_LENGTH} characters.</li>
 * </ul>
 * Surrounding white space is ignored, but counts towards the length.
 */
public final class NewsParams {

    /** The longest folder path accepted ({@code folder}, {@code more}). */
    public static final int MAX_FOLDER_LENGTH = 512;

    /** The most segments of a folder path ({@code /a/b/} has 2). */
    public static final int MAX_FOLDER_SEGMENTS = 32;

    /** The longest category path accepted. */
    public static final int MAX_CATEGORY_LENGTH = 200;

    /** The most segments of a category path ({@code chu-de/lao-dong} has 2). */
    public static final int MAX_CATEGORY_SEGMENTS = 32;

    /** The most digits of a number ({@code n}, {@code page}): more than a {@code long} holds is never meant. */
    public static final int MAX_DIGITS = 18;

    /** The length of a structure id ({@code 8-4-4-4-12} hexadecimal digits). */
    public static final int UUID_LENGTH = 36;

    /** Room for white space around a value that is otherwise within its cap. */
    private static final int SPACE = 16;

    private NewsParams() {
    }

    /**
     * @param raw          the parameter value, may be {@code null}
     * @param defaultValue the value when the parameter is missing or empty
     * @param max          the largest value returned
     * @return the number, at least 1 and at most {@code max}
     * @throws BadParameter ({@code news.error.count}) if the value is not a whole number of at most
     *                      {@value #MAX_DIGITS} digits
     */
    public static int count(String raw, int defaultValue, int max) {
        return number(raw, defaultValue, max, "news.error.count");
    }

    /**
     * @param raw the value of a list's {@code page} parameter, may be {@code null}
     * @param max the last page
     * @return the page number, at least 1 and at most {@code max}; 1 when missing
     * @throws BadParameter ({@code news.error.page}) if the value is not a whole number of at most
     *                      {@value #MAX_DIGITS} digits
     */
    public static int page(String raw, int max) {
        return number(raw, 1, max, "news.error.page");
    }

    private static int number(String raw, int defaultValue, int max, String key) {
        if (raw == null || raw.length() > MAX_DIGITS + SPACE) {
            if (raw == null) {
                return Math.max(1, Math.min(defaultValue, max));
            }
            throw new BadParameter(key, raw);
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return Math.max(1, Math.min(defaultValue, max));
        }
        if (value.length() > MAX_DIGITS) {
            throw new BadParameter(key, raw);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new BadParameter(key, raw);
            }
        }
        return (int)Math.max(1, Math.min(Long.parseLong(value), max));
    }

    /**
     * @param raw the parameter value, e.g. {@code topics/labour} or {@code /topics/labour/}
     * @return the category path with a trailing slash ({@code topics/labour/}), or {@code null} when missing
     * @throws BadParameter ({@code news.error.category}) if it has other characters than {@code a-z 0-9 / _ -},
     *                      an empty segment ({@code //}), or is longer than the caps
     */
    public static String category(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > MAX_CATEGORY_LENGTH + SPACE) {
            throw new BadParameter("news.error.category", raw);
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_CATEGORY_LENGTH) {
            throw new BadParameter("news.error.category", raw);
        }
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '/') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '/') {
            end--;
        }
        if (start == end || start > 1 || value.length() - end > 1) {
            // only slashes, or "//" at either end
            throw new BadParameter("news.error.category", raw);
        }
        int segments = 1;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c == '/') {
                if (value.charAt(i - 1) == '/') {
                    throw new BadParameter("news.error.category", raw);
                }
                segments++;
            } else if (!isCategoryChar(c)) {
                throw new BadParameter("news.error.category", raw);
            }
        }
        if (segments > MAX_CATEGORY_SEGMENTS) {
            throw new BadParameter("news.error.category", raw);
        }
        return value.substring(start, end) + "/";
    }

    /**
     * @param raw      a site-relative folder, e.g. {@code /tin-tuc/} or {@code /tin-tuc}
     * @param siteRoot the current site's root, e.g. {@code /sites/default}
     * @return the folder's root path with a trailing slash, e.g. {@code /sites/default/tin-tuc/}, or {@code null}
     *         when missing
     * @throws BadParameter ({@code news.error.folder}) if the value is not a plain folder path inside the site
     *                      ({@code ..}, {@code //}, other characters, longer than the caps) or the site is the root
     *                      site
     */
    public static String folder(String raw, String siteRoot) {
        return folderPath(raw, siteRoot, "news.error.folder");
    }

    /**
     * The folder of a list's "all news" link: the same rules as {@link #folder}, with its own message.
     *
     * @throws BadParameter ({@code news.error.more}) if the value is not a plain folder path inside the site
     */
    public static String more(String raw, String siteRoot) {
        return folderPath(raw, siteRoot, "news.error.more");
    }

    private static String folderPath(String raw, String siteRoot, String key) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > MAX_FOLDER_LENGTH + SPACE) {
            throw new BadParameter(key, raw);
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_FOLDER_LENGTH || value.charAt(0) != '/' || siteRoot == null || siteRoot.isEmpty()
            || "/".equals(siteRoot)) {
            throw new BadParameter(key, raw);
        }
        int segments = 0;
        int segmentStart = 1;
        for (int i = 1; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '/';
            if (c == '/') {
                int length = i - segmentStart;
                if (length == 0) {
                    if (i < value.length()) {
                        // "//": an empty segment (a trailing slash is fine)
                        throw new BadParameter(key, raw);
                    }
                } else {
                    if (isDots(value, segmentStart, length)) {
                        throw new BadParameter(key, raw);
                    }
                    segments++;
                }
                segmentStart = i + 1;
            } else if (!isFolderChar(c)) {
                throw new BadParameter(key, raw);
            }
        }
        if (segments > MAX_FOLDER_SEGMENTS) {
            throw new BadParameter(key, raw);
        }
        String site = siteRoot.endsWith("/") ? siteRoot.substring(0, siteRoot.length() - 1) : siteRoot;
        return site + (value.endsWith("/") ? value : value + "/");
    }

    /**
     * @param raw the parameter value
     * @return the UUID in lower case
     * @throws BadParameter ({@code news.error.id}) if it is missing or not a UUID
     */
    public static String structureId(String raw) {
        if (raw == null || raw.length() > UUID_LENGTH + SPACE) {
            throw new BadParameter("news.error.id", raw);
        }
        String value = raw.strip();
        if (value.length() != UUID_LENGTH) {
            throw new BadParameter("news.error.id", raw);
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                throw new BadParameter("news.error.id", raw);
            }
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** Folder names OpenCms creates (its file name translation keeps only these characters). */
    private static boolean isFolderChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
            || c == '~' || c == '$' || c == '-';
    }

    /** Category paths as OpenCms writes them, lower case. */
    private static boolean isCategoryChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isDots(String value, int start, int length) {
        return (length == 1 && value.charAt(start) == '.')
            || (length == 2 && value.charAt(start) == '.' && value.charAt(start + 1) == '.');
    }

    /** A request parameter with a value the module does not accept. */
    public static final class BadParameter extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String messageKey;

        private final int length;

        BadParameter(String messageKey, String value) {
            super(messageKey);
            this.messageKey = messageKey;
            this.length = value == null ? 0 : value.length();
        }

        /** Key of the text (in {@link Messages}) that explains the problem. */
        public String getMessageKey() {
            return messageKey;
        }

        /** A refused parameter is an answer, not a fault: no stack trace is taken (nor could one be logged). */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        /** Length of the refused value (for a log line; the value itself is never logged). */
        public int getValueLength() {
            return length;
        }
    }
}
