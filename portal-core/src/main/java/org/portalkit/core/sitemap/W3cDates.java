package org.portalkit.core.sitemap;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates in the W3C Datetime form sitemaps use ({@code lastmod}, {@code news:publication_date}): complete date plus
 * hours, minutes and seconds, in UTC, e.g. {@code 2021-07-16T08:30:00Z}.
 */
public final class W3cDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    private W3cDates() {
    }

    /**
     * @param instant a point in time
     * @return it in W3C Datetime form, seconds precision, UTC ({@code Z})
     */
    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
