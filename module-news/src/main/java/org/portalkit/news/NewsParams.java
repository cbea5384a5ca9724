package org.portalkit.news;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses and checks the request parameters of the news elements. Nothing from a request reaches a query, a path or
 * a page unchecked: numbers are capped, categories and folders must match allow-lists, ids must be UUIDs. A bad
 * value raises {@link BadParameter}, whose {@link BadParameter#getMessageKey() message key} names the text to show.
 */
public final class NewsParams {

    /** Category paths as OpenCms writes them, lower case: {@code topics/labour}. */
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9/_-]{1,200}");

    /** Folder names OpenCms creates (its file name translation keeps only these characters). */
    private static final Pattern FOLDER = Pattern.compile("/(?:[A-Za-z0-9_.~$-]+/)*(?:[A-Za-z0-9_.~$-]+)?");

    private static final Pattern UUID = Pattern.compile(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private NewsParams() {
    }

    /**
     * @param raw          the parameter value, may be {@code null}
     * @param defaultValue the value when the parameter is missing or empty
     * @param max          the largest value returned
     * @return the number, at least 1 and at most {@code max}
     * @throws BadParameter if the value is not a whole number
     */
    public static int count(String raw, int defaultValue, int max) {
        if (raw == null || raw.isBlank()) {
            return Math.max(1, Math.min(defaultValue, max));
        }
        String value = raw.strip();
        if (!DIGITS.matcher(value).matches()) {
            throw new BadParameter("news.error.count");
        }
        return (int)Math.max(1, Math.min(Long.parseLong(value), max));
    }

    /**
     * @param raw the parameter value, e.g. {@code topics/labour} or {@code /topics/labour/}
     * @return the category path with a trailing slash ({@code topics/labour/}), or {@code null} when missing
     * @throws BadParameter if it has other characters than {@code a-z 0-9 / _ -}
     */
    public static String category(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!CATEGORY.matcher(value).matches() || value.contains("//")) {
            throw new BadParameter("news.error.category");
        }
        String trimmed = trimSlashes(value);
        if (trimmed.isEmpty()) {
            throw new BadParameter("news.error.category");
        }
        return trimmed + "/";
    }

    /**
     * @param raw      a site-relative folder, e.g. {@code /tin-tuc/} or {@code /tin-tuc}
     * @param siteRoot the current site's root, e.g. {@code /sites/default}
     * @return the folder's root path with a trailing slash, e.g. {@code /sites/default/tin-tuc/}, or {@code null}
     *         when missing
     * @throws BadParameter if the value is not a plain folder path inside the site ({@code ..}, {@code //}, other
     *                      characters) or the site is the root site
     */
    public static String folder(String raw, String siteRoot) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!FOLDER.matcher(value).matches() || value.contains("//") || siteRoot == null || siteRoot.isEmpty()
            || "/".equals(siteRoot)) {
            throw new BadParameter("news.error.folder");
        }
        for (String segment : value.split("/")) {
            if (".".equals(segment) || "..".equals(segment)) {
                throw new BadParameter("news.error.folder");
            }
        }
        String site = siteRoot.endsWith("/") ? siteRoot.substring(0, siteRoot.length() - 1) : siteRoot;
        return site + (value.endsWith("/") ? value : value + "/");
    }

    /**
     * @param raw the parameter value
     * @return the UUID in lower case
     * @throws BadParameter if it is missing or not a UUID
     */
    public static String structureId(String raw) {
        if (raw == null || !UUID.matcher(raw.strip()).matches()) {
            throw new BadParameter("news.error.id");
        }
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static String trimSlashes(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '/') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '/') {
            end--;
        }
        return value.substring(start, end);
    }

    /** A request parameter with a value the module does not accept. */
    public static final class BadParameter extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String messageKey;

        BadParameter(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        /** Key of the text (in {@link Messages}) that explains the problem. */
        public String getMessageKey() {
            return messageKey;
        }
    }
}
