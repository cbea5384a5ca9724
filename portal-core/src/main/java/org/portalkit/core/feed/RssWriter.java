package org.portalkit.core.feed;

import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.portalkit.core.list.ListItem;
import org.portalkit.core.text.XmlChars;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteUrls;

/**
 * Writes an RSS 2.0 document of list items with the JDK's streaming XML writer: text escaped by the writer,
 * characters XML cannot hold dropped ({@link XmlChars}), item links made absolute on the site's configured origin
 * (never a request header), dates in RFC 822 form (UTC), the feed's own address as {@code atom:link rel="self"}.
 * Items whose link cannot be made absolute are left out.
 *
 * <p>Why not Rome: the feed writer is shared by every module, so it lives in portal-core; Rome's jars would then be
 * shipped by two modules under the same file names in {@code WEB-INF/lib}, and replacing one module deletes the
 * other's copy. RSS 2.0 is small enough for the XML writer the JDK already has; the tests read every feed back with
 * Rome.
 */
public final class RssWriter {

    /** Media type of the feeds. */
    public static final String CONTENT_TYPE = "application/rss+xml; charset=UTF-8";

    /** Namespace of {@code atom:link}. */
    public static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
        .withZone(ZoneOffset.UTC);

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private RssWriter() {
    }

    /**
     * @param out     where the document goes (UTF-8 is declared: the caller's response must be UTF-8)
     * @param channel the channel data
     * @param items   the items, in the list's order
     * @param origin  the site's configured origin the item links are made absolute with; may be {@code null}
     *                (then only links OpenCms already wrote absolute, for other sites, are kept)
     * @throws XMLStreamException if writing fails
     */
    public static void write(Writer out, FeedChannel channel, List<ListItem> items, Origin origin)
        throws XMLStreamException {
        try {
            out.write(XmlChars.DECLARATION);
        } catch (java.io.IOException e) {
            throw new XMLStreamException(e);
        }
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", ATOM);
        xml.writeStartElement("channel");
        element(xml, "title", channel.title());
        element(xml, "link", channel.link());
        element(xml, "description", channel.description());
        element(xml, "language", channel.language().toLanguageTag());
        Instant newest = null;
        for (ListItem item : items) {
            if (item.date() != null && (newest == null || item.date().isAfter(newest))) {
                newest = item.date();
            }
        }
        if (newest != null) {
            element(xml, "pubDate", rfc822(newest));
        }
        if (channel.selfLink() != null) {
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", XmlChars.clean(channel.selfLink()));
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
        }
        for (ListItem item : items) {
            String url = SiteUrls.absolute(origin, item.link());
            if (url == null) {
                continue;
            }
            xml.writeStartElement("item");
            element(xml, "title", item.title());
            element(xml, "link", url);
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(XmlChars.clean(url));
            xml.writeEndElement();
            if (item.date() != null) {
                element(xml, "pubDate", rfc822(item.date()));
            }
            if (item.teaser() != null && !item.teaser().isBlank()) {
                element(xml, "description", item.teaser());
            }
            for (String category : item.categories()) {
                element(xml, "category", category);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** @return the instant in RFC 822 form as RSS wants it, e.g. {@code Tue, 3 Jun 2008 11:05:30 GMT} */
    static String rfc822(Instant instant) {
        return RFC_822.format(instant);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
    }
}
