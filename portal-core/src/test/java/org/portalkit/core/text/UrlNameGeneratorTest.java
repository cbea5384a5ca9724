package org.portalkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;

import org.junit.jupiter.api.Test;

class UrlNameGeneratorTest {

    @Test
    void urlNamesAreVietnameseSlugsWithNumberedAlternatives() {
        Iterator<String> names = new UrlNameGenerator().getUrlNameSequence("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.");
        assertEquals("hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020", names.next());
        assertEquals("hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020-2", names.next());
        assertEquals("hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020-3", names.next());
    }

    @Test
    void anEmptyTitleStillGivesAName() {
        assertEquals(UrlNames.FALLBACK, new UrlNameGenerator().getUrlNameSequence("  ").next());
        assertEquals(UrlNames.FALLBACK, new UrlNameGenerator().getUrlNameSequence(null).next());
    }
}
