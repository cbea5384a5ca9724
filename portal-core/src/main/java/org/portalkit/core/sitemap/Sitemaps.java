package org.portalkit.core.sitemap;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;
import javax.xml.stream.XMLStreamException;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.flex.CmsFlexController;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.opencms.module.CmsModule;
import org.opencms.search.solr.CmsSolrIndex;
import org.portalkit.core.Messages;
import org.portalkit.core.internal.StandaloneResponse;
import org.portalkit.core.list.ListTypeMapping;
import org.portalkit.core.list.internal.Values;
import org.portalkit.core.sitemap.internal.SitemapQueries;
import org.portalkit.core.sitemap.internal.SitemapSource;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

/**
 * The XML sitemaps and robots.txt of a site, answered at the site root by {@link SiteFilesHandler}:
 *
 * <table>
 * <caption>URLs</caption>
 * <tr><td>{@code /robots.txt}</td><td>{@code text/plain}: every robot welcome, {@code Sitemap:} lines with the
 * absolute URLs of the sitemap index and (with the news module) the news sitemap</td></tr>
 * <tr><td>{@code /sitemap.xml}</td><td>sitemap index of the parts</td></tr>
 * <tr><td>{@code /sitemap-<n>.xml}</td><td>part n: at most {@value SitemapParts#PART_SIZE} pages</td></tr>
 * <tr><td>{@code /sitemap-news.xml}</td><td>Google News sitemap, {@link #news}</td></tr>
 * </table>
 *
 * <p>Entries are what the Guest sees in the Online project: documents of the sitemap types in the site, with the
 * list engine's visibility filters (released, not expired, not excluded from search), each read as the Guest
 * ({@code CmsResourceFilter.DEFAULT}; unreadable ones are left out), linked by OpenCms' link manager and made
 * absolute on the site's configured origin ({@link SiteOrigin}, never a request header); {@code lastmod} is the
 * resource's last modification. The documents come from Solr {@value SitemapQueries#ROWS} at a time
 * ({@code cursorMark}, {@code solr_id} order) and every entry is written as soon as it is read, so memory does not
 * grow with the site. See docs/feeds-and-sitemaps.md.
 */
public final class Sitemaps {

    /** Media type of the sitemaps. */
    public static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    /** Media type of robots.txt. */
    public static final String ROBOTS_CONTENT_TYPE = "text/plain; charset=UTF-8";

    /** Resource types whose resources are pages of the sitemap, unless the core module's parameter says otherwise. */
    public static final List<String> DEFAULT_TYPES = List.of("pk-page", "pk-news", "pk-notice", "containerpage",
        "xmlpage");

    /** Parameter of the module {@code org.portalkit.core}: comma-separated resource types of the sitemap. */
    public static final String TYPES_PARAMETER = "sitemap.types";

    /** Path of the news sitemap (served by the news module's JSP, {@link SiteFilesHandler}). */
    public static final String NEWS_PATH = "/sitemap-news.xml";

    private static final Log LOG = CmsLog.getLog(Sitemaps.class);

    private Sitemaps() {
    }

    /**
     * The core module's site file JSP: robots.txt, the sitemap index or a part, by the requested path
     * ({@link SiteFilesHandler#requestedPath}). Unknown path or part: 404; no configured origin or no Solr: 503.
     *
     * @param page the JSP's page context
     * @throws IOException if the answer cannot be written
     */
    public static void answer(PageContext page) throws IOException {
        StandaloneResponse response = StandaloneResponse.of(page);
        CmsObject cms = CmsFlexController.getCmsObject(page.getRequest());
        String path = SiteFilesHandler.requestedPath(response.request(), cms);
        String siteRoot = cms.getRequestContext().getSiteRoot();
        Origin origin = SiteOrigin.forSiteRoot(siteRoot).primary();
        Locale locale = cms.getRequestContext().getLocale();
        if (origin == null) {
            LOG.error("No sitemap for the site " + siteRoot + ": opencms-sites.xml names no usable server");
            response.plain(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "");
            return;
        }
        try {
            if (SiteFilesHandler.ROBOTS.equals(path)) {
                response.contentType(ROBOTS_CONTENT_TYPE);
                robots(response.writer(), origin, cms.existsResource(SiteFilesHandler.NEWS_JSP));
                return;
            }
            int part = SiteFilesHandler.SITEMAP.equals(path) ? 0 : SiteFilesHandler.part(path);
            if (part < 0) {
                response.plain(HttpServletResponse.SC_NOT_FOUND, Messages.get("sitemap.error.notFound", locale));
                return;
            }
            SitemapSource source = source(siteRoot);
            List<String> types = types();
            long total = source.count(SitemapQueries.count(types, siteRoot));
            SitemapParts parts = SitemapParts.DEFAULT;
            if (part == 0) {
                response.contentType(CONTENT_TYPE);
                index(response.writer(), origin, parts.parts(total));
            } else if (!parts.exists(part, total)) {
                response.plain(HttpServletResponse.SC_NOT_FOUND, Messages.get("sitemap.error.notFound", locale));
            } else {
                response.contentType(CONTENT_TYPE);
                part(response.writer(), source, origin, types, parts, part, siteRoot);
            }
        } catch (CmsException | XMLStreamException | RuntimeException e) {
            LOG.error("The sitemap " + path + " of " + siteRoot + " cannot be built", e);
            response.plain(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "");
        }
    }

    /**
     * The Google News sitemap of a site: the articles of one type published in the last two days (by the mapping's
     * date field) and visible to the Guest, newest first, at most {@value SitemapWriter#MAX_NEWS_ENTRIES}.
     *
     * @param page        the news module's JSP's page context
     * @param mapping     the news type's fields
     * @param publication the publication's name (the site's name)
     * @throws IOException if the answer cannot be written
     */
    public static void news(PageContext page, ListTypeMapping mapping, String publication) throws IOException {
        StandaloneResponse response = StandaloneResponse.of(page);
        CmsObject cms = CmsFlexController.getCmsObject(page.getRequest());
        String siteRoot = cms.getRequestContext().getSiteRoot();
        Origin origin = SiteOrigin.forSiteRoot(siteRoot).primary();
        Locale locale = cms.getRequestContext().getLocale();
        try {
            if (origin == null) {
                throw new IllegalStateException("opencms-sites.xml names no usable server for " + siteRoot);
            }
            String titleField = ListTypeMapping.field(mapping.titleField(), locale);
            String dateField = ListTypeMapping.field(mapping.dateField(), locale);
            SitemapSource source = source(siteRoot);
            List<SitemapSource.Hit> hits = source.fetch(SitemapQueries.news(mapping.type(), titleField, dateField, locale,
                siteRoot, SitemapWriter.MAX_NEWS_ENTRIES));
            response.contentType(CONTENT_TYPE);
            try (SitemapWriter out = SitemapWriter.start(response.writer(), SitemapWriter.Kind.NEWS)) {
                for (SitemapSource.Hit hit : hits) {
                    Date date = hit.date(dateField);
                    if (hit.resource() != null && date != null) {
                        out.news(url(source.guest(), origin, hit.resource()), publication, language(locale),
                            date.toInstant(), String.valueOf(hit.text(titleField)));
                    }
                }
            }
        } catch (CmsException | XMLStreamException | RuntimeException e) {
            LOG.error("The news sitemap of " + siteRoot + " cannot be built", e);
            response.plain(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "");
        }
    }

    /**
     * @param out    where robots.txt goes
     * @param origin the site's configured origin
     * @param news   whether the site has a news sitemap
     */
    static void robots(Writer out, Origin origin, boolean news) throws IOException {
        out.write("User-agent: *\nDisallow:\n\nSitemap: " + origin.resolve(SiteFilesHandler.SITEMAP) + "\n");
        if (news) {
            out.write("Sitemap: " + origin.resolve(NEWS_PATH) + "\n");
        }
    }

    /** The index: one entry per part. */
    static void index(Writer out, Origin origin, int parts) throws XMLStreamException {
        try (SitemapWriter index = SitemapWriter.start(out, SitemapWriter.Kind.INDEX)) {
            for (int n = 1; n <= parts; n++) {
                index.sitemap(origin.resolve("/sitemap-" + n + ".xml"), null);
            }
        }
    }

    /**
     * One part: its documents in {@code solr_id} order, a page of {@value SitemapQueries#ROWS} at a time by key
     * (after the last one seen), each written at once.
     */
    private static void part(Writer out, SitemapSource source, Origin origin, List<String> types, SitemapParts parts,
        int part, String siteRoot) throws CmsException, IOException, XMLStreamException {
        long offset = parts.offset(part);
        String after = source.keyBefore(types, siteRoot, offset);
        long left = offset > 0 && after == null ? 0 : parts.size();
        try (SitemapWriter urls = SitemapWriter.start(out, SitemapWriter.Kind.URLSET, parts.size())) {
            while (left > 0) {
                int rows = (int)Math.min(SitemapQueries.ROWS, left);
                List<SitemapSource.Hit> hits = source.fetch(SitemapQueries.after(types, siteRoot, after, rows));
                for (SitemapSource.Hit hit : hits) {
                    left--;
                    if (hit.resource() != null) {
                        urls.url(url(source.guest(), origin, hit.resource()),
                            Instant.ofEpochMilli(hit.resource().getDateLastModified()));
                    }
                }
                if (hits.size() < rows) {
                    break;
                }
                after = hits.get(hits.size() - 1).solrId();
            }
        }
    }

    /**
     * @return the resource's absolute URL on the site's origin ({@code …/index.html} as its folder), or {@code null}
     *         when OpenCms links it to another server
     */
    static String url(CmsObject guest, Origin origin, CmsResource resource) {
        String link = OpenCms.getLinkManager().substituteLinkForRootPath(guest, resource.getRootPath());
        if (link != null && link.endsWith("/index.html")) {
            link = link.substring(0, link.length() - "index.html".length());
        }
        return origin.resolve(link);
    }

    /** @return the Guest in the Online project, in the site */
    private static CmsObject guest(String siteRoot) throws CmsException {
        CmsObject guest = OpenCms.initCmsObject(OpenCms.getDefaultUsers().getUserGuest());
        guest.getRequestContext().setSiteRoot(siteRoot);
        return guest;
    }

    /** @return the documents of "Solr Online" for the Guest of the site: from Solr directly, else checked */
    private static SitemapSource source(String siteRoot) throws CmsException {
        CmsSolrIndex index = OpenCms.getSearchManager().getIndexSolr(CmsSolrIndex.DEFAULT_INDEX_NAME_ONLINE);
        if (index == null) {
            throw new IllegalStateException("No Solr Online index");
        }
        return SitemapSource.of(guest(siteRoot), index);
    }

    /** @return the sitemap's types: the core module's parameter {@value #TYPES_PARAMETER}, else the defaults */
    static List<String> types() {
        CmsModule module = OpenCms.getModuleManager().getModule("org.portalkit.core");
        String value = module == null ? null : module.getParameter(TYPES_PARAMETER);
        return parseTypes(value);
    }

    /** @return the checked type names of a comma-separated list; the defaults when none is usable */
    static List<String> parseTypes(String value) {
        List<String> types = new ArrayList<>();
        if (value != null) {
            for (String name : value.split(",")) {
                String type = name.strip();
                if (Values.isName(type) && !types.contains(type) && types.size() < 50) {
                    types.add(type);
                }
            }
        }
        return types.isEmpty() ? DEFAULT_TYPES : List.copyOf(types);
    }

    /** @return the language as Google News wants it: ISO 639 ({@code vi}; Chinese {@code zh-cn}/{@code zh-tw}) */
    static String language(Locale locale) {
        String language = locale.getLanguage();
        if ("zh".equals(language) && !locale.getCountry().isEmpty()) {
            return "zh-" + locale.getCountry().toLowerCase(Locale.ROOT);
        }
        return language.isEmpty() ? "vi" : language;
    }
}
