package org.portalkit.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedMessagesTest {

    private final LocalizedMessages messages = new LocalizedMessages("org.portalkit.core.messages",
        LocalizedMessagesTest.class.getClassLoader());

    @Test
    void textsAsAMapPerLocale() {
        Map<String, String> vi = messages.texts(Locale.forLanguageTag("vi"));
        assertEquals("Ngôn ngữ", vi.get("core.language.switch"));
        assertEquals("Language", messages.texts(Locale.ENGLISH).get("core.language.switch"));
        assertEquals("Language", messages.texts(Locale.GERMAN).get("core.language.switch"), "English fallback");
        assertEquals("???no.such.key???", vi.get("no.such.key"), "a typo shows instead of failing the page");
    }
}
