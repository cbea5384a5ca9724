package org.portalkit.core.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.portalkit.core.list.ListItem;
import org.portalkit.core.url.Origin;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;

/** The feed writer, read back with Rome. */
class RssWriterTest {

    private static final String ORIGIN = "https://sldtbxh.kontum.gov.vn";

    private static final Origin SITE = Origin.parse(ORIGIN);

    private static final Instant PUBLISHED = Instant.parse("2020-07-17T01:30:00Z");

    private static ListItem item(String title, String link, Instant date, String teaser, String... categories) {
        return new ListItem("id", "/sites/default" + link, link, "pk-news", title, date, teaser, "", List.of(categories));
    }

    private static String write(FeedChannel channel, List<ListItem> items, Origin origin) throws Exception {
        StringWriter out = new StringWriter();
        RssWriter.write(out, channel, items, origin);
        return out.toString();
    }

    private static SyndFeed parse(String xml) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(new StringReader(xml));
    }

    @Test
    void anRss2FeedWithAbsoluteLinksRfc822DatesAndItsOwnAddress() throws Exception {
        String xml = write(new FeedChannel("SLDTBXH: tin tức", ORIGIN + "/", "Tin tức mới nhất",
            Locale.forLanguageTag("vi"), ORIGIN + "/system/modules/org.portalkit.news/elements/feed.jsp?folder=%2Ftin-tuc%2F"),
            List.of(item("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.", "/tin-tuc/hoi-nghi", PUBLISHED,
                "Ngày 16/7/2020 …", "tin-hoat-dong/"), item("Tin thứ hai", "/tin-tuc/thu-hai", null, "")), SITE);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("<pubDate>Fri, 17 Jul 2020 01:30:00 GMT</pubDate>"), xml);
        SyndFeed feed = parse(xml);
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("SLDTBXH: tin tức", feed.getTitle());
        assertEquals(ORIGIN + "/", feed.getLink());
        assertEquals("Tin tức mới nhất", feed.getDescription());
        assertEquals("vi", feed.getLanguage());
        assertEquals(PUBLISHED.toEpochMilli(), feed.getPublishedDate().getTime(), "channel date = newest item");
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(2, entries.size());
        assertEquals("Hội nghị Sơ kết công tác 6 tháng đầu năm 2020.", entries.get(0).getTitle());
        assertEquals(ORIGIN + "/tin-tuc/hoi-nghi", entries.get(0).getLink());
        assertEquals(ORIGIN + "/tin-tuc/hoi-nghi", entries.get(0).getUri(), "guid");
        assertEquals(PUBLISHED.toEpochMilli(), entries.get(0).getPublishedDate().getTime());
        assertEquals("Ngày 16/7/2020 …", entries.get(0).getDescription().getValue());
        assertEquals("tin-hoat-dong/", entries.get(0).getCategories().get(0).getName());
        assertEquals(ORIGIN + "/tin-tuc/thu-hai", entries.get(1).getLink());
        assertNull(entries.get(1).getPublishedDate());
        assertNull(entries.get(1).getDescription(), "no empty description");
        assertTrue(xml.contains("<atom:link href=\"" + ORIGIN
            + "/system/modules/org.portalkit.news/elements/feed.jsp?folder=%2Ftin-tuc%2F\" rel=\"self\" type=\"application/rss+xml\""), xml);
    }

    @Test
    void hostileTextIsEscapedAndIllegalCharactersDropped() throws Exception {
        String title = "A <b>&amp; \"q\" ]]> \u0001\u0008 end \uD800x \uD83D\uDE00";
        String xml = write(new FeedChannel("<channel> & co", ORIGIN, "d", Locale.ENGLISH, null),
            List.of(item(title, "/x", PUBLISHED, "</description><script>alert(1)</script>", "<cat>")), SITE);
        assertFalse(xml.contains("<b>"), xml);
        assertFalse(xml.contains("<script>"), xml);
        assertFalse(xml.contains("atom:link href"), "no self link given, none written");
        SyndFeed feed = parse(xml);
        assertEquals("<channel> & co", feed.getTitle());
        assertEquals("A <b>&amp; \"q\" ]]>  end x \uD83D\uDE00", feed.getEntries().get(0).getTitle());
        assertEquals("</description><script>alert(1)</script>", feed.getEntries().get(0).getDescription().getValue());
        assertEquals("<cat>", feed.getEntries().get(0).getCategories().get(0).getName());
    }

    @Test
    void itemsWithoutAUsableLinkAreLeftOut() throws Exception {
        String xml = write(new FeedChannel("t", ORIGIN, "d", Locale.ENGLISH, null), List.of(
            item("bad", "javascript:alert(1)", PUBLISHED, ""), item("relative", "x.html", PUBLISHED, ""),
            item("protocol relative", "//evil.example/", PUBLISHED, ""), item("quote", "/a\"b", PUBLISHED, ""),
            item("ok", "/ok", PUBLISHED, "")), SITE);
        SyndFeed feed = parse(xml);
        assertEquals(1, feed.getEntries().size());
        assertEquals("ok", feed.getEntries().get(0).getTitle());
    }

    @Test
    void withoutAnOriginOnlyAbsoluteLinksOfOtherSitesRemain() throws Exception {
        SyndFeed feed = parse(write(new FeedChannel("t", "", "", Locale.ENGLISH, null),
            List.of(item("here", "/a", PUBLISHED, ""), item("there", "https://other.example/b", PUBLISHED, "")), null));
        assertEquals(1, feed.getEntries().size());
        assertEquals("https://other.example/b", feed.getEntries().get(0).getLink());
        for (SyndLink link : feed.getLinks()) {
            assertFalse(link.getHref().contains("evil"), link.getHref());
        }
    }
}
