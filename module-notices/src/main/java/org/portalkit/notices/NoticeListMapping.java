package org.portalkit.notices;

import org.portalkit.core.list.ListTypeMapping;

/**
 * What portal-core's list engine needs to know of notices: which Solr fields (from the {@code <searchsettings>} of
 * {@code notice.xsd}) hold title, date and teaser text, and the counter keys of their views. Notices have no image,
 * so their lists show none. Notice lists (latest notices, the archive, category lists) are
 * {@link org.portalkit.core.list.ListDefinition}s with this mapping.
 */
public final class NoticeListMapping {

    /** The resource type of notices. */
    public static final String TYPE = "pk-notice";

    /** Counter keys of notice views: this prefix and the notice's structure id. */
    public static final String VIEWS_KEY_PREFIX = "pk.notice.views.";

    /** Title field pattern: {@code noticetitle_<locale>_s}. */
    public static final String TITLE_FIELD = "noticetitle_{locale}_s";

    /** Date field pattern, the issue date and the list order: {@code noticedate_<locale>_dt}. */
    public static final String DATE_FIELD = "noticedate_{locale}_dt";

    /** Teaser field pattern, the summary: {@code noticesummary_<locale>_s}. */
    public static final String TEASER_FIELD = "noticesummary_{locale}_s";

    /** The title's Vietnamese collation key (a second {@code <solrfield>} of the title in {@code notice.xsd}). */
    public static final String TITLE_SORT_FIELD = "noticetitle_{locale}" + ListTypeMapping.COLLATION_SUFFIX;

    /** Whether the notice is pinned ({@code Pinned}): {@code noticepinned_<locale>_b}. */
    public static final String PINNED_FIELD = "noticepinned_{locale}_b";

    /** The deadline ({@code Deadline}, "hạn"): {@code noticedeadline_<locale>_dt}. */
    public static final String DEADLINE_FIELD = "noticedeadline_{locale}_dt";

    /** The notice number ({@code Number}, "số hiệu"): {@code noticenumber_<locale>_s}. */
    public static final String NUMBER_FIELD = "noticenumber_{locale}_s";

    /** The issuing unit ({@code IssuingUnit}): {@code noticeunit_<locale>_s}. */
    public static final String UNIT_FIELD = "noticeunit_{locale}_s";

    /**
     * Title {@value #TITLE_FIELD}, issue date {@value #DATE_FIELD}, summary {@value #TEASER_FIELD}, no image,
     * most-read key {@value #VIEWS_KEY_PREFIX}, Vietnamese title order {@value #TITLE_SORT_FIELD}.
     */
    public static final ListTypeMapping MAPPING = new ListTypeMapping(TYPE, TITLE_FIELD, DATE_FIELD, TEASER_FIELD,
        null, VIEWS_KEY_PREFIX, TITLE_SORT_FIELD);

    private NoticeListMapping() {
    }
}
