package org.portalkit.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DemoDatesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:30:45.123Z");
    private static final long MINUTE = Instant.parse("2026-12-02T08:30:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;

    @Test
    void placeholdersBecomeEpochMillisecondsRelativeToTheSeedingMinute() {
        assertEquals("<IssueDate>" + (MINUTE - 3 * DAY) + "</IssueDate><Deadline>" + (MINUTE + 10 * DAY)
            + "</Deadline><X>" + MINUTE + "</X><H>" + (MINUTE - 2 * 3_600_000L) + "</H>",
            DemoDates.resolve("<IssueDate>${now-3d}</IssueDate><Deadline>${now+10d}</Deadline><X>${now}</X>"
                + "<H>${now-2h}</H>", NOW));
    }

    @Test
    void otherTextIsLeftAlone() {
        String text = "${structureId} ${now-x} ${nowhere} $ {now-1d} ${now-12345d}";
        assertEquals(text, DemoDates.resolve(text, NOW));
    }
}
