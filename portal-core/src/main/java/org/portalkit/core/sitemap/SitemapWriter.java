package org.portalkit.core.sitemap;

import java.io.Writer;
import java.time.Instant;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.portalkit.core.text.XmlChars;

/**
 * Writes a sitemap document entry by entry (the JDK's streaming XML writer: nothing of the document is kept in
 * memory), in one of three forms: a URL set ({@code <urlset>}, sitemaps.org 0.9), a sitemap index
 * ({@code <sitemapindex>}) or a Google News URL set ({@code <urlset>} with {@code news:news}). Text is escaped by the
 * writer and freed of characters XML cannot hold; a document takes at most {@value #MAX_ENTRIES} entries, as the
 * protocol demands (a news sitemap at most {@value #MAX_NEWS_ENTRIES}, as Google demands).
 */
public final class SitemapWriter implements AutoCloseable {

    /** Namespace of sitemaps and sitemap indexes. */
    public static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** Namespace of the Google News extension. */
    public static final String NS_NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** Most entries of a sitemap or sitemap index (sitemaps.org). */
    public static final int MAX_ENTRIES = 50_000;

    /** Most entries of a news sitemap (Google News). */
    public static final int MAX_NEWS_ENTRIES = 1_000;

    /** Longest URL the protocol allows. */
    public static final int MAX_URL_LENGTH = 2048;

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** The three document forms. */
    public enum Kind {
        /** {@code <urlset>} of {@code <url>}. */
        URLSET,
        /** {@code <sitemapindex>} of {@code <sitemap>}. */
        INDEX,
        /** {@code <urlset>} of {@code <url>} with {@code news:news}. */
        NEWS
    }

    private final XMLStreamWriter m_xml;

    private final Kind m_kind;

    private final int m_max;

    private int m_count;

    private boolean m_closed;

    private SitemapWriter(Writer out, Kind kind, int max) throws XMLStreamException {
        try {
            out.write(XmlChars.DECLARATION);
        } catch (java.io.IOException e) {
            throw new XMLStreamException(e);
        }
        m_xml = FACTORY.createXMLStreamWriter(out);
        m_kind = kind;
        m_max = max;
        m_xml.writeStartElement(kind == Kind.INDEX ? "sitemapindex" : "urlset");
        m_xml.writeDefaultNamespace(NS);
        if (kind == Kind.NEWS) {
            m_xml.writeNamespace("news", NS_NEWS);
        }
    }

    /**
     * @param out  where the document goes (its encoding must be UTF-8)
     * @param kind the document form
     * @return a writer that has written the document's start
     * @throws XMLStreamException if writing fails
     */
    public static SitemapWriter start(Writer out, Kind kind) throws XMLStreamException {
        return new SitemapWriter(out, kind, kind == Kind.NEWS ? MAX_NEWS_ENTRIES : MAX_ENTRIES);
    }

    /** Like {@link #start(Writer, Kind)} with a smaller cap (tests, partial documents). */
    static SitemapWriter start(Writer out, Kind kind, int max) throws XMLStreamException {
        return new SitemapWriter(out, kind, Math.min(max, kind == Kind.NEWS ? MAX_NEWS_ENTRIES : MAX_ENTRIES));
    }

    /** @return whether the document has room for another entry */
    public boolean hasRoom() {
        return m_count < m_max;
    }

    /** @return the entries written so far */
    public int count() {
        return m_count;
    }

    /**
     * A page of a URL set.
     *
     * @param loc     the page's absolute URL
     * @param lastmod its last modification, or {@code null}
     * @return whether it was written: {@code false} when the URL is unusable (empty, longer than
     *         {@value #MAX_URL_LENGTH}) or the document is full
     * @throws XMLStreamException if writing fails
     */
    public boolean url(String loc, Instant lastmod) throws XMLStreamException {
        return entry(Kind.URLSET, "url", loc, lastmod);
    }

    /**
     * A sitemap of an index.
     *
     * @param loc     the sitemap's absolute URL
     * @param lastmod its last modification, or {@code null}
     * @return whether it was written (see {@link #url})
     * @throws XMLStreamException if writing fails
     */
    public boolean sitemap(String loc, Instant lastmod) throws XMLStreamException {
        return entry(Kind.INDEX, "sitemap", loc, lastmod);
    }

    /** A {@code loc}/{@code lastmod} entry of a URL set or an index. */
    private boolean entry(Kind kind, String element, String loc, Instant lastmod) throws XMLStreamException {
        require(kind);
        if (!usable(loc)) {
            return false;
        }
        m_xml.writeStartElement(element);
        text("loc", loc);
        if (lastmod != null) {
            text("lastmod", W3cDates.format(lastmod));
        }
        m_xml.writeEndElement();
        m_count++;
        return true;
    }

    /**
     * An article of a news sitemap.
     *
     * @param loc         the article's absolute URL
     * @param publication the publication's name (the site's name)
     * @param language    the publication's language, ISO 639 ({@code vi}, {@code en}, {@code zh-cn})
     * @param published   the article's publication date
     * @param title       the article's title
     * @return whether it was written (see {@link #url}; also {@code false} without a title or date)
     * @throws XMLStreamException if writing fails
     */
    public boolean news(String loc, String publication, String language, Instant published, String title)
        throws XMLStreamException {
        require(Kind.NEWS);
        if (!usable(loc) || published == null || title == null || title.isBlank()) {
            return false;
        }
        m_xml.writeStartElement("url");
        text("loc", loc);
        m_xml.writeStartElement(NS_NEWS, "news");
        m_xml.writeStartElement(NS_NEWS, "publication");
        m_xml.writeStartElement(NS_NEWS, "name");
        m_xml.writeCharacters(XmlChars.clean(publication));
        m_xml.writeEndElement();
        m_xml.writeStartElement(NS_NEWS, "language");
        m_xml.writeCharacters(XmlChars.clean(language));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeStartElement(NS_NEWS, "publication_date");
        m_xml.writeCharacters(W3cDates.format(published));
        m_xml.writeEndElement();
        m_xml.writeStartElement(NS_NEWS, "title");
        m_xml.writeCharacters(XmlChars.clean(title.strip()));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_count++;
        return true;
    }

    /** Ends the document and flushes it (the underlying writer stays open). */
    @Override
    public void close() throws XMLStreamException {
        if (m_closed) {
            return;
        }
        m_closed = true;
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        m_xml.flush();
        m_xml.close();
    }

    private boolean usable(String loc) {
        return loc != null && !loc.isEmpty() && loc.length() <= MAX_URL_LENGTH && m_count < m_max;
    }

    private void require(Kind kind) {
        if (m_kind != kind || m_closed) {
            throw new IllegalStateException("A " + m_kind + " sitemap" + (m_closed ? " (closed)" : "") + " cannot take this entry");
        }
    }

    private void text(String name, String value) throws XMLStreamException {
        m_xml.writeStartElement(name);
        m_xml.writeCharacters(XmlChars.clean(value));
        m_xml.writeEndElement();
    }
}
