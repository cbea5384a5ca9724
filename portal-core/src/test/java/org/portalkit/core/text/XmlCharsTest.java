package org.portalkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlCharsTest {

    @Test
    void charactersXmlCannotHoldAreDropped() {
        assertEquals("", XmlChars.clean(null));
        String clean = "Tiếng Việt \t\n\r <&> \uD83D\uDE00";
        assertSame(clean, XmlChars.clean(clean), "clean text is returned as it is");
        assertEquals("ab", XmlChars.clean("a\u0000\u0001\u001Fb"));
        assertEquals("ab", XmlChars.clean("a\uFFFE\uFFFFb"));
        assertEquals("ab", XmlChars.clean("a\uD800b"), "a lone high surrogate");
        assertEquals("ab", XmlChars.clean("a\uDC00b"), "a lone low surrogate");
        assertEquals("a\uD83D\uDE00", XmlChars.clean("\u0001a\uD83D\uDE00\uD83D"));
    }
}
