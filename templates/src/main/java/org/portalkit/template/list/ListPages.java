package org.portalkit.template.list;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
import org.opencms.module.CmsModule;
import org.opencms.util.CmsUUID;
import org.opencms.xml.containerpage.CmsContainerElementBean;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.content.CmsXmlContentFactory;
import org.portalkit.core.cache.OnlineCache;
import org.portalkit.core.feed.ListDefinitionSource;
import org.portalkit.core.feed.ListFeeds;
import org.portalkit.core.list.CategoryLabels;
import org.portalkit.core.list.ElementList;
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.list.FacetCount;
import org.portalkit.core.list.ListDefinition;
import org.portalkit.core.list.ListFacet;
import org.portalkit.core.list.ListItem;
import org.portalkit.core.list.ListParameterException;
import org.portalkit.core.list.ListResult;
import org.portalkit.core.list.ListTypeMappings;
import org.portalkit.core.list.PagerView;
import org.portalkit.template.Messages;

/**
 * Entry points of the {@code pk-list} JSPs: each reads a list configuration, runs it through portal-core's
 * {@link ElementList} (list engine, visitor state, pager links) and returns a {@link ListView}.
 *
 * <table>
 * <caption>JSPs</caption>
 * <tr><th>JSP</th><th>method</th><th>which list, which settings</th></tr>
 * <tr><td>elements/list-page.jsp</td><td>{@link #page}</td><td>the requested {@code pk-list} (its
 * {@code template-elements}): a page of its own, variant {@code full}</td></tr>
 * <tr><td>elements/list.jsp</td><td>{@link #element}</td><td>setting {@value #PATH} (site path of a
 * {@code pk-list}), settings {@value #VARIANT}, {@value #HEADING}, {@code n}, {@code more} from the including
 * page</td></tr>
 * <tr><td>formatters/list-*.jsp</td><td>{@link #formatter}</td><td>the container element's {@code pk-list}, its
 * element settings {@value #HEADING}, {@code n}, {@value #VARIANT}</td></tr>
 * </table>
 */
public final class ListPages {

    /** The resource type of list configurations. */
    public static final String TYPE = "pk-list";
    /** Setting: site path of the list configuration (list element). */
    public static final String PATH = "path";
    /** Setting: {@code full}, {@code latest}, {@code compact}, {@code teaser}. */
    public static final String VARIANT = "variant";
    /** Setting: heading instead of the list's title. */
    public static final String HEADING = "heading";
    /** The module name (its parameter {@code timezone} is the zone of shown dates). */
    public static final String MODULE = "org.portalkit.template";
    /** The zone without the module parameter. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Key: the element names no list configuration ({0} = the path). */
    public static final String KEY_NO_LIST = "pklist.config.noList";
    /** Key: a heading setting that is too long. */
    public static final String KEY_HEADING = "pklist.config.heading";

    /** The module's elements folder. */
    static final String ELEMENTS = "/system/modules/" + MODULE + "/elements/";

    /** The module's resources folder. */
    static final String RESOURCES = "/system/modules/" + MODULE + "/resources/";

    /** Longest heading setting. */
    static final int MAX_HEADING = 200;
    /** Longest path setting. */
    static final int MAX_PATH = 512;

    private static final Log LOG = CmsLog.getLog(ListPages.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private ListPages() {
    }

    /**
     * For {@code elements/list-page.jsp}: the requested list as a page of its own (variant {@code full}). Answers
     * 404 when the requested resource is no list configuration.
     *
     * @param page the JSP's page context
     * @return the view
     */
    public static ListView page(PageContext page) {
        CmsJspActionElement jsp = jsp(page);
        CmsObject cms = jsp.getCmsObject();
        // OpenCms takes the response type from the resource name: a list named list-1.xml would be text/xml
        CmsFlexController controller = CmsFlexController.getController(page.getRequest());
        if (controller != null) {
            controller.getTopResponse().setContentType("text/html; charset=UTF-8");
        }
        CmsResource resource = readList(cms, cms.getRequestContext().getUri());
        if (resource == null) {
            jsp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return missing(cms, ListVariant.FULL, cms.getRequestContext().getUri());
        }
        ListView view = build(page, cms, resource, ListVariant.FULL, name -> null, true);
        view.feed(ListFeeds.link(cms, ELEMENTS + ListFeeds.LIST_FEED_NAME, Map.of(ListFeeds.PATH, cms.getSitePath(resource))));
        return view;
    }

    /**
     * For {@code elements/list.jsp}: the list configuration named by the setting {@value #PATH}, with the
     * including page's settings.
     *
     * @param page the JSP's page context
     * @return the view
     */
    public static ListView element(PageContext page) {
        CmsJspActionElement jsp = jsp(page);
        CmsObject cms = jsp.getCmsObject();
        ElementSettings settings = ElementSettings.of(page.getRequest());
        ListVariant variant = ListVariant.of(settings.setting(VARIANT), ListVariant.FULL);
        String path = settings.setting(PATH);
        CmsResource resource = path == null || path.length() > MAX_PATH || !path.startsWith("/") || path.contains("..")
            ? null : readList(cms, path.strip());
        if (resource == null) {
            if (!settings.isIncluded()) {
                jsp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return missing(cms, variant, path);
        }
        return build(page, cms, resource, variant, settings::setting, false);
    }

    /**
     * For the formatters: the container element's list configuration with the element's settings.
     *
     * @param page    the JSP's page context
     * @param variant the formatter's variant, unless the element's setting {@value #VARIANT} names another
     * @return the view
     */
    public static ListView formatter(PageContext page, String variant) {
        CmsJspActionElement jsp = jsp(page);
        CmsObject cms = jsp.getCmsObject();
        CmsJspStandardContextBean context = CmsJspStandardContextBean.getInstance(page.getRequest());
        CmsContainerElementBean element = context.getElement();
        CmsResource resource = null;
        Map<String, String> settings = Map.of();
        try {
            if (element != null) {
                if (element.getResource() == null) {
                    element.initResource(cms);
                }
                resource = element.getResource();
                settings = element.getSettings() == null ? Map.of() : element.getSettings();
            } else {
                resource = cms.readResource(cms.getRequestContext().getUri(), CmsResourceFilter.DEFAULT);
            }
        } catch (CmsException e) {
            LOG.debug("No list configuration for " + cms.getRequestContext().getUri(), e);
        }
        ListVariant chosen = ListVariant.of(settings.get(VARIANT), ListVariant.of(variant, ListVariant.FULL));
        if (resource == null || !isList(resource)) {
            return missing(cms, chosen, resource == null ? cms.getRequestContext().getUri() : resource.getRootPath());
        }
        Map<String, String> elementSettings = settings;
        return build(page, cms, resource, chosen, elementSettings::get, false);
    }

    /**
     * The list of a stored configuration, for its RSS feed ({@code elements/list-feed.jsp}, through portal-core's
     * {@code ListFeeds.byPath}): the configuration's own page size, no facets.
     *
     * @param cms      the request's context
     * @param resource a resource read as the request's user
     * @param locale   the request's locale
     * @return the definition, or {@code null} when the resource is no pk-list or its configuration is not valid
     * @throws CmsException if the content cannot be read
     */
    public static ListDefinition definition(CmsObject cms, CmsResource resource, Locale locale) throws CmsException {
        if (!isList(resource)) {
            return null;
        }
        ListConfig config = readConfig(cms, resource, locale);
        return config.isValid() ? config.definition(config.pageSize(), false) : null;
    }

    /** {@link #definition} as portal-core's feed source (for {@code elements/feed.jsp}). */
    public static final ListDefinitionSource FEED_SOURCE = ListPages::definition;

    /** What a list's configuration depends on: the resource's version, the locale asked for and the site. */
    private record ConfigKey(CmsUUID id, long dateLastModified, Locale locale, String siteRoot) {
    }

    /** Parsed configurations of published lists (a list page is read on every request), until the next publish. */
    private static final OnlineCache<ConfigKey, ListConfig> CONFIGS = OnlineCache.create(2_000, Duration.ofHours(1));

    private static ListConfig readConfig(CmsObject cms, CmsResource resource, Locale locale) throws CmsException {
        ConfigKey key = new ConfigKey(resource.getStructureId(), resource.getDateLastModified(), locale,
            cms.getRequestContext().getSiteRoot());
        return CONFIGS.get(cms, key, k -> parseConfig(cms, resource, locale));
    }

    private static ListConfig parseConfig(CmsObject cms, CmsResource resource, Locale locale) throws CmsException {
        CmsXmlContent content = CmsXmlContentFactory.unmarshal(cms, cms.readFile(resource));
        Locale contentLocale = XmlListFields.chooseLocale(content, locale);
        return contentLocale == null ? ListConfig.invalid("", KEY_NO_LIST, resource.getRootPath())
            : ListConfigReader.read(new XmlListFields(cms, content, contentLocale),
                cms.getRequestContext().getSiteRoot(), ListTypeMappings.installed()::find);
    }

    private static ListView build(PageContext page, CmsObject cms, CmsResource resource, ListVariant variant,
        Function<String, String> settings, boolean ownPage) {
        Locale locale = cms.getRequestContext().getLocale();
        String id = resource.getStructureId().toString();
        ListConfig config;
        try {
            config = readConfig(cms, resource, locale);
        } catch (CmsException e) {
            LOG.error("Cannot read the list configuration " + resource.getRootPath(), e);
            return new ListView(id, variant, "", locale).error(Messages.get(KEY_NO_LIST, locale));
        }
        String heading = settings.apply(HEADING);
        heading = heading == null || heading.isBlank() ? config.title() : heading.strip();
        ListView view = new ListView(id, variant, heading, locale).assets(
            OpenCms.getLinkManager().substituteLink(cms, RESOURCES + "list.css"),
            OpenCms.getLinkManager().substituteLink(cms, RESOURCES + "list.js"));
        if (heading.length() > MAX_HEADING) {
            return view.error(Messages.get(KEY_HEADING, locale));
        }
        if (!config.isValid()) {
            LOG.info("The list configuration " + resource.getRootPath() + " cannot be shown (" + config.errorKey() + ")");
            return view.error(Messages.format(config.errorKey(), locale, config.errorArgument()));
        }
        int size;
        String more;
        try {
            size = ElementSettings.number(ElementSettings.COUNT, settings.apply(ElementSettings.COUNT),
                config.pageSize(), ListDefinition.MAX_PAGE_SIZE);
            more = ElementSettings.folderPath(ElementSettings.MORE, settings.apply(ElementSettings.MORE),
                cms.getRequestContext().getSiteRoot(), ListParameterException.KEY_MORE);
        } catch (ListParameterException e) {
            return view.error(org.portalkit.core.Messages.get(e.messageKey(), locale));
        }
        boolean paging = variant.pages() && config.paging() != PagingMode.NONE;
        ListDefinition definition = config.definition(size, variant.showsFacets());
        ElementList list = ElementList.run(page, definition, paging, more, zone(), ownPage);
        if (list.getErrorKey() != null) {
            return view.error(org.portalkit.core.Messages.get(list.getErrorKey(), locale));
        }
        view.note(list.getNoteKey() == null ? null : org.portalkit.core.Messages.get(list.getNoteKey(), locale));
        String empty = config.emptyText().isEmpty() ? Messages.get("pklist.empty", locale) : config.emptyText();
        view.emptyText(empty);
        ListResult result = list.getResult();
        if (result == null) {
            // the engine failed (logged by ElementList): an empty list, never a broken page
            return view;
        }
        ZoneId zone = zone();
        List<ListEntry> entries = new ArrayList<>();
        for (ListItem item : result.items()) {
            entries.add(entry(cms, item, zone));
        }
        view.items(entries, result.total());
        PagerView pager = list.getPager();
        PagerView numbered = null;
        String moreHref = null;
        if (pager != null && config.paging() == PagingMode.NUMBERED && pager.isNeeded()) {
            numbered = pager;
        } else if (pager != null && config.paging() == PagingMode.MORE && pager.getNext() != null) {
            moreHref = pager.getNext().getHref();
        }
        view.links(numbered, moreHref, list.getMoreLink());
        if (variant.showsFacets() && !result.facets().isEmpty()) {
            view.facets(facets(cms, resource, result, list.getPageLink(), locale));
        }
        return view;
    }

    private static List<FacetView> facets(CmsObject cms, CmsResource resource, ListResult result, String base,
        Locale locale) {
        List<FacetView> facets = new ArrayList<>();
        for (ListFacet facet : ListFacet.values()) {
            List<FacetCount> counts = result.facets().get(facet);
            if (counts == null || counts.isEmpty()) {
                continue;
            }
            Map<String, String> labels = facet == ListFacet.CATEGORY
                ? CategoryLabels.of(cms, resource.getRootPath(), counts) : Map.of();
            List<FacetView.Value> values = new ArrayList<>();
            for (FacetCount count : counts) {
                String label;
                if (facet == ListFacet.CATEGORY) {
                    label = labels.getOrDefault(count.value(), count.value());
                } else if (facet == ListFacet.MONTH && count.value().length() == 7) {
                    label = count.value().substring(5) + "/" + count.value().substring(0, 4);
                } else {
                    label = count.value();
                }
                values.add(new FacetView.Value(label, count.count(), PagerView.href(base, count.queryString()),
                    count.selected(), count.nofollow()));
            }
            String name = facet.name().toLowerCase(Locale.ROOT);
            facets.add(new FacetView(name, Messages.get("pklist.facet." + name, locale), values));
        }
        return facets;
    }

    private static ListEntry entry(CmsObject cms, ListItem item, ZoneId zone) {
        String dateText = "";
        String dateIso = "";
        if (item.date() != null && item.date().toEpochMilli() > 0) {
            LocalDate day = Instant.ofEpochMilli(item.date().toEpochMilli()).atZone(zone).toLocalDate();
            dateText = DATE.format(day);
            dateIso = day.toString();
        }
        String title = item.title() == null || item.title().isBlank() ? CmsResource.getName(item.rootPath())
            : item.title();
        return new ListEntry(title, item.link(), dateText, dateIso, item.teaser(), imageLink(cms, item.imagePath()));
    }

    /** The link of an image given as root or site path (the first line of the mapping's field). */
    static String imageLink(CmsObject cms, String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        String target = path.strip();
        int q = target.indexOf('?');
        if (q >= 0) {
            target = target.substring(0, q);
        }
        if (!target.startsWith("/") || target.contains("..")) {
            return "";
        }
        String siteRoot = cms.getRequestContext().getSiteRoot();
        boolean root = target.startsWith("/sites/") || target.startsWith("/shared/") || target.startsWith("/system/")
            || (!siteRoot.isEmpty() && target.startsWith(siteRoot + "/"));
        return root ? OpenCms.getLinkManager().substituteLinkForRootPath(cms, target)
            : OpenCms.getLinkManager().substituteLink(cms, target);
    }

    private static ListView missing(CmsObject cms, ListVariant variant, String path) {
        Locale locale = cms.getRequestContext().getLocale();
        String shown = path == null ? "" : path.length() > 80 ? path.substring(0, 80) + "…" : path;
        return new ListView("", variant, "", locale).error(Messages.format(KEY_NO_LIST, locale, shown));
    }

    /** @return the readable {@code pk-list} at a site path, or {@code null} */
    private static CmsResource readList(CmsObject cms, String sitePath) {
        try {
            CmsResource resource = cms.readResource(sitePath, CmsResourceFilter.DEFAULT);
            return isList(resource) ? resource : null;
        } catch (CmsException e) {
            return null;
        }
    }

    public static boolean isList(CmsResource resource) {
        return OpenCms.getResourceManager().getResourceType(resource).getTypeName().equals(TYPE);
    }

    private static CmsJspActionElement jsp(PageContext page) {
        return new CmsJspActionElement(page, (HttpServletRequest)page.getRequest(),
            (HttpServletResponse)page.getResponse());
    }

    /** @return the module parameter {@code timezone}, else {@link #DEFAULT_ZONE} */
    static ZoneId zone() {
        CmsModule module = OpenCms.getModuleManager().getModule(MODULE);
        String id = module == null ? null : module.getParameter("timezone");
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id.strip());
            } catch (DateTimeException e) {
                // a typo in the module parameter: keep the default
            }
        }
        return DEFAULT_ZONE;
    }
}
