package org.portalkit.news;

import java.time.ZoneId;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.flex.CmsFlexController;
import org.opencms.jsp.CmsJspActionElement;
import org.opencms.jsp.util.CmsJspStandardContextBean;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.opencms.util.CmsUUID;
import org.opencms.xml.containerpage.CmsContainerElementBean;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.content.CmsXmlContentFactory;
import org.portalkit.core.counter.CounterService;
import org.portalkit.core.html.Encode;
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.list.ListItem;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

/**
 * One request to a news JSP with the OpenCms context it runs in: the user's {@link CmsObject}, the locale, the time
 * zone and the site's configured origin for absolute URLs.
 */
final class NewsRequest {

    private static final Log LOG = CmsLog.getLog(NewsRequest.class);

    private final CmsJspActionElement jsp;
    private final CmsObject cms;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ZoneId zone;

    private SiteOrigin site;

    private NewsRequest(CmsJspActionElement jsp, HttpServletRequest request, HttpServletResponse response) {
        this.jsp = jsp;
        this.cms = jsp.getCmsObject();
        this.request = request;
        this.response = response;
        this.zone = ModuleSettings.zone();
    }

    /** @return the context of the JSP's request */
    public static NewsRequest of(PageContext page) {
        HttpServletRequest request = (HttpServletRequest)page.getRequest();
        HttpServletResponse response = (HttpServletResponse)page.getResponse();
        return new NewsRequest(new CmsJspActionElement(page, request, response), request, response);
    }

    /**
     * Whether the JSP answers the request itself, rather than being included into a page (then it must not touch
     * the page's status or content type). See {@link ElementSettings#isIncluded(javax.servlet.ServletRequest)}.
     */
    public boolean isTopElement() {
        return !ElementSettings.isIncluded(request);
    }

    /**
     * Sets the response status, unless the JSP is included into another page. (OpenCms answers 200 for every JSP
     * unless the status is handed over this way.)
     */
    public void status(int code) {
        if (isTopElement()) {
            jsp.setStatus(code);
        }
    }

    /**
     * Sets the content type, unless the JSP is included into another page. OpenCms derives the type of a JSP's
     * response from the file name ({@code .jsp}: HTML) and ignores the JSP's own page directive, so the type is set on
     * the response OpenCms sends.
     */
    public void contentType(String type) {
        CmsFlexController controller = CmsFlexController.getController(request);
        if (controller == null) {
            response.setContentType(type);
        } else if (isTopElement()) {
            controller.getTopResponse().setContentType(type);
        }
    }

    public CmsObject cms() {
        return cms;
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The locale of the requested page. */
    public Locale locale() {
        return cms.getRequestContext().getLocale();
    }

    public String siteRoot() {
        return cms.getRequestContext().getSiteRoot();
    }

    /**
     * The addresses of the current site from OpenCms's site configuration ({@code opencms-sites.xml}): the origin for
     * absolute URLs and the origins the site answers to. Never the request's {@code Host} or forwarding headers.
     */
    public SiteOrigin site() {
        if (site == null) {
            site = SiteOrigin.current(cms);
        }
        return site;
    }

    /**
     * The origin for absolute URLs: the site's configured address ({@link SiteOrigin#primary()}), whatever host the
     * request was sent to.
     *
     * @return the origin, or {@code null} when the configuration names no usable address
     */
    public Origin origin() {
        return site().primary();
    }

    /**
     * The article to show: the container element being formatted, else the requested resource.
     *
     * @return the resource, or {@code null} if it is no news article
     */
    public CmsResource currentNews() {
        CmsJspStandardContextBean context = CmsJspStandardContextBean.getInstance(request);
        CmsContainerElementBean element = context.getElement();
        CmsResource resource = null;
        try {
            if (element != null) {
                if (element.getResource() == null) {
                    element.initResource(cms);
                }
                resource = element.getResource();
            }
            if (resource == null) {
                resource = cms.readResource(cms.getRequestContext().getUri(), CmsResourceFilter.DEFAULT);
            }
        } catch (CmsException e) {
            LOG.debug("No news article for " + cms.getRequestContext().getUri(), e);
            return null;
        }
        return ContentReader.isNews(resource) ? resource : null;
    }

    /**
     * @param id a structure id (already checked to be a UUID)
     * @return the news article with that id in the current site (or below /shared/), or {@code null} if there is
     *         none that the user may read (deleted, expired, not released, other site, other type)
     */
    public CmsResource newsById(String id) {
        try {
            CmsResource resource = cms.readResource(new CmsUUID(id), CmsResourceFilter.DEFAULT);
            return ContentReader.isNews(resource) && isInSite(resource) ? resource : null;
        } catch (CmsException | NumberFormatException e) {
            return null;
        }
    }

    /** Whether a resource belongs to the current site (or to /shared/). */
    public boolean isInSite(CmsResource resource) {
        String siteRoot = siteRoot();
        String path = resource.getRootPath();
        return path.startsWith("/shared/") || siteRoot.isEmpty() || path.startsWith(siteRoot + "/");
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
            article = ContentReader.read(cms, resource, locale(), request);
        } catch (CmsException e) {
            LOG.error("Cannot read the news article " + resource.getRootPath(), e);
            return NewsDetailView.notFound(locale());
        }
        if (article == null) {
            return NewsDetailView.notFound(locale());
        }
        String home = OpenCms.getLinkManager().substituteLink(cms, "/");
        String back = BackLink.resolve(request, site(), home);
        String id = Encode.url(article.getId());
        NewsDetailView.Urls urls = new NewsDetailView.Urls(origin(), back,
            Links.module(cms, "elements/print.jsp") + "?id=" + id,
            Links.module(cms, "elements/view-beacon.jsp") + "?id=" + id, Links.module(cms, "resources/"));
        return new NewsDetailView(article, zone, views(article.getId()), urls, ModuleSettings.siteTitle(cms));
    }

    /**
     * @param resource a news article
     * @return its list entry (title, date, lead, image), or {@code null} if it cannot be read
     */
    public NewsListItem listItem(CmsResource resource) {
        try {
            CmsXmlContent xml = CmsXmlContentFactory.unmarshal(cms, resource, request);
            Locale locale = ContentReader.chooseLocale(xml, locale());
            if (locale == null) {
                return null;
            }
            return ContentReader.listItem(cms, resource, xml, locale, zone);
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
            item.teaser(), Links.forRootOrSitePath(cms, item.imagePath()), "", item.categories(), 0);
    }

    /**
     * @param id an article's structure id
     * @return its current number of views; 0 when the counters cannot be read (the page still renders)
     */
    public static long views(String id) {
        try {
            return CounterService.get().value(NewsListMapping.VIEWS_KEY_PREFIX + id);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the view counter of " + id, e);
            return 0;
        }
    }
}
