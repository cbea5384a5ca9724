package org.portalkit.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BundleCompletenessTest {

    private static final String BROKEN = "org.portalkit.core.i18n.testbundle";

    private final BundleCompleteness broken = BundleCompleteness.of(BROKEN, getClass().getClassLoader());

    @Test
    void reportsMissingEmptyAndExtraKeys() {
        assertEquals(List.of(
            "org/portalkit/core/i18n/testbundle_vi.properties lacks the key b",
            "org/portalkit/core/i18n/testbundle_vi.properties has an empty value for c",
            "org/portalkit/core/i18n/testbundle_vi.properties has the key d, which the default bundle lacks"),
            broken.problems(Locale.forLanguageTag("vi")));
    }

    @Test
    void reportsAMissingLocaleFile() {
        assertEquals(List.of("org/portalkit/core/i18n/testbundle_de.properties is missing"),
            broken.problems(Locale.GERMAN));
    }

    @Test
    void requireCompleteListsEveryProblem() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> broken.requireComplete(Locale.forLanguageTag("vi"), Locale.GERMAN));

        assertTrue(e.getMessage().contains("lacks the key b"), e.getMessage());
        assertTrue(e.getMessage().contains("testbundle_de.properties is missing"), e.getMessage());
    }

    @Test
    void findsUntranslatedTexts() {
        assertEquals(Set.of("a"), broken.sameText(Locale.ROOT, Locale.forLanguageTag("vi")));
    }

    @Test
    void localizedMessagesFallBackToTheDefaultBundleNotTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("vi"));
            LocalizedMessages messages = new LocalizedMessages(BROKEN, getClass().getClassLoader());

            assertEquals("B", messages.get("b", Locale.GERMAN));
            assertEquals("B", messages.get("b", Locale.forLanguageTag("vi")));
            assertEquals("Ấ 3", messages.format("e", Locale.forLanguageTag("vi"), 3));
        } finally {
            Locale.setDefault(before);
        }
    }
}
