package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portalkit.core.page.MetaTag;

class NewsMetaTagsTest {

    private static Map<String, String> map(NewsArticle article, String url, String image) {
        Map<String, String> map = new LinkedHashMap<>();
        for (MetaTag tag : NewsMetaTags.build(article, url, image, "SLDTBXH", ZoneId.of("Asia/Ho_Chi_Minh"))) {
            map.put(tag.getAttribute() + ":" + tag.getKey(), tag.getContent());
        }
        return map;
    }

    @Test
    void openGraphAndTwitterTags() {
        Map<String, String> tags = map(TestArticles.seed(), "https://x.vn/a", "https://x.vn/a.jpg");
        assertEquals("article", tags.get("property:og:type"));
        assertEquals("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.", tags.get("property:og:title"));
        assertEquals("https://x.vn/a", tags.get("property:og:url"));
        assertEquals("https://x.vn/a.jpg", tags.get("property:og:image"));
        assertEquals("Quang cảnh Hội nghị sơ kết", tags.get("property:og:image:alt"));
        assertEquals("vi_VN", tags.get("property:og:locale"));
        assertEquals("SLDTBXH", tags.get("property:og:site_name"));
        assertEquals("2020-07-17T08:30:00+07:00", tags.get("property:article:published_time"));
        assertEquals("Văn phòng Sở", tags.get("property:article:section"));
        assertEquals("summary_large_image", tags.get("name:twitter:card"));
        assertEquals(tags.get("property:og:description"), tags.get("name:twitter:description"));
    }

    @Test
    void withoutImageASmallCard() {
        Map<String, String> tags = map(NewsArticle.builder().title("x").build(), null, null);
        assertEquals("summary", tags.get("name:twitter:card"));
        assertFalse(tags.containsKey("property:og:image"));
        assertFalse(tags.containsKey("property:og:url"));
    }

}
