package org.portalkit.news;

import java.time.ZoneId;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.content.CmsXmlContentFactory;
import org.portalkit.core.html.Encode;
import org.portalkit.core.list.ListItem;
import org.portalkit.core.page.BackLink;
import org.portalkit.core.page.PageScript;
import org.portalkit.core.page.PageRequest;
import org.portalkit.core.page.ViewBeacon;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

/**
 * One request to a news JSP with the OpenCms context it runs in: the user's {@link CmsObject}, the locale, the time
 * zone and the site's configured origin for absolute URLs.
 */
final class NewsRequest {

    private static final Log LOG = CmsLog.getLog(NewsRequest.class);

    private final PageRequest page;
    private final ZoneId zone;

    private NewsRequest(PageRequest page) {
        this.page = page;
        this.zone = ModuleSettings.zone();
    }

    /** @return the context of the JSP's request */
    public static NewsRequest of(PageContext page) {
        return new NewsRequest(PageRequest.of(page));
    }

    /** The request as portal-core's page helpers take it. */
    public PageRequest page() {
        return page;
    }

    /** @see PageRequest#isTopElement() */
    public boolean isTopElement() {
        return page.isTopElement();
    }

    /** @see PageRequest#status(int) */
    public void status(int code) {
        page.status(code);
    }

    /** @see PageRequest#contentType(String) */
    public void contentType(String type) {
        page.contentType(type);
    }

    public CmsObject cms() {
        return page.cms();
    }

    public HttpServletRequest request() {
        return page.request();
    }

    public HttpServletResponse response() {
        return page.response();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The locale of the requested page. */
    public Locale locale() {
        return page.locale();
    }

    public String siteRoot() {
        return page.siteRoot();
    }

    /** @see PageRequest#site() */
    public SiteOrigin site() {
        return page.site();
    }

    /** @see PageRequest#origin() */
    public Origin origin() {
        return page.origin();
    }

    /**
     * The article to show: the container element being formatted, else the requested resource.
     *
     * @return the resource, or {@code null} if it is no news article
     */
    public CmsResource currentNews() {
        return page.current(NewsListMapping.TYPE);
    }

    /**
     * @param id a structure id (already checked to be a UUID)
     * @return the news article with that id in the current site (or below /shared/), or {@code null} if there is
     *         none that the user may read (deleted, expired, not released, other site, other type)
     */
    public CmsResource newsById(String id) {
        return page.byId(id, NewsListMapping.TYPE);
    }

    /**
     * @param resource a news article
     * @return the detail view of it, or a "not found" view
     */
    public NewsDetailView detail(CmsResource resource) {
        if (resource == null) {
            return NewsDetailView.notFound(locale());
        }
        NewsArticle article;
        try {
            article = ContentReader.read(cms(), resource, locale(), request());
        } catch (CmsException e) {
            LOG.error("Cannot read the news article " + resource.getRootPath(), e);
            return NewsDetailView.notFound(locale());
        }
        if (article == null) {
            return NewsDetailView.notFound(locale());
        }
        String back = BackLink.resolve(request(), site(), page.home());
        String id = Encode.url(article.getId());
        NewsDetailView.Urls urls = new NewsDetailView.Urls(origin(), back,
            Links.module(cms(), "elements/print.jsp") + "?id=" + id,
            Links.module(cms(), "elements/view-beacon.jsp") + "?id=" + id, Links.module(cms(), "resources/"),
            PageScript.link(cms()));
        return new NewsDetailView(article, zone, views(article.getId()), urls, ModuleSettings.siteTitle(cms()));
    }

    /**
     * @param resource a news article
     * @return its list entry (title, date, lead, image), or {@code null} if it cannot be read
     */
    public NewsListItem listItem(CmsResource resource) {
        try {
            CmsXmlContent xml = CmsXmlContentFactory.unmarshal(cms(), resource, request());
            Locale locale = ContentReader.chooseLocale(xml, locale());
            if (locale == null) {
                return null;
            }
            return ContentReader.listItem(cms(), resource, xml, locale, zone);
        } catch (CmsException e) {
            LOG.debug("Cannot read the news article " + resource.getRootPath(), e);
            return null;
        }
    }

    /**
     * @param item an entry of a list the engine answered
     * @return it as the news JSPs and the feed show it: date as {@code dd/MM/yyyy} in the site's zone, image as a link
     */
    public NewsListItem listItem(ListItem item) {
        long millis = item.date() == null ? 0 : item.date().toEpochMilli();
        return new NewsListItem(item.id(), item.title(), item.link(), millis, NewsFormat.date(millis, zone),
            item.teaser(), Links.forRootOrSitePath(cms(), item.imagePath()), "", item.categories(), 0);
    }

    /**
     * @param id an article's structure id
     * @return its current number of views; 0 when the counters cannot be read (the page still renders)
     */
    public static long views(String id) {
        return ViewBeacon.views(NewsListMapping.VIEWS_KEY_PREFIX + id);
    }
}
