package org.portalkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DisplayDatesTest {

    private static final long JULY_17_2020_0130_UTC = 1594949400000L;

    @Test
    void datesInTheSiteZone() {
        assertEquals("17/07/2020", DisplayDates.date(JULY_17_2020_0130_UTC, DisplayDates.DEFAULT_ZONE));
        assertEquals("16/07/2020", DisplayDates.date(JULY_17_2020_0130_UTC, ZoneId.of("America/New_York")));
        assertEquals("", DisplayDates.date(0, DisplayDates.DEFAULT_ZONE));
        assertEquals("2020-07-17T08:30:00+07:00", DisplayDates.isoDateTime(JULY_17_2020_0130_UTC + 999,
            DisplayDates.DEFAULT_ZONE));
        assertEquals("", DisplayDates.isoDateTime(-5, DisplayDates.DEFAULT_ZONE));
    }

    @Test
    void aWrongZoneKeepsTheDefault() {
        assertEquals(ZoneId.of("Europe/Berlin"), DisplayDates.zoneOr(" Europe/Berlin "));
        assertEquals(DisplayDates.DEFAULT_ZONE, DisplayDates.zoneOr("Asia/Nowhere"));
        assertEquals(DisplayDates.DEFAULT_ZONE, DisplayDates.zoneOr(null));
    }
}
