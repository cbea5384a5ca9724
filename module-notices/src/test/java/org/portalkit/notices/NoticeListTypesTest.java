package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.portalkit.core.list.ListTypeMapping;
import org.portalkit.core.list.ListTypeMappings;
import org.portalkit.core.list.ListTypeProvider;

class NoticeListTypesTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void theServiceFileRegistersTheNoticeMapping() {
        // through java.util.ServiceLoader, as a pk-list configuration and the site search find it at run time
        assertEquals(NoticeListMapping.MAPPING, ListTypeMappings.installed().find("pk-notice").orElseThrow());
        assertEquals(List.of(NoticeListTypes.class), ServiceLoader.load(ListTypeProvider.class).stream()
            .map(ServiceLoader.Provider::type).filter(t -> t.getName().startsWith("org.portalkit.notices."))
            .toList());
        assertEquals(List.of(NoticeListMapping.MAPPING), new NoticeListTypes().mappings());
    }

    @Test
    void theMappingNamesTheSolrFieldsOfNoticeXsd() {
        ListTypeMapping mapping = NoticeListMapping.MAPPING;
        assertEquals("pk-notice", mapping.type());
        assertEquals("noticetitle_vi_s", ListTypeMapping.field(mapping.titleField(), VIETNAMESE));
        assertEquals("noticedate_vi_dt", ListTypeMapping.field(mapping.dateField(), VIETNAMESE));
        assertEquals("noticesummary_en_s", ListTypeMapping.field(mapping.teaserField(), Locale.ENGLISH));
        assertEquals("noticetitle_vi_vsort", ListTypeMapping.field(mapping.titleSortField(), VIETNAMESE));
        assertNull(mapping.imageField(), "notices have no image");
        assertEquals("pk.notice.views.", mapping.mostReadKey());
        assertEquals("noticepinned_vi_b", ListTypeMapping.field(NoticeListMapping.PINNED_FIELD, VIETNAMESE));
        assertEquals("noticedeadline_vi_dt", ListTypeMapping.field(NoticeListMapping.DEADLINE_FIELD, VIETNAMESE));
        assertEquals("noticenumber_vi_s", ListTypeMapping.field(NoticeListMapping.NUMBER_FIELD, VIETNAMESE));
        assertEquals("noticeunit_vi_s", ListTypeMapping.field(NoticeListMapping.UNIT_FIELD, VIETNAMESE));
    }
}
