package org.portalkit.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MetaTagsTest {

    @Test
    void blankValuesAreLeftOutAndValuesStripped() {
        List<MetaTag> tags = new MetaTags().property("og:title", "  Thông báo  ").property("og:image", null)
            .name("twitter:description", " ").name("twitter:card", "summary").build();
        assertEquals(List.of("property=og:title: Thông báo", "name=twitter:card: summary"),
            tags.stream().map(MetaTag::toString).toList());
    }

    @Test
    void openGraphLocales() {
        assertEquals("vi_VN", MetaTags.ogLocale(Locale.forLanguageTag("vi")));
        assertEquals("en_US", MetaTags.ogLocale(Locale.ENGLISH));
        assertEquals("en_GB", MetaTags.ogLocale(Locale.UK));
        assertEquals("de", MetaTags.ogLocale(Locale.GERMAN));
    }
}
