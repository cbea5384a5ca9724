package org.portalkit.core.text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates as the pages of PortalKit show them: {@code dd/MM/yyyy} (the form of Vietnamese state portals, also used in
 * the English pages) and ISO 8601 with offset for machines (JSON-LD, Open Graph, {@code <time datetime>}).
 */
public final class DisplayDates {

    /** The date pattern of pages and lists. */
    public static final String DATE_PATTERN = "dd/MM/yyyy";

    /** Time zone of the dates when a module does not configure one. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.ROOT);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private DisplayDates() {
    }

    /**
     * @param millis milliseconds since the epoch; 0 or less means "no date"
     * @param zone   the time zone the date is shown in
     * @return e.g. {@code 17/07/2020}, or empty for no date
     */
    public static String date(long millis, ZoneId zone) {
        return millis <= 0 ? "" : DATE.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    /**
     * @param millis milliseconds since the epoch; 0 or less means "no date"
     * @param zone   the time zone of the offset
     * @return ISO 8601 with offset and whole seconds, e.g. {@code 2020-07-17T08:30:00+07:00}, or empty for no date
     */
    public static String isoDateTime(long millis, ZoneId zone) {
        return millis <= 0 ? ""
            : ISO.format(Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    /**
     * @param id a time zone id (a module parameter), may be {@code null} or wrong
     * @return that zone, else {@link #DEFAULT_ZONE}
     */
    public static ZoneId zoneOr(String id) {
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id.strip());
            } catch (java.time.DateTimeException e) {
                // a typo in the module parameter: keep the default
            }
        }
        return DEFAULT_ZONE;
    }
}
