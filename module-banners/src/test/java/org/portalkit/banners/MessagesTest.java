package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.portalkit.core.i18n.BundleCompleteness;

class MessagesTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void vietnameseDiffersFromEnglish() {
        assertEquals("PortalKit Banners", Messages.get(Messages.MODULE_NICE_NAME, Locale.ENGLISH));
        assertEquals("Biểu ngữ PortalKit", Messages.get(Messages.MODULE_NICE_NAME, VIETNAMESE));
        assertNotEquals(Messages.get(Messages.MODULE_DESCRIPTION, Locale.ENGLISH),
            Messages.get(Messages.MODULE_DESCRIPTION, VIETNAMESE));
    }

    @Test
    void everyKeyIsTranslated() {
        BundleCompleteness.of(Messages.BUNDLE_NAME, Messages.class.getClassLoader())
            .requireComplete(Locale.ENGLISH, VIETNAMESE);
    }

    @Test
    void everyVietnameseTextIsTranslated() {
        assertEquals(java.util.Set.of(), BundleCompleteness.of(Messages.BUNDLE_NAME, Messages.class.getClassLoader())
            .sameText(Locale.ENGLISH, VIETNAMESE));
    }
}
