package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoticeSettingsTest {

    @Test
    void newDaysFromTheParameterWithinBounds() {
        assertEquals(3, NoticeSettings.newDays("3"));
        assertEquals(0, NoticeSettings.newDays(" 0 "));
        assertEquals(365, NoticeSettings.newDays("365"));
    }

    @Test
    void aMissingOrWrongParameterGivesTheDefault() {
        for (String value : new String[] {null, "", "  ", "-1", "366", "seven", "7d"}) {
            assertEquals(NoticeSettings.DEFAULT_NEW_DAYS, NoticeSettings.newDays(value), String.valueOf(value));
        }
    }

    @Test
    void anItemIsNewUntilItsTime() {
        NoticeItem item = new NoticeItem("T", "/t", "1/TB", "01/12/2026", "", false, 1000, 999);
        assertEquals(true, item.isRecent());
        assertEquals(false, new NoticeItem("T", "/t", "1/TB", "", "", false, 1000, 1000).isRecent());
        assertEquals(false, new NoticeItem("T", "/t", "1/TB", "", "", false, 0, 0).isRecent());
    }
}
