package org.portalkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsciiNumbersTest {

    @Test
    void asciiDigitsWithinTheLengthAreANumber() {
        assertEquals(69533, AsciiNumbers.parse("69533", 10));
        assertEquals(0, AsciiNumbers.parse("0", 1));
        assertEquals(999_999_999_999_999_999L, AsciiNumbers.parse("999999999999999999", 40));
        assertTrue(AsciiNumbers.isDigits("007", 3));
    }

    @Test
    void anythingElseIsNoNumber() {
        for (String value : new String[] {null, "", " 1", "1 ", "-1", "+1", "1.0", "0x1", "١", "1\uff18", "1234"}) {
            assertEquals(-1, AsciiNumbers.parse(value, 3), String.valueOf(value));
            assertFalse(AsciiNumbers.isDigits(value, 3), String.valueOf(value));
        }
    }
}
