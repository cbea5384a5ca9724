package org.portalkit.news;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.JspWriter;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.portalkit.core.url.SiteUrls;
import org.portalkit.core.url.Origin;
import org.portalkit.core.list.ElementList;
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.list.ListDefinition;
import org.portalkit.core.feed.FeedChannel;
import org.portalkit.core.feed.FeedLink;
import org.portalkit.core.feed.ListFeeds;
import org.portalkit.core.list.ListItem;
import org.portalkit.core.list.ListSort;
import org.portalkit.core.list.ListParameterException;
import org.portalkit.core.page.ViewBeacon;
import org.portalkit.core.sitemap.Sitemaps;

/**
 * The entry points of the module's JSPs: each JSP calls one method and writes what it returns. The JSPs stay free
 * of logic; everything that reads content, checks parameters or builds URLs is here and in the classes it uses.
 *
 * <table>
 * <caption>JSPs and their methods</caption>
 * <tr><th>JSP</th><th>method</th></tr>
 * <tr><td>formatters/news-detail.jsp</td><td>{@link #detail(PageContext)}</td></tr>
 * <tr><td>elements/news-page.jsp</td><td>{@link #page(PageContext)}</td></tr>
 * <tr><td>formatters/news-teaser.jsp, formatters/news-compact.jsp</td><td>{@link #teaser(PageContext)}</td></tr>
 * <tr><td>elements/print.jsp?id=</td><td>{@link #print(PageContext)}</td></tr>
 * <tr><td>elements/latest-news.jsp?n=&amp;folder=&amp;category=&amp;paging=&amp;more=&amp;page=</td><td>{@link #latest(PageContext)} (portal-core's {@link ElementList})</td></tr>
 * <tr><td>elements/most-read.jsp?n=</td><td>{@link #mostRead(PageContext)}</td></tr>
 * <tr><td>elements/feed.jsp?folder=&amp;category=</td><td>{@link #feed(PageContext)}</td></tr>
 * <tr><td>elements/news-sitemap.jsp (as /sitemap-news.xml)</td><td>{@link #newsSitemap(PageContext)}</td></tr>
 * <tr><td>elements/view-beacon.jsp?id=</td><td>{@link #beacon(PageContext)}</td></tr>
 * </table>
 */
public final class NewsPages {

    /** Counter keys of article views: this prefix and the article's structure id. */
    public static final String VIEWS_KEY_PREFIX = NewsListMapping.VIEWS_KEY_PREFIX;

    /** Number of items in a feed. */
    public static final int FEED_ITEMS = 20;

    /** Default and largest number of items of the list elements. */
    public static final int LIST_DEFAULT = 10;

    /** Default number of items of the most-read list. */
    public static final int MOST_READ_DEFAULT = 5;

    /** Request attribute: the detail view of the article being rendered, shared by the page and its formatter. */
    public static final String ATTR_DETAIL = "org.portalkit.news.detail";

    /** Request attribute set by elements/news-page.jsp: the page head already has the JSON-LD. */
    public static final String ATTR_PAGE = "org.portalkit.news.page";

    /** Request attribute set by elements/print.jsp: no actions, related news, beacon or JSON-LD. */
    public static final String ATTR_PRINT = "org.portalkit.news.print";

    private static final Log LOG = CmsLog.getLog(NewsPages.class);

    private NewsPages() {
    }

    /**
     * For the detail formatter: the article that the including page ({@link #page}, {@link #print}) has prepared,
     * else the article of the current container element, else the requested resource.
     *
     * @param page the JSP's page context
     * @return the view; {@link NewsDetailView#isFound()} is false when there is no readable article
     */
    public static NewsDetailView detail(PageContext page) {
        Object shared = page.getRequest().getAttribute(ATTR_DETAIL);
        if (shared instanceof NewsDetailView) {
            return (NewsDetailView)shared;
        }
        NewsRequest request = NewsRequest.of(page);
        return request.detail(request.currentNews());
    }

    /**
     * For elements/news-page.jsp: the article requested directly. The view is handed to the included detail
     * formatter (request attribute {@value #ATTR_DETAIL}); {@value #ATTR_PAGE} tells it that the page head has the
     * JSON-LD already. Answers 404 when the resource is no readable news article.
     */
    public static NewsDetailView page(PageContext page) {
        NewsRequest request = NewsRequest.of(page);
        // OpenCms takes the response type from the resource name: an article named news-1.xml would be text/xml
        request.contentType("text/html; charset=UTF-8");
        NewsDetailView view = request.detail(request.currentNews());
        page.getRequest().setAttribute(ATTR_DETAIL, view);
        page.getRequest().setAttribute(ATTR_PAGE, Boolean.TRUE);
        if (!view.isFound()) {
            request.status(HttpServletResponse.SC_NOT_FOUND);
        }
        return view;
    }

    /**
     * The print view: the article named by the parameter {@code id} (its structure id), handed to the included
     * detail formatter like {@link #page}, with {@value #ATTR_PRINT} set. Answers 404 when there is no readable news
     * article with that id in the site, 400 for a malformed id.
     */
    public static NewsDetailView print(PageContext page) {
        NewsRequest request = NewsRequest.of(page);
        CmsResource resource = null;
        try {
            resource = request.newsById(NewsParams.structureId(request.request().getParameter("id")));
        } catch (NewsParams.BadParameter e) {
            refused(request, e);
            NewsDetailView view = NewsDetailView.notFound(request.locale());
            page.getRequest().setAttribute(ATTR_DETAIL, view);
            return view;
        }
        NewsDetailView view = request.detail(resource);
        page.getRequest().setAttribute(ATTR_DETAIL, view);
        page.getRequest().setAttribute(ATTR_PRINT, Boolean.TRUE);
        if (!view.isFound()) {
            request.status(HttpServletResponse.SC_NOT_FOUND);
        }
        return view;
    }

    /**
     * @return the article of the current container element as a list entry, or {@code null}
     */
    public static NewsListItem teaser(PageContext page) {
        NewsRequest request = NewsRequest.of(page);
        CmsResource resource = request.currentNews();
        return resource == null ? null : request.listItem(resource);
    }

    /**
     * The latest news of the site, run by portal-core's list engine with {@link NewsListMapping}: settings and
     * errors as {@link ElementList} defines them ({@code n} default {@value #LIST_DEFAULT}, {@code folder},
     * {@code category}, {@code paging=true}, {@code more}; the visitor's {@code page}).
     */
    public static NewsListView latest(PageContext page) {
        NewsRequest request = NewsRequest.of(page);
        Locale locale = request.locale();
        ElementList list = ElementList.run(page, NewsListMapping.MAPPING, LIST_DEFAULT, request.zone());
        if (list.getErrorKey() != null) {
            return new NewsListView(List.of(), locale, coreText(list.getErrorKey(), locale));
        }
        List<NewsListItem> items = new ArrayList<>();
        for (ListItem item : list.getItems()) {
            items.add(request.listItem(item));
        }
        return new NewsListView(items, locale, coreText(list.getNoteKey(), locale)).withLinks(list.getPager(),
            list.getMoreLink());
    }

    /**
     * The most viewed news of the site, run by portal-core's list engine in its {@link ListSort#MOST_READ} order
     * (views from the counters, keys {@value NewsListMapping#VIEWS_KEY_PREFIX}{@code <structure id>}): among the
     * {@value org.portalkit.core.counter.Counters#MAX_TOP} most viewed articles, those of this site (or of the
     * {@code folder} / {@code category} settings) that the visitor may read, most viewed first. Setting {@code n}:
     * default {@value #MOST_READ_DEFAULT}, at most {@value ListDefinition#MAX_PAGE_SIZE}; errors as
     * {@link ElementList} defines them.
     */
    public static NewsListView mostRead(PageContext page) {
        NewsRequest request = NewsRequest.of(page);
        Locale locale = request.locale();
        ElementList list = ElementList.run(page, NewsListMapping.MAPPING, MOST_READ_DEFAULT, request.zone(),
            builder -> builder.sort(ListSort.MOST_READ));
        if (list.getErrorKey() != null) {
            return new NewsListView(List.of(), locale, coreText(list.getErrorKey(), locale));
        }
        List<NewsListItem> items = new ArrayList<>();
        for (ListItem item : list.getItems()) {
            items.add(request.listItem(item).withViews(item.views()));
        }
        return new NewsListView(items, locale, null);
    }

    /**
     * Writes the RSS 2.0 feed of the latest {@value #FEED_ITEMS} news; parameters {@code folder} and
     * {@code category} as for {@link #latest(PageContext)}. The items come from portal-core's list engine and are
     * written by portal-core's feed writer ({@link ListFeeds#answer}); the module supplies the definition and the
     * channel texts. A bad parameter gives 400 with a plain text message.
     */
    public static void feed(PageContext page) throws IOException {
        NewsRequest request = NewsRequest.of(page);
        HttpServletRequest req = request.request();
        JspWriter out = page.getOut();
        Locale locale = request.locale();
        try {
            ElementSettings settings = ElementSettings.of(req);
            String folder = settings.folder(ElementSettings.FOLDER, request.siteRoot());
            String category = settings.category(ElementSettings.CATEGORY);
            ListDefinition.Builder def = ListDefinition.builder().type(NewsListMapping.MAPPING).pageSize(FEED_ITEMS);
            if (folder != null) {
                def.folder(folder, true);
            }
            if (category != null) {
                def.category(category);
            }
            Origin origin = request.origin();
            String siteName = siteName(request, origin);
            String title = category == null ? Messages.format("news.feed.title", locale, siteName)
                : Messages.format("news.feed.titleCategory", locale, siteName,
                    category.substring(0, category.length() - 1));
            String sitePath = folder == null ? null : request.cms().getRequestContext().removeSiteRoot(folder);
            String link = SiteUrls.absolute(origin,
                OpenCms.getLinkManager().substituteLink(request.cms(), sitePath == null ? "/" : sitePath));
            String self = SiteUrls.absolute(origin, feedLink(request.cms(), sitePath,
                category == null ? null : category.substring(0, category.length() - 1)));
            ListFeeds.answer(page, def.build(), new FeedChannel(title, link == null ? "" : link,
                Messages.format("news.feed.description", locale, siteName), locale, self), request.zone());
        } catch (ListParameterException e) {
            if (LOG.isInfoEnabled()) {
                LOG.info("Refused feed parameter " + e.parameter() + " (" + e.messageKey() + ")");
            }
            plain(request, out, HttpServletResponse.SC_BAD_REQUEST, coreText(e.messageKey(), locale));
        } catch (RuntimeException e) {
            LOG.error("The news feed cannot be built", e);
            plain(request, out, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "");
        }
    }

    /**
     * The link of the news feed of a folder and/or category.
     *
     * @param cms      the request's context
     * @param folder   a site folder ({@code /tin-tuc/}), or {@code null} for the whole site
     * @param category a category path without the trailing slash, or {@code null}
     * @return the server-relative link of {@code elements/feed.jsp} with those parameters
     */
    public static String feedLink(CmsObject cms, String folder, String category) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(ElementSettings.FOLDER, folder);
        params.put(ElementSettings.CATEGORY, category);
        return ListFeeds.link(cms, Links.MODULE_FOLDER + "elements/" + ListFeeds.FEED_JSP, params);
    }

    /**
     * For the head of elements/news-page.jsp: the feed of the article's section, i.e. the news of the folder the
     * article is in ({@code <link rel="alternate" type="application/rss+xml">}).
     *
     * @return the feed link, none when the requested resource is no readable article
     */
    public static List<FeedLink> pageFeeds(PageContext page) {
        NewsRequest request = NewsRequest.of(page);
        CmsResource resource = request.currentNews();
        if (resource == null) {
            return List.of();
        }
        String folder = CmsResource.getParentFolder(request.cms().getSitePath(resource));
        String siteName = siteName(request, request.origin());
        return List.of(new FeedLink(feedLink(request.cms(), folder, null),
            Messages.format("news.feed.title", request.locale(), siteName)));
    }

    /**
     * The Google News sitemap of the site ({@code /sitemap-news.xml}, answered by portal-core's
     * {@link org.portalkit.core.sitemap.SiteFilesHandler}): news published in the last two days, publication
     * name = the site's title.
     */
    public static void newsSitemap(PageContext page) throws IOException {
        NewsRequest request = NewsRequest.of(page);
        Sitemaps.news(page, NewsListMapping.MAPPING, siteName(request, request.origin()));
    }

    /** The site's title (module parameter / site configuration), else the host of its origin. */
    private static String siteName(NewsRequest request, Origin origin) {
        String siteName = ModuleSettings.siteTitle(request.cms());
        if (siteName.isEmpty() && origin != null) {
            siteName = origin.host();
        }
        return siteName;
    }

    /** A text of portal-core's bundle (the list engine's messages), or {@code null} for {@code null}. */
    private static String coreText(String key, Locale locale) {
        return key == null ? null : org.portalkit.core.Messages.get(key, locale);
    }

    /**
     * The view beacon: counts a view of the article {@code id} (a {@code POST} from the article's page, see
     * {@link org.portalkit.core.counter.ViewTracker}) and answers {@code {"views":n}} with {@code no-store}. Only
     * ids of readable news articles of the site are counted, so that nobody can fill the counter table with made-up
     * keys; {@code POST}s that do not come from one of the site's configured origins
     * ({@link org.portalkit.core.url.SiteOrigin#isFromSite}) only read.
     */
    public static void beacon(PageContext page) throws IOException {
        NewsRequest request = NewsRequest.of(page);
        CmsResource resource;
        try {
            resource = request.newsById(NewsParams.structureId(request.request().getParameter("id")));
        } catch (NewsParams.BadParameter e) {
            resource = null;
        }
        ViewBeacon.answer(request.page(), page.getOut(), resource, VIEWS_KEY_PREFIX,
            Messages.get("news.error.id", request.locale()));
    }

    /**
     * A refused parameter: 400 when the JSP answers the request itself (an included element leaves the page's status
     * alone), and one short log line at level INFO without the value or a stack trace: a visitor decides how often
     * this happens and what the value is.
     */
    private static void refused(NewsRequest request, NewsParams.BadParameter e) {
        request.status(HttpServletResponse.SC_BAD_REQUEST);
        if (LOG.isInfoEnabled()) {
            LOG.info("Refused parameter (" + e.getMessageKey() + ", " + e.getValueLength() + " characters) of "
                + request.cms().getRequestContext().getUri());
        }
    }

    private static void plain(NewsRequest request, JspWriter out, int status, String text) throws IOException {
        request.status(status);
        request.contentType("text/plain; charset=UTF-8");
        out.clearBuffer();
        out.write(text);
    }
}
