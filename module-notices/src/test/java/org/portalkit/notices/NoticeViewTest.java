package org.portalkit.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.portalkit.core.page.MetaTag;
import org.portalkit.core.url.Origin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NoticeViewTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final long ISSUED = Instant.parse("2026-11-30T03:00:00Z").toEpochMilli();
    private static final long DEADLINE = Instant.parse("2026-12-22T10:00:00Z").toEpochMilli();
    private static final Locale VI = new Locale("vi");

    private static Notice.Builder notice() {
        return Notice.builder().id("3c226abe-ee62-11f1-a2aa-f9e7b5a05003").locale(VI)
            .link("/thong-bao/tuyen-dung").title("Thông báo tuyển dụng </script> năm 2026").number("125/TB-SLĐTBXH")
            .issuingUnit("Sở Lao động - Thương binh và Xã hội").issueDate(ISSUED).deadline(DEADLINE)
            .summary("Tuyển dụng 12 chỉ tiêu.").bodyHtml("<p onclick=\"x()\">Nội dung<script>alert(1)</script></p>")
            .addDocument(new Notice.Document(1, "Kế hoạch", "ke-hoach.PDF", 1536 * 1024))
            .addDocument(new Notice.Document(3, "Mẫu đơn", "mau-don.docx", 2048));
    }

    private static NoticeView view(Notice notice, long now) {
        NoticeView.Urls urls = new NoticeView.Urls(Origin.parse("https://soldtbxh.kontum.gov.vn"), "/", "/print?id=x",
            "/beacon?id=x", "/res/", "/download.jsp?id=3c226abe-ee62-11f1-a2aa-f9e7b5a05003", "/page.js");
        return new NoticeView(notice, ZONE, 412, urls, "Cổng TTĐT Sở", now);
    }

    @Test
    void datesAreShownInTheModuleZone() {
        NoticeView v = view(notice().build(), ISSUED);
        assertEquals("30/11/2026", v.getIssueDateText());
        assertEquals("2026-11-30T10:00:00+07:00", v.getIssueDateIso());
        assertEquals("22/12/2026", v.getDeadlineText());
        assertFalse(v.isDeadlinePassed());
        assertTrue(view(notice().build(), DEADLINE + 1).isDeadlinePassed());
        assertFalse(view(notice().deadline(0).build(), DEADLINE + 1).isDeadlinePassed());
        assertEquals("", view(notice().deadline(0).build(), ISSUED).getDeadlineText());
    }

    @Test
    void documentsLinkTheDownloadByNoticeAndNumberWithKindAndSize() {
        List<NoticeView.DocumentView> docs = view(notice().build(), ISSUED).getDocuments();
        assertEquals(2, docs.size());
        assertEquals("/download.jsp?id=3c226abe-ee62-11f1-a2aa-f9e7b5a05003&n=1", docs.get(0).getHref());
        assertEquals("PDF", docs.get(0).getKind());
        assertEquals("1,5 MB", docs.get(0).getSize());
        assertEquals("/download.jsp?id=3c226abe-ee62-11f1-a2aa-f9e7b5a05003&n=3", docs.get(1).getHref());
        assertEquals("DOCX", docs.get(1).getKind());
        assertEquals("Mẫu đơn", docs.get(1).getText());
    }

    @Test
    void theBodyIsSanitized() {
        String html = view(notice().build(), ISSUED).getBodyHtml();
        assertTrue(html.contains("Nội dung"), html);
        assertFalse(html.contains("script") || html.contains("onclick"), html);
    }

    @Test
    void jsonLdNamesTheNumberUnitAndDatesAndCannotCloseItsScript() throws Exception {
        NoticeView v = view(notice().expiry(DEADLINE).build(), ISSUED);
        String json = v.getJsonLd();
        assertFalse(json.contains("</script"), json);
        JsonNode node = new ObjectMapper().readTree(json);
        assertEquals("Article", node.get("@type").asText());
        assertEquals("125/TB-SLĐTBXH", node.get("identifier").asText());
        assertEquals("Thông báo tuyển dụng </script> năm 2026", node.get("headline").asText());
        assertEquals("2026-11-30T10:00:00+07:00", node.get("datePublished").asText());
        assertEquals("2026-12-22T17:00:00+07:00", node.get("expires").asText());
        assertEquals("GovernmentOrganization", node.get("publisher").get("@type").asText());
        assertEquals("Sở Lao động - Thương binh và Xã hội", node.get("publisher").get("name").asText());
        assertEquals("https://soldtbxh.kontum.gov.vn/thong-bao/tuyen-dung", node.get("url").asText());
    }

    @Test
    void withoutAUnitTheSiteIsThePublisherAndWithoutSummaryTheNumberDescribes() {
        NoticeView v = view(notice().issuingUnit("").summary("").build(), ISSUED);
        assertEquals("Cổng TTĐT Sở", v.getPublisher());
        assertEquals("125/TB-SLĐTBXH - Thông báo tuyển dụng </script> năm 2026", v.getDescription());
    }

    @Test
    void openGraphTagsDescribeTheNoticeInItsLocale() {
        Map<String, String> tags = view(notice().build(), ISSUED).getMetaTags().stream()
            .collect(Collectors.toMap(MetaTag::getKey, MetaTag::getContent));
        assertEquals("article", tags.get("og:type"));
        assertEquals("vi_VN", tags.get("og:locale"));
        assertEquals("https://soldtbxh.kontum.gov.vn/thong-bao/tuyen-dung", tags.get("og:url"));
        assertEquals("Tuyển dụng 12 chỉ tiêu.", tags.get("og:description"));
        assertFalse(tags.containsKey("article:expiration_time"), "no expiry, no tag");
    }

    @Test
    void aMissingNoticeHasNoValues() {
        NoticeView v = NoticeView.notFound(VI);
        assertFalse(v.isFound());
        assertEquals(List.of(), v.getDocuments());
        assertEquals(List.of(), v.getMetaTags());
        assertEquals("", v.getJsonLd());
        assertNull(v.getCanonicalUrl());
        assertEquals("Thông báo này không tồn tại hoặc không còn hiệu lực.", v.getText().get("notices.notFound"));
    }
}
