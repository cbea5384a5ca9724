package org.portalkit.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.portalkit.core.Messages;
import org.portalkit.core.counter.SiteVisits;

class SiteVisitCounterTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void numbersAreGroupedAsThePageLanguageWritesThem() {
        assertEquals("69.534", SiteVisitCounter.format(69534, VIETNAMESE));
        assertEquals("69,534", SiteVisitCounter.format(69534, Locale.ENGLISH));
        assertEquals("1.234.567", SiteVisitCounter.format(1234567, VIETNAMESE));
        assertEquals("999", SiteVisitCounter.format(999, VIETNAMESE));
        assertEquals("0", SiteVisitCounter.format(0, Locale.ENGLISH));
        assertEquals(".", SiteVisitCounter.groupingSeparator(VIETNAMESE));
        assertEquals(",", SiteVisitCounter.groupingSeparator(Locale.ENGLISH));
    }

    @Test
    void theStartValueIsDigitsOnlyWithinTheCounterRange() {
        assertEquals(69533, SiteVisitCounter.startValue("69533"));
        assertEquals(69533, SiteVisitCounter.startValue(" 69533\n"));
        assertEquals(0, SiteVisitCounter.startValue("0"));
        assertEquals(Integer.MAX_VALUE, SiteVisitCounter.startValue("2147483647"));
        for (String bad : new String[] {null, "", " ", "69.533", "69,533", "-1", "+5", "2147483648", "99999999999",
            "1e5", "٦٩٥٣٣"}) {
            assertEquals(-1, SiteVisitCounter.startValue(bad), String.valueOf(bad));
        }
    }

    @Test
    void theBeaconAnswersTheThreeNumbers() {
        assertEquals("{\"total\":69534,\"today\":12,\"online\":3}",
            SiteVisitCounter.json(new SiteVisits.Numbers(69534, 12, 3)));
    }

    @Test
    void theTextsAreTranslated() {
        assertEquals("LƯỢT TRUY CẬP", Messages.get("visits.title", VIETNAMESE));
        assertEquals("VISITS", Messages.get("visits.title", Locale.ENGLISH));
    }
}
