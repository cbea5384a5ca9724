package org.portalkit.news;

import java.time.Instant;
import java.util.Locale;

/** Articles for the tests: the seed article of the Kon Tum portal and one with a hostile value in every field. */
final class TestArticles {

    static final long PUBLISHED = Instant.parse("2020-07-17T01:30:00Z").toEpochMilli();
    static final long MODIFIED = Instant.parse("2020-07-18T03:00:00Z").toEpochMilli();

    /** A value that breaks out of every context it is not encoded for. */
    static final String HOSTILE = "</script><script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;\u2028`${x}";

    private TestArticles() {
    }

    static NewsArticle seed() {
        return NewsArticle.builder()
            .id("60970dbd-eb4c-11f1-b81e-0f5d1783e4b8")
            .locale(Locale.forLanguageTag("vi"))
            .link("/opencms/tin-tuc/hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020")
            .title("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.")
            .section("Văn phòng Sở")
            .lead("Ngày 16/7/2020, Sở Lao động - Thương binh và Xã hội đã tổ chức Hội nghị Sơ kết công tác.")
            .addSection(new NewsArticle.Section("<p>Đồng chí A Kang, Giám đốc Sở dự và chủ trì Hội nghị.</p>",
                new NewsArticle.Image("/opencms/hinh-anh/quang-canh-hoi-nghi.jpg", "Quang cảnh Hội nghị",
                    "Quang cảnh Hội nghị sơ kết")))
            .addSection(new NewsArticle.Section("<p>Trong 6 tháng đầu năm …</p>", null))
            .byline("Tin và ảnh: Lê Thương.")
            .poster("SLDTBXH Kontum")
            .publishDate(PUBLISHED)
            .lastModified(MODIFIED)
            .addCategory("Tin hoạt động")
            .addRelated(new NewsArticle.Link("/opencms/tin-tuc/khac", "Tin khác", PUBLISHED))
            .build();
    }

    static NewsArticle hostile() {
        return NewsArticle.builder()
            .id("60970dbd-eb4c-11f1-b81e-0f5d1783e4b9")
            .locale(Locale.ENGLISH)
            .link("/opencms/tin-tuc/hostile")
            .title("T" + HOSTILE)
            .section("S" + HOSTILE)
            .lead("L" + HOSTILE)
            .addSection(new NewsArticle.Section("<p onclick=\"alert(3)\">B<script>alert(4)</script>"
                + "<a href=\"javascript:alert(5)\">x</a><img src=\"/i.png\" onerror=\"alert(6)\"></p>",
                new NewsArticle.Image("/opencms/i.png", "C" + HOSTILE, "A" + HOSTILE)))
            .byline("Y" + HOSTILE)
            .poster("P" + HOSTILE)
            .publishDate(PUBLISHED)
            .lastModified(MODIFIED)
            .source("N" + HOSTILE, "javascript:alert(7)")
            .addCategory("K" + HOSTILE)
            .addAttachment(new NewsArticle.Link("/opencms/a.pdf", "F" + HOSTILE, 0))
            .metaDescription("D" + HOSTILE)
            .build();
    }
}
