package org.portalkit.core.feed;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;
import javax.xml.stream.XMLStreamException;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsProperty;
import org.opencms.file.CmsPropertyDefinition;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.flex.CmsFlexController;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.portalkit.core.Messages;
import org.portalkit.core.internal.StandaloneResponse;
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.list.ListDefinition;
import org.portalkit.core.list.ListEngine;
import org.portalkit.core.list.ListRequestState;
import org.portalkit.core.list.ListResult;
import org.portalkit.core.list.internal.Values;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;
import org.portalkit.core.url.SiteUrls;

/**
 * RSS 2.0 feeds of lists: any {@link ListDefinition} becomes a feed of its first page (the definition's page size,
 * order and filters, the list engine's visibility and permission handling), written by {@link RssWriter} with
 * absolute links on the site's configured origin ({@link SiteOrigin}, never a request header).
 *
 * <ul>
 * <li>{@link #answer} — a module's feed JSP, after it has built its definition and channel (news:
 * {@code feed.jsp?folder=&category=});</li>
 * <li>{@link #byPath} — the feed of a list configuration stored in the VFS
 * ({@code elements/list-feed.jsp?path=<site path>}), read by a {@link ListDefinitionSource};</li>
 * <li>{@link #forElements} — the {@code <link rel="alternate">} entries of a page's list elements.</li>
 * </ul>
 */
public final class ListFeeds {

    /** Parameter of {@link #byPath}: the site path of the list configuration. */
    public static final String PATH = "path";

    /** The JSP of {@link #byPath} in the core module. */
    public static final String LIST_FEED_JSP = "/system/modules/org.portalkit.core/elements/list-feed.jsp";

    /** Name of the feed JSP a module puts beside its list elements ({@link #forElements}). */
    public static final String FEED_JSP = "feed.jsp";

    /**
     * Name of the JSP a module puts beside its list elements for the feed of a stored list configuration by its
     * {@value #PATH} ({@link #forElements}, {@link #byPath}).
     */
    public static final String LIST_FEED_NAME = "list-feed.jsp";

    /** Most feed links a page announces. */
    public static final int MAX_LINKS = 10;

    /** Parameter of the module {@code org.portalkit.core}: the time zone of the lists' date restrictions. */
    public static final String TIMEZONE_PARAMETER = "timezone";

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Log LOG = CmsLog.getLog(ListFeeds.class);

    private ListFeeds() {
    }

    /**
     * Runs the definition's first page and answers it as RSS ({@value RssWriter#CONTENT_TYPE}); 503 without
     * details when the search fails.
     *
     * @param page    the feed JSP's page context
     * @param def     the list
     * @param channel title, link, description, language, own address
     * @param zone    the site's time zone (date restrictions)
     * @throws IOException if the answer cannot be written
     */
    public static void answer(PageContext page, ListDefinition def, FeedChannel channel, ZoneId zone)
        throws IOException {
        StandaloneResponse response = StandaloneResponse.of(page);
        CmsObject cms = CmsFlexController.getCmsObject(page.getRequest());
        try {
            ListResult result = ListEngine.search(cms, def, ListRequestState.firstPage(), channel.language(), zone);
            response.contentType(RssWriter.CONTENT_TYPE);
            RssWriter.write(response.writer(), channel, result.items(), SiteOrigin.current(cms).primary());
        } catch (CmsException | XMLStreamException | RuntimeException e) {
            LOG.error("The feed of " + def + " cannot be built", e);
            response.plain(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "");
        }
    }

    /**
     * The feed of a list configuration: parameter {@value #PATH} is its site path (checked: {@code a-z 0-9 . _ -}
     * segments, at most 200 characters). 400 for a malformed path, 404 when there is no readable resource or the
     * source knows no list in it. Channel: the resource's {@code Title} property (else its name), its
     * {@code Description}, its folder's link.
     *
     * @param page   the JSP's page context
     * @param source the reader of the configurations (e.g. {@link ListDefinitionSources#registered()})
     * @throws IOException if the answer cannot be written
     */
    public static void byPath(PageContext page, ListDefinitionSource source) throws IOException {
        StandaloneResponse response = StandaloneResponse.of(page);
        CmsObject cms = CmsFlexController.getCmsObject(page.getRequest());
        Locale locale = cms.getRequestContext().getLocale();
        String[] values = response.request().getParameterValues(PATH);
        String path = values != null && values.length == 1 ? values[0] : null;
        String siteRoot = cms.getRequestContext().getSiteRoot();
        if (!isConfigurationPath(cms, path)) {
            response.plain(HttpServletResponse.SC_BAD_REQUEST, Messages.get("feed.error.path", locale));
            return;
        }
        ListDefinition def;
        CmsResource resource;
        try {
            resource = cms.readResource(path, CmsResourceFilter.DEFAULT);
            def = source.read(cms, resource, locale);
        } catch (CmsException e) {
            LOG.debug("No list configuration at " + siteRoot + path, e);
            def = null;
            resource = null;
        }
        if (def == null) {
            response.plain(HttpServletResponse.SC_NOT_FOUND, Messages.get("feed.error.notFound", locale));
            return;
        }
        Origin origin = SiteOrigin.current(cms).primary();
        String title = property(cms, resource, CmsPropertyDefinition.PROPERTY_TITLE);
        if (title.isEmpty()) {
            title = resource.getName();
        }
        String folder = CmsResource.getParentFolder(cms.getSitePath(resource));
        String link = SiteUrls.absolute(origin, OpenCms.getLinkManager().substituteLink(cms, folder));
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PATH, path);
        String self = SiteUrls.absolute(origin, link(cms, LIST_FEED_JSP, params));
        answer(page, def, new FeedChannel(title, link == null ? "" : link,
            property(cms, resource, CmsPropertyDefinition.PROPERTY_DESCRIPTION), locale, self), zone());
    }

    /** A site path of a list configuration: {@code a-z 0-9 . _ -} segments, not a folder, at most 200 characters. */
    private static boolean isConfigurationPath(CmsObject cms, String path) {
        return path != null && path.startsWith("/") && !path.endsWith("/")
            && Values.isFolderPath(cms.getRequestContext().addSiteRoot(path) + "/");
    }

    /**
     * @return the time zone of date restrictions: the core module's parameter {@value #TIMEZONE_PARAMETER}, else
     *         {@code Asia/Ho_Chi_Minh}
     */
    static ZoneId zone() {
        org.opencms.module.CmsModule module = OpenCms.getModuleManager().getModule("org.portalkit.core");
        String value = module == null ? null : module.getParameter(TIMEZONE_PARAMETER);
        try {
            return value == null || value.isBlank() ? DEFAULT_ZONE : ZoneId.of(value.strip());
        } catch (java.time.DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    /**
     * @param cms     the request's context
     * @param feedJsp VFS path of a feed JSP
     * @param params  its parameters (names and values are URL-encoded here), in order; empty values left out
     * @return the server-relative link, from OpenCms' link manager
     */
    public static String link(CmsObject cms, String feedJsp, Map<String, String> params) {
        StringBuilder link = new StringBuilder(OpenCms.getLinkManager().substituteLink(cms, feedJsp));
        char separator = '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() == null || param.getValue().isEmpty()) {
                continue;
            }
            link.append(separator).append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }

    /**
     * The feeds of a page's list elements, for its {@code <link rel="alternate">} tags. An element is an include
     * {@code /system/modules/<module>/elements/<name>.jsp?<settings>}; when its module has a
     * {@value #FEED_JSP} in the same folder (readable), the element's feed is that JSP with the element's
     * {@code folder} and {@code category} settings (only well-formed values are carried over); an element naming a
     * stored list configuration by a well-formed {@value #PATH} gets {@value #LIST_FEED_NAME} of its folder with that
     * path instead. Duplicates are left
     * out, at most {@value #MAX_LINKS}.
     *
     * @param cms      the request's context
     * @param elements the element includes of the page, e.g. {@code …/latest-news.jsp?n=10&folder=/tin-tuc/}
     * @param title    the title of the links (the page's title)
     * @return the links, in the order of the elements
     */
    public static List<FeedLink> forElements(CmsObject cms, List<String> elements, String title) {
        List<FeedLink> links = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String element : elements) {
            if (element == null || links.size() >= MAX_LINKS) {
                continue;
            }
            int q = element.indexOf('?');
            String path = (q < 0 ? element : element.substring(0, q)).strip();
            if (!path.startsWith("/system/modules/") || path.contains("..") || !path.endsWith(".jsp")) {
                continue;
            }
            String folder = CmsResource.getParentFolder(path);
            if (!folder.endsWith("/elements/")) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : (q < 0 ? "" : element.substring(q + 1)).split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
                if (ElementSettings.FOLDER.equals(name) && Values.isFolderPath(value)) {
                    params.put(ElementSettings.FOLDER, value);
                } else if (PATH.equals(name) && isConfigurationPath(cms, value)) {
                    params.put(PATH, value);
                } else if (ElementSettings.CATEGORY.equals(name)
                    && Values.isCategoryPath(value.endsWith("/") ? value : value + "/", ListDefinition.MAX_CATEGORY_DEPTH)) {
                    params.put(ElementSettings.CATEGORY, value);
                }
            }
            boolean stored = params.containsKey(PATH);
            if (stored) {
                params.keySet().retainAll(List.of(PATH));
            }
            String feed = folder + (stored ? LIST_FEED_NAME : FEED_JSP);
            if (!cms.existsResource(feed, CmsResourceFilter.DEFAULT)) {
                continue;
            }
            String href = link(cms, feed, params);
            if (!seen.contains(href)) {
                seen.add(href);
                links.add(new FeedLink(href, title == null ? "" : title));
            }
        }
        return links;
    }

    private static String property(CmsObject cms, CmsResource resource, String name) {
        try {
            CmsProperty property = cms.readPropertyObject(resource, name, false);
            return property.isNullProperty() ? "" : property.getValue().strip();
        } catch (CmsException e) {
            return "";
        }
    }
}
