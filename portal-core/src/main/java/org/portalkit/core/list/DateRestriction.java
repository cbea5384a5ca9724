package org.portalkit.core.list;

import java.time.Instant;
import java.util.Objects;

/**
 * Which dates (of the list's date field, see {@link ListTypeMapping#dateField}) a list shows. "Now" is rounded
 * down to the minute in the Solr query, so that Solr's filter cache can reuse the filter for a minute.
 */
public final class DateRestriction {

    /** The kinds of restriction. */
    public enum Kind {
        /** Every date (and items without a date). */
        NONE,
        /** Date up to now. */
        PAST,
        /** Date after now. */
        FUTURE,
        /** Date from the start of today in the site's time zone on. */
        FROM_TODAY,
        /** Date in a fixed interval [from, to], both inclusive. */
        RANGE
    }

    /** No restriction. */
    public static final DateRestriction NONE = new DateRestriction(Kind.NONE, null, null);
    /** Date up to now. */
    public static final DateRestriction PAST = new DateRestriction(Kind.PAST, null, null);
    /** Date after now. */
    public static final DateRestriction FUTURE = new DateRestriction(Kind.FUTURE, null, null);
    /** Date from the start of today in the site's time zone on. */
    public static final DateRestriction FROM_TODAY = new DateRestriction(Kind.FROM_TODAY, null, null);

    private final Kind m_kind;
    private final Instant m_from;
    private final Instant m_to;

    private DateRestriction(Kind kind, Instant from, Instant to) {
        m_kind = kind;
        m_from = from;
        m_to = to;
    }

    /**
     * @param from first instant shown
     * @param to   last instant shown, not before {@code from}
     * @return the fixed interval
     */
    public static DateRestriction range(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Date range ends before it starts: " + from + " > " + to);
        }
        return new DateRestriction(Kind.RANGE, from, to);
    }

    public Kind kind() {
        return m_kind;
    }

    /** @return the start of a {@link Kind#RANGE}, else {@code null} */
    public Instant from() {
        return m_from;
    }

    /** @return the end of a {@link Kind#RANGE}, else {@code null} */
    public Instant to() {
        return m_to;
    }

    @Override
    public String toString() {
        return m_kind == Kind.RANGE ? "RANGE[" + m_from + ", " + m_to + "]" : m_kind.name();
    }
}
