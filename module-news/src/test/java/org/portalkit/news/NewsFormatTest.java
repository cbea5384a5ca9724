package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class NewsFormatTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 17/07/2020 08:30 in Vietnam. */
    static final long PUBLISHED = Instant.parse("2020-07-17T01:30:00Z").toEpochMilli();

    @Test
    void datesAreDayMonthYearInTheConfiguredZone() {
        assertEquals("17/07/2020", NewsFormat.date(PUBLISHED, HCM));
        // 23:30 UTC on the 16th is already the 17th in Vietnam
        long lateEvening = Instant.parse("2020-07-16T23:30:00Z").toEpochMilli();
        assertEquals("17/07/2020", NewsFormat.date(lateEvening, HCM));
        assertEquals("16/07/2020", NewsFormat.date(lateEvening, ZoneId.of("UTC")));
        assertEquals("", NewsFormat.date(0, HCM));
        assertEquals("", NewsFormat.date(-5, HCM));
    }

    @Test
    void isoDateTimesHaveTheOffsetAndWholeSeconds() {
        assertEquals("2020-07-17T08:30:00+07:00", NewsFormat.isoDateTime(PUBLISHED + 123, HCM));
        assertEquals("", NewsFormat.isoDateTime(0, HCM));
    }

    @Test
    void theSectionIsAnUpperCaseHeading() {
        assertEquals("VĂN PHÒNG SỞ", NewsFormat.heading("Văn phòng Sở", VI));
        assertEquals("ĐÀO TẠO NGHỀ", NewsFormat.heading("  đào tạo nghề ", VI));
        assertEquals("", NewsFormat.heading(null, VI));
    }

    @Test
    void vietnameseFooterLineAsOnTheSeedPage() {
        assertEquals("Đăng bởi : SLDTBXH Kontum Ngày đăng : 17/07/2020 Lượt xem : 2079",
            NewsFormat.footerText("SLDTBXH Kontum", PUBLISHED, 2079, VI, HCM));
    }

    @Test
    void englishFooterLine() {
        assertEquals("Posted by : Department of Labour Published : 17/07/2020 Views : 5",
            NewsFormat.footerText("Department of Labour", PUBLISHED, 5, Locale.ENGLISH, HCM));
    }

    @Test
    void footerPartsWithoutValuesAreLeftOut() {
        assertEquals("Ngày đăng : 17/07/2020 Lượt xem : 0", NewsFormat.footerText(" ", PUBLISHED, 0, VI, HCM));
        assertEquals("Views : 0", NewsFormat.footerText(null, 0, -3, Locale.ENGLISH, HCM));
    }

    @Test
    void footerHtmlHasTheSameTextAndEncodesThePoster() {
        String poster = "<img src=x onerror=alert(1)> \"Sở\" & 'co'";
        String html = NewsFormat.footerHtml(poster, PUBLISHED, 2079, VI, HCM);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &#34;Sở&#34; &amp; &#39;co&#39;"), html);
        assertTrue(html.contains("<span class=\"pk-news__views\" data-pk-views>2079</span>"), html);
        assertEquals(NewsFormat.footerText(poster, PUBLISHED, 2079, VI, HCM), TestHtml.text(html));
    }
}
