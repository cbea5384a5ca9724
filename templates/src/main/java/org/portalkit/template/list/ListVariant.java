package org.portalkit.template.list;

import java.util.Locale;

/**
 * How a {@code pk-list} is shown: one formatter each, and the {@code variant} setting of the list element.
 * Only {@link #FULL} shows facets and pages (numbered or "show more"); {@link #LATEST}, {@link #COMPACT} and
 * {@link #TEASER} are boxes of the first items (a "show all" link leads on), so that several boxes on one page
 * never share the visitor's {@code page} parameter.
 */
public enum ListVariant {
    /** The list with pager (or "show more") and facets: title, date and teaser of each item. */
    FULL,
    /** "Latest N" box: title and date. */
    LATEST,
    /** Compact link list: titles only. */
    COMPACT,
    /** Teaser cards with image, title, date and teaser. */
    TEASER;

    /**
     * @param raw      a setting value ({@code full}, {@code latest}, {@code compact}, {@code teaser}), may be
     *                 {@code null}
     * @param fallback the variant for a missing or unknown value
     * @return the variant
     */
    public static ListVariant of(String raw, ListVariant fallback) {
        if (raw == null) {
            return fallback;
        }
        String value = raw.strip().toUpperCase(Locale.ROOT);
        for (ListVariant variant : values()) {
            if (variant.name().equals(value)) {
                return variant;
            }
        }
        return fallback;
    }

    /** @return whether this variant shows the facets of the list */
    public boolean showsFacets() {
        return this == FULL;
    }

    /** @return whether this variant pages (as the list's {@link PagingMode} says) */
    public boolean pages() {
        return this == FULL;
    }

    /** @return the lower-case name used in settings and CSS modifiers */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
