package org.portalkit.core.list;

import java.util.Locale;
import java.util.Objects;

import org.portalkit.core.list.internal.Values;

/**
 * Where the Solr index holds the list fields of one resource type. Field names are patterns in which
 * {@value #LOCALE} stands for the content locale, as OpenCms writes per-locale fields from an XSD's
 * {@code <searchsettings>}: e.g. {@code newstitle_{locale}_s} becomes {@code newstitle_vi_s}.
 *
 * @param type         the resource type, e.g. {@code pk-news}
 * @param titleField   string field with the title (also the {@link ListSort#TITLE} order)
 * @param dateField    date field of the list's date (sorting, date restrictions, year/month facets)
 * @param teaserField  string field with the teaser text, or {@code null}
 * @param imageField   string field with the image path (first line counts), or {@code null}
 * @param mostReadKey  counter key pattern for {@link ListSort#MOST_READ} (reserved; not in Solr yet), or {@code null}
 */
public record ListTypeMapping(String type, String titleField, String dateField, String teaserField, String imageField,
    String mostReadKey) {

    /** Placeholder for the content locale in field patterns. */
    public static final String LOCALE = "{locale}";

    /** Checks the names: types and fields are plain Solr names ({@code a-z A-Z 0-9 _ -} and the placeholder). */
    public ListTypeMapping {
        if (!Values.isName(type)) {
            throw new IllegalArgumentException("Not a resource type name: " + Values.shown(type));
        }
        requireField(titleField, "titleField");
        requireField(dateField, "dateField");
        if (teaserField != null) {
            requireField(teaserField, "teaserField");
        }
        if (imageField != null) {
            requireField(imageField, "imageField");
        }
    }

    private static void requireField(String pattern, String what) {
        Objects.requireNonNull(pattern, what);
        if (!Values.isName(pattern.replace(LOCALE, "x"))) {
            throw new IllegalArgumentException("Not a Solr field pattern for " + what + ": " + Values.shown(pattern));
        }
    }

    /**
     * @param pattern one of this mapping's field patterns (may be {@code null})
     * @param locale  the content locale
     * @return the Solr field name, or {@code null} for a {@code null} pattern
     */
    public static String field(String pattern, Locale locale) {
        return pattern == null ? null : pattern.replace(LOCALE, locale.toString());
    }
}
