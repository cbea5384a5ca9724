package org.portalkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VietnameseNewsTest {

    private static final long END = 1_800_000_000_000L;
    private static final long TEN_YEARS = 3653L * 24 * 3600 * 1000;

    @Test
    void theSameSeedGivesTheSameCorpus() {
        VietnameseNews a = new VietnameseNews(42, END);
        VietnameseNews b = new VietnameseNews(42, END);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.next(), b.next());
        }
    }

    @Test
    void datesSpanTenYearsAndEveryCategoryOccurs() {
        VietnameseNews news = new VietnameseNews(1, END);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        Set<String> categories = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            VietnameseNews.Article article = news.next();
            min = Math.min(min, article.date());
            max = Math.max(max, article.date());
            categories.addAll(article.categories());
            titles.add(article.title());
            assertTrue(article.title().length() <= 200, "news.xsd allows 200 characters: " + article.title());
            assertTrue(article.lead().length() <= 600);
        }
        assertTrue(max < END && min >= END - TEN_YEARS - 60_000, "within the ten years before the end");
        assertTrue(max - min > TEN_YEARS * 0.99, "spread over the whole ten years");
        assertEquals(Set.copyOf(VietnameseNews.CATEGORIES), categories);
        assertTrue(titles.size() > 4500, "titles rarely repeat (URL names stay short): " + titles.size());
    }

    @Test
    void theXmlFollowsTheSchemaOrderAndKeepsCdataIntact() {
        VietnameseNews.Article article = new VietnameseNews.Article("Đối thoại ]]> với doanh nghiệp", "Văn phòng Sở",
            "Sapo", "<p>Nội dung</p>", "Thu Hà", List.of("lao-dong-viec-lam", "tin-hoat-dong"), 1_600_000_000_000L);
        String xml = new String(NewsXml.of(article, "/sites/default"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Title><![CDATA[Đối thoại ]]]]><![CDATA[> với doanh nghiệp]]></Title>"), xml);
        int last = -1;
        for (String element : List.of("<Title>", "<Section>", "<Lead>", "<Body>", "<Byline>", "<Poster>", "<PublishDate>",
            "<Categories>", "<Featured>", "<Availability>")) {
            int at = xml.indexOf(element);
            assertTrue(at > last, element + " in the order of news.xsd");
            last = at;
        }
        assertTrue(xml.contains("<![CDATA[/sites/default/.categories/tin-hoat-dong/]]>"));
        assertTrue(xml.contains("<Release><![CDATA[1600000000000]]></Release>"), "release = publication date");
    }
}
