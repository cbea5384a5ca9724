package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.portalkit.core.url.Origin;

import com.fasterxml.jackson.databind.ObjectMapper;

class NewsDetailViewTest {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static NewsDetailView view(NewsArticle article) {
        return new NewsDetailView(article, HCM, 2079,
            new NewsDetailView.Urls(Origin.parse("https://sldtbxh.kontum.gov.vn"), "/tin-tuc/", "/opencms/print.jsp?id=1",
                "/opencms/beacon.jsp?id=1", "/opencms/system/modules/org.portalkit.news/resources/",
                "/opencms/system/modules/org.portalkit.core/resources/page.js"),
            "Sở Lao động");
    }

    @Test
    void theSeedArticleLooksLikeTheSeedPage() {
        NewsDetailView view = view(TestArticles.seed());
        assertTrue(view.isFound());
        assertEquals("VĂN PHÒNG SỞ", view.getSectionHeading());
        assertEquals("Đăng bởi : SLDTBXH Kontum Ngày đăng : 17/07/2020 Lượt xem : 2079", view.getFooterText());
        assertEquals(view.getFooterText(), TestHtml.text(view.getFooterHtml()));
        assertEquals("Quay Về", view.getText().get("news.back"));
        assertEquals("vi", view.getLang());
        assertEquals(2, view.getSections().size());
        assertEquals("Quang cảnh Hội nghị", view.getSections().get(0).getImage().getCaption());
        assertEquals("https://sldtbxh.kontum.gov.vn/opencms/tin-tuc/hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020",
            view.getCanonicalUrl());
        assertEquals("https://sldtbxh.kontum.gov.vn/opencms/hinh-anh/quang-canh-hoi-nghi.jpg", view.getImageUrl());
        assertEquals("/opencms/system/modules/org.portalkit.core/resources/page.js", view.getScriptUrl());
        assertEquals("17/07/2020", view.getRelated().get(0).getDateText());
        assertEquals("SLDTBXH Kontum", view.getPublisher());
    }

    @Test
    void englishArticlesGetEnglishTexts() {
        NewsArticle article = NewsArticle.builder().locale(Locale.ENGLISH).title("Conference").poster("DOLISA")
            .publishDate(TestArticles.PUBLISHED).build();
        NewsDetailView view = view(article);
        assertEquals("Posted by : DOLISA Published : 17/07/2020 Views : 2079", view.getFooterText());
        assertEquals("Back", view.getText().get("news.back"));
        assertEquals("Print", view.getText().get("news.print"));
    }

    @Test
    void richTextIsSanitized() {
        String html = view(TestArticles.hostile()).getSections().get(0).getHtml();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("B"), html);
    }

    @Test
    void hostileValuesInTheGeneratedMarkupAreEncoded() throws Exception {
        NewsDetailView view = view(TestArticles.hostile());
        assertFalse(view.getFooterHtml().contains("<img"), view.getFooterHtml());
        assertFalse(view.getFooterHtml().contains("</script"), view.getFooterHtml());
        assertEquals(view.getFooterText(), TestHtml.text(view.getFooterHtml()));
        assertFalse(view.getJsonLd().contains("<"), view.getJsonLd());
        assertEquals(view.getArticle().getTitle(), new ObjectMapper().readTree(view.getJsonLd()).get("headline").asText());
        // the source's javascript: URL was dropped when the article was built; the name stays (encoded by the JSP)
        assertEquals("", view.getArticle().getSourceUrl());
        assertEquals("N" + TestArticles.HOSTILE, view.getArticle().getSourceName());
    }

    @Test
    void noArticle() {
        NewsDetailView view = NewsDetailView.notFound(Locale.forLanguageTag("vi"));
        assertFalse(view.isFound());
        assertEquals("", view.getFooterHtml());
        assertEquals("", view.getJsonLd());
        assertTrue(view.getMetaTags().isEmpty());
        assertNull(view.getCanonicalUrl());
        assertEquals("Bài viết này không tồn tại hoặc chưa được đăng.", view.getText().get("news.notFound"));
        assertEquals("???no.such.key???", view.getText().get("no.such.key"));
    }
}
