package org.portalkit.notices;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How notice pages write the facts of a document: its kind from the file name ({@code PDF}, {@code DOCX}) and its
 * size in the page's language ({@code 1,5 MB} in Vietnamese, {@code 1.5 MB} in English).
 */
public final class NoticeFormat {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private NoticeFormat() {
    }

    /**
     * @param name a file name or link, e.g. {@code /tai-lieu/QD-125.pdf?x}
     * @return the extension in capitals ({@code PDF}), or empty when the name has none
     */
    public static String kind(String name) {
        if (name == null) {
            return "";
        }
        String path = name;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = path.substring(path.lastIndexOf('/') + 1);
        int dot = path.lastIndexOf('.');
        if (dot <= 0 || dot == path.length() - 1 || path.length() - dot > 6) {
            return "";
        }
        return path.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /**
     * @param bytes  the size; negative means unknown
     * @param locale the page's language (decimal separator)
     * @return e.g. {@code 820 B}, {@code 12 KB}, {@code 1,5 MB}; empty when unknown
     */
    public static String size(long bytes, Locale locale) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < KB) {
            return bytes + " B";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(0);
        if (bytes < MB) {
            return number.format(Math.max(1, Math.round(bytes / (double)KB))) + " KB";
        }
        return number.format(Math.round(bytes * 10.0 / MB) / 10.0) + " MB";
    }

    private static int indexOfAny(String value, char a, char b) {
        int i = value.indexOf(a);
        int j = value.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
