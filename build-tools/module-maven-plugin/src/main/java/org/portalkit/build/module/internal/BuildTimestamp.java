package org.portalkit.build.module.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The one instant written everywhere a date is needed (manifest dates, zip entry times), so that identical inputs
 * give identical bytes. It comes from {@code project.build.outputTimestamp} when set, else a fixed constant.
 */
public final class BuildTimestamp {

    /** Used when the build sets no {@code project.build.outputTimestamp}. */
    public static final Instant DEFAULT = Instant.parse("2020-01-01T00:00:00Z");

    /** The HTTP header date format that OpenCms writes and reads in manifests. */
    private static final DateTimeFormatter HEADER_DATE =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** Zip entry times are stored in DOS format, which has no dates before 1980. */
    private static final Instant EARLIEST_ZIP_TIME = Instant.parse("1980-01-01T00:00:00Z");

    private final Instant instant;

    private BuildTimestamp(Instant instant) {
        this.instant = instant.truncatedTo(ChronoUnit.SECONDS);
    }

    public static BuildTimestamp of(Instant instant) {
        return new BuildTimestamp(instant);
    }

    /**
     * Reads {@code project.build.outputTimestamp}: an ISO-8601 date-time with offset, or seconds since the epoch.
     * Null, blank, or a single character (Maven's convention for "not set") give the default.
     */
    public static BuildTimestamp fromOutputTimestamp(String value) throws ModulePackagingException {
        if (value == null || value.isBlank() || value.strip().length() < 2) {
            return new BuildTimestamp(DEFAULT);
        }
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return new BuildTimestamp(Instant.ofEpochSecond(Long.parseLong(text)));
            }
            return new BuildTimestamp(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ModulePackagingException("Invalid project.build.outputTimestamp '" + value
                + "': use an ISO-8601 date-time such as 2024-01-01T00:00:00Z, or seconds since the epoch.", e);
        }
    }

    public Instant instant() {
        return instant;
    }

    /** E.g. {@code Wed, 01 Jan 2020 00:00:00 GMT}. */
    public String headerDate() {
        return HEADER_DATE.format(instant);
    }

    /** The time for zip entries, as a UTC wall-clock time so that it does not depend on the build machine's zone. */
    public LocalDateTime zipEntryTime() {
        Instant time = instant.isBefore(EARLIEST_ZIP_TIME) ? EARLIEST_ZIP_TIME : instant;
        return LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return instant.toString();
    }
}
