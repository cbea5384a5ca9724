package org.portalkit.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ContentLocaleTest {

    private static final Locale VI = new Locale("vi");
    private static final Locale VI_VN = new Locale("vi", "VN");

    @Test
    void theWantedLocaleWinsWhenTheContentHasIt() {
        assertEquals(VI, ContentLocale.choose(List.of(Locale.ENGLISH, VI), VI));
    }

    @Test
    void elseALocaleOfTheSameLanguage() {
        assertEquals(VI_VN, ContentLocale.choose(List.of(Locale.ENGLISH, VI_VN), VI));
    }

    @Test
    void elseTheFirstLocaleOfTheContent() {
        assertEquals(Locale.ENGLISH, ContentLocale.choose(List.of(Locale.ENGLISH, Locale.GERMAN), VI));
        assertEquals(Locale.GERMAN, ContentLocale.choose(List.of(Locale.GERMAN), null));
    }

    @Test
    void aContentWithoutLocalesHasNone() {
        assertNull(ContentLocale.choose(List.<Locale>of(), VI));
    }
}
