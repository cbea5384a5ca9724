package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NoticeFormatTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void kindFromTheLastNameOnly() {
        assertEquals("PDF", NoticeFormat.kind("/sites/default/tai-lieu/QD-125.pdf"));
        assertEquals("DOCX", NoticeFormat.kind("/tai-lieu/ke-hoach.DocX?__locale=vi#p2"));
        assertEquals("", NoticeFormat.kind("/tai-lieu.pdf/readme"));
        assertEquals("", NoticeFormat.kind(".htaccess"));
        assertEquals("", NoticeFormat.kind("noextension"));
        assertEquals("", NoticeFormat.kind(null));
    }

    @Test
    void sizesInThePageLanguage() {
        assertEquals("820 B", NoticeFormat.size(820, VI));
        assertEquals("1 KB", NoticeFormat.size(1024, VI));
        assertEquals("245 KB", NoticeFormat.size(245 * 1024 + 300, Locale.ENGLISH));
        assertEquals("1,5 MB", NoticeFormat.size(1536 * 1024, VI));
        assertEquals("1.5 MB", NoticeFormat.size(1536 * 1024, Locale.ENGLISH));
        assertEquals("3 MB", NoticeFormat.size(3 * 1024 * 1024, VI));
        assertEquals("", NoticeFormat.size(-1, VI));
    }
}
