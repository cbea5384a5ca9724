package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.portalkit.core.url.Origin;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

class NewsFeedTest {

    private static final String ORIGIN = "https://sldtbxh.kontum.gov.vn";

    private static final Origin SITE = Origin.parse(ORIGIN);

    private static NewsListItem item(String title, String link, long date, String lead, String... categories) {
        return new NewsListItem("id", title, link, date, "", lead, "", "", List.of(categories), 0);
    }

    private static SyndFeed parse(String xml) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(new StringReader(xml));
    }

    @Test
    void anRss2FeedWithAbsoluteLinksAndRfc822Dates() throws Exception {
        String xml = NewsFeed.rss("SLDTBXH: tin tức", ORIGIN + "/", "Tin tức mới nhất", Locale.forLanguageTag("vi"),
            SITE, List.of(
                item("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.", "/tin-tuc/hoi-nghi", TestArticles.PUBLISHED,
                    "Ngày 16/7/2020 …", "tin-hoat-dong/"),
                item("Tin thứ hai", "/tin-tuc/thu-hai", 0, "")));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("<rss"), xml);
        assertTrue(xml.contains("<pubDate>Fri, 17 Jul 2020 01:30:00 GMT</pubDate>"), xml);
        SyndFeed feed = parse(xml);
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("SLDTBXH: tin tức", feed.getTitle());
        assertEquals("vi", feed.getLanguage());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(2, entries.size());
        assertEquals("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.", entries.get(0).getTitle());
        assertEquals(ORIGIN + "/tin-tuc/hoi-nghi", entries.get(0).getLink());
        assertEquals(TestArticles.PUBLISHED, entries.get(0).getPublishedDate().getTime());
        assertEquals("Ngày 16/7/2020 …", entries.get(0).getDescription().getValue());
        assertEquals("tin-hoat-dong/", entries.get(0).getCategories().get(0).getName());
        assertEquals(ORIGIN + "/tin-tuc/thu-hai", entries.get(1).getLink());
    }

    @Test
    void hostileTextIsEscapedAndIllegalCharactersDropped() throws Exception {
        String title = "A <b>&amp; \"q\" ]]> \u0001\u0008 end";
        String xml = NewsFeed.rss("<channel> & co", ORIGIN, "d", Locale.ENGLISH, SITE,
            List.of(item(title, "/x", 1, "</description><script>alert(1)</script>", "<cat>")));
        assertFalse(xml.contains("<b>"), xml);
        assertFalse(xml.contains("<script>"), xml);
        SyndFeed feed = parse(xml);
        assertEquals("<channel> & co", feed.getTitle());
        assertEquals("A <b>&amp; \"q\" ]]>  end", feed.getEntries().get(0).getTitle());
        assertEquals("</description><script>alert(1)</script>", feed.getEntries().get(0).getDescription().getValue());
        assertEquals("<cat>", feed.getEntries().get(0).getCategories().get(0).getName());
    }

    @Test
    void itemsWithoutAUsableLinkAreLeftOut() throws Exception {
        String xml = NewsFeed.rss("t", ORIGIN, "d", Locale.ENGLISH, SITE, List.of(
            item("bad", "javascript:alert(1)", 1, ""), item("relative", "x.html", 1, ""),
            item("protocol relative", "//evil.example/", 1, ""), item("ok", "/ok", 1, "")));
        SyndFeed feed = parse(xml);
        assertEquals(1, feed.getEntries().size());
        assertEquals("ok", feed.getEntries().get(0).getTitle());
    }

    @Test
    void xmlDropsOnlyCharactersXmlCannotHold() {
        assertEquals("a\tb\nc😀d", NewsFeed.xml("a\tb\nc😀d\u0000\uFFFE\uD800"));
        assertEquals("", NewsFeed.xml(null));
    }
}
