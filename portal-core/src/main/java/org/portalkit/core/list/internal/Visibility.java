package org.portalkit.core.list.internal;

import java.util.List;
import java.util.Locale;

/**
 * The visibility filters every PortalKit Solr query carries (lists and site search), in both projects: the content
 * locale, OpenCms' search exclusion, and the release/expiry window compared with "now" at query time, so that an
 * item appears at its release and disappears at its expiry without a republish.
 *
 * <p>"Now" is rounded to the minute ({@code NOW/MINUTE}): the filter strings stay the same for a minute, so Solr's
 * filter cache can keep them. An item shows up to a minute after its release and disappears up to a minute before
 * its expiry, never outside its window (docs/lists.md, "Visibility").
 */
public final class Visibility {

    /** OpenCms' release date field. */
    public static final String FIELD_RELEASED = "released";
    /** OpenCms' expiry date field. */
    public static final String FIELD_EXPIRED = "expired";

    private static final List<String> PUBLICATION = List.of("search_exclude:\"false\"",
        FIELD_RELEASED + ":[* TO NOW/MINUTE]", FIELD_EXPIRED + ":[NOW/MINUTE+1MINUTE TO *]");

    private Visibility() {
    }

    /**
     * @param locale the content locale
     * @return the filter on documents with content in that locale ({@code con_locales})
     */
    public static String localeFilter(Locale locale) {
        return "con_locales:\"" + Values.quoted(locale.toString()) + "\"";
    }

    /** @return the filters on search exclusion, release and expiry */
    public static List<String> publicationFilters() {
        return PUBLICATION;
    }

    /**
     * The release/expiry part of {@link #publicationFilters()} in Java, for results that come from OpenCms' checked
     * search (which applies its own, unrounded release and expiry check instead of ours): visible when released by
     * the start of the current minute and not expiring before the end of it.
     *
     * @param released the release time (ms; 0 for none)
     * @param expired  the expiry time (ms; {@code Long.MAX_VALUE} for none)
     * @param now      the current time (ms)
     * @return whether the filters would let the item through at {@code now}
     */
    public static boolean isInWindow(long released, long expired, long now) {
        long minute = now - Math.floorMod(now, 60_000L);
        return released <= minute && expired >= minute + 60_000L;
    }
}
