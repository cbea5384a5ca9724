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
 * @param mostReadKey  counter key prefix of the views of one item ({@code <prefix><structure id>}, see
 *                     {@link org.portalkit.core.counter.Counters}) for {@link ListSort#MOST_READ}, or {@code null}
 * @param titleSortField field with the title's Vietnamese collation key ({@link #COLLATION_SUFFIX}), the
 *                     {@link ListSort#TITLE} order; {@code null}: the title string field (code point order)
 */
public record ListTypeMapping(String type, String titleField, String dateField, String teaserField, String imageField,
    String mostReadKey, String titleSortField) {

    /**
     * Suffix of the dynamic Solr field whose terms are Vietnamese collation keys (PortalKit's configset
     * {@code schema.xml}, a {@code solr.CollationField} with {@code language="vi"}, strength secondary). A type gets
     * one by a second {@code <solrfield targetfield="x" sourcefield="*_vsort"/>} in its XSD's
     * {@code <searchsettings>}, which OpenCms writes as {@code x_<locale>_vsort}.
     */
    public static final String COLLATION_SUFFIX = "_vsort";

    /** A mapping without a collation key field: {@link ListSort#TITLE} sorts the title string field. */
    public ListTypeMapping(String type, String titleField, String dateField, String teaserField, String imageField,
        String mostReadKey) {
        this(type, titleField, dateField, teaserField, imageField, mostReadKey, null);
    }

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
        if (titleSortField != null) {
            requireField(titleSortField, "titleSortField");
        }
        if (mostReadKey != null) {
            org.portalkit.core.counter.CounterKeys.requireValidPrefix(mostReadKey);
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
