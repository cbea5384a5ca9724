package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticePagesTest {

    @Test
    void theDownloadNamesTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"ke-hoach.pdf\"; filename*=UTF-8''ke-hoach.pdf",
            NoticePages.contentDisposition("ke-hoach.pdf"));
        assertEquals("attachment; filename=\"k_ ho_ch.pdf\"; filename*=UTF-8''k%E1%BA%BF%20ho%E1%BA%A1ch.pdf",
            NoticePages.contentDisposition("kế hoạch.pdf"));
    }

    @Test
    void quotesBackslashesAndLineBreaksNeverReachTheHeader() {
        String header = NoticePages.contentDisposition("a\"b\\c\r\nSet-Cookie: x.pdf");
        assertEquals("attachment; filename=\"a_b_c__Set-Cookie: x.pdf\"; "
            + "filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x.pdf", header);
    }

    @Test
    void documentNumbersAreOneToTwenty() {
        assertEquals(1, NoticePages.documentNumber("1"));
        assertEquals(20, NoticePages.documentNumber(" 20 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "21", "-1", "1.0", "x", "0x1", "1000", "١"})
    void otherDocumentNumbersAreRefused(String raw) {
        assertEquals(-1, NoticePages.documentNumber(raw));
    }

    @Test
    void aMissingDocumentNumberIsRefused() {
        assertEquals(-1, NoticePages.documentNumber(null));
    }
}
