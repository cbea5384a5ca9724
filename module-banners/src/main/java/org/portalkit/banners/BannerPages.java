package org.portalkit.banners;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.jsp.util.CmsJspStandardContextBean;
import org.opencms.loader.CmsLoaderException;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.opencms.relations.CmsLink;
import org.opencms.xml.containerpage.CmsContainerElementBean;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.content.CmsXmlContentFactory;
import org.opencms.xml.types.CmsXmlVfsFileValue;
import org.opencms.xml.types.I_CmsXmlContentValue;
import org.portalkit.core.counter.CounterService;
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.page.ContentLocale;
import org.portalkit.core.page.ContentValues;
import org.portalkit.core.page.PageRequest;
import org.portalkit.core.text.AsciiNumbers;
import org.portalkit.core.url.SafeLink;

/**
 * The entry points of the banner JSPs: each JSP calls one method and writes what it returns.
 */
public final class BannerPages {

    /** The resource type. */
    public static final String TYPE = "pk-banner";

    /** Counter key prefix of the clicks; the key is the prefix and the banner's structure id. */
    public static final String CLICKS_KEY_PREFIX = "pk.banner.clicks.";

    /** The element setting / include parameter naming the zone. */
    public static final String ZONE_SETTING = "zone";

    /** The element setting / include parameter that overrides the zone's mode: {@code order} or {@code rotate}. */
    public static final String MODE_SETTING = "mode";

    /** The module's VFS folder. */
    public static final String MODULE_FOLDER = "/system/modules/org.portalkit.banners/";

    /** At most this many banners are shown in one zone. */
    public static final int MAX_BANNERS = 20;

    private static final Log LOG = CmsLog.getLog(BannerPages.class);

    private BannerPages() {
    }

    /**
     * {@code elements/zone.jsp}: the active banners of a zone of the current site (released, not expired, readable
     * by the visitor), by order then title, at most {@value #MAX_BANNERS}. The zone comes from the setting
     * {@code zone}, the optional setting {@code mode} ({@code order}, {@code rotate}) overrides the zone's configured
     * mode: included into a page, only the including page sets them; requested directly, the parameters.
     *
     * @param page the JSP's page context
     * @return what the JSP shows
     */
    public static ZoneView zone(PageContext page) {
        PageRequest request = PageRequest.of(page);
        ElementSettings settings = ElementSettings.of(page.getRequest());
        String name = settings.setting(ZONE_SETTING);
        return zone(request, name == null ? null : name.strip(), settings.setting(MODE_SETTING));
    }

    /**
     * {@code formatters/zone-formatter.jsp}: the zone named by the container element's setting {@code zone}.
     *
     * @param page the formatter's page context
     * @return the zone name to include {@code elements/zone.jsp} with (default {@code sidebar}); empty when the
     *         setting is no valid zone name
     */
    public static String elementZone(PageContext page) {
        CmsJspStandardContextBean context = CmsJspStandardContextBean.getInstance(page.getRequest());
        CmsContainerElementBean element = context.getElement();
        Map<String, String> settings = element == null || element.getSettings() == null ? Map.of() : element.getSettings();
        String name = settings.get(ZONE_SETTING);
        if (name == null || name.isBlank()) {
            return "sidebar";
        }
        return ZoneConfig.NAME.matcher(name.strip()).matches() ? name.strip() : "";
    }

    static ZoneView zone(PageRequest request, String name, String mode) {
        Locale locale = request.locale();
        CmsObject cms = request.cms();
        String stylesheet = OpenCms.getLinkManager().substituteLink(cms, MODULE_FOLDER + "resources/banners.css");
        String script = OpenCms.getLinkManager().substituteLink(cms, MODULE_FOLDER + "resources/banners.js");
        Map<String, String> text = Messages.texts(locale);
        ZoneConfig config = ZoneConfig.parse(siteProperty(cms));
        if (config.ignored() > 0 && LOG.isInfoEnabled()) {
            LOG.info(config.ignored() + " entries of the property " + ZoneConfig.PROPERTY + " of " + request.siteRoot()
                + " are ignored");
        }
        ZoneConfig.Zone zone = config.zone(name);
        if (zone != null) {
            zone = zone.withMode(mode);
        }
        if (zone == null) {
            request.status(HttpServletResponse.SC_BAD_REQUEST);
            return new ZoneView(null, List.of(), text.get("banners.zone.error"), locale.getLanguage(), text, stylesheet,
                script);
        }
        List<BannerItem> banners = new ArrayList<>();
        String click = OpenCms.getLinkManager().substituteLink(cms, MODULE_FOLDER + "elements/click.jsp");
        for (CmsResource resource : readBanners(cms)) {
            BannerItem item = read(request, resource, zone, click);
            if (item != null) {
                banners.add(item);
            }
        }
        List<BannerItem> sorted = BannerItem.sorted(banners);
        return new ZoneView(zone, sorted.size() > MAX_BANNERS ? sorted.subList(0, MAX_BANNERS) : sorted, null,
            locale.getLanguage(), text, stylesheet, script);
    }

    /**
     * {@code elements/click.jsp?id=<structure id>}: counts the click (portal-core's {@code ViewTracker.recordClick}:
     * no bots, once per visitor and half hour, rate limits) and redirects (302) to the link stored in the banner;
     * {@code Cache-Control: no-store}. Every other parameter is ignored. An id that is no UUID, or names no released,
     * unexpired {@code pk-banner} of this site with a safe link, answers 404.
     *
     * @param page the JSP's page context
     * @return the text of the 404 answer; {@code null} when the answer is the redirect
     * @throws IOException from the redirect
     */
    public static String click(PageContext page) throws IOException {
        PageRequest request = PageRequest.of(page);
        HttpServletResponse response = request.response();
        response.setHeader("Cache-Control", "no-store");
        String id = PageRequest.structureId(request.request().getParameter("id"));
        CmsResource banner = id == null ? null : request.byId(id, TYPE);
        String location = banner == null ? null : storedLocation(request, banner);
        if (location == null) {
            request.status(HttpServletResponse.SC_NOT_FOUND);
            request.contentType("text/plain; charset=UTF-8");
            page.getOut().clearBuffer();
            return Messages.get("banners.click.notFound", request.locale());
        }
        try {
            CounterService.viewTracker().recordClick(request.request(), response,
                CLICKS_KEY_PREFIX + banner.getStructureId(), request.site());
        } catch (RuntimeException e) {
            LOG.warn("The click on " + banner.getRootPath() + " cannot be counted", e);
        }
        page.getOut().clearBuffer();
        response.sendRedirect(location);
        return null;
    }

    /** The redirect target of a banner: its stored, safe link, or {@code null}. */
    private static String storedLocation(PageRequest request, CmsResource banner) {
        try {
            CmsXmlContent xml = CmsXmlContentFactory.unmarshal(request.cms(), request.cms().readFile(banner));
            Locale locale = ContentLocale.choose(xml, request.locale());
            if (locale == null) {
                return null;
            }
            String stored = xml.getStringValue(request.cms(), "Link", locale);
            return ClickTarget.location(stored, path -> OpenCms.getLinkManager().substituteLink(request.cms(), path));
        } catch (CmsException e) {
            LOG.debug("Cannot read the banner " + banner.getRootPath(), e);
            return null;
        }
    }

    private static String siteProperty(CmsObject cms) {
        try {
            return cms.readPropertyObject("/", ZoneConfig.PROPERTY, false).getValue();
        } catch (CmsException e) {
            return null;
        }
    }

    private static List<CmsResource> readBanners(CmsObject cms) {
        try {
            int type = OpenCms.getResourceManager().getResourceType(TYPE).getTypeId();
            return cms.readResources("/", CmsResourceFilter.DEFAULT.addRequireType(type), true);
        } catch (CmsLoaderException e) {
            LOG.warn("The resource type " + TYPE + " is not installed");
            return List.of();
        } catch (CmsException e) {
            LOG.warn("Cannot list the banners of " + cms.getRequestContext().getSiteRoot(), e);
            return List.of();
        }
    }

    /** One banner of the zone, or {@code null} when it belongs to another zone or cannot be read. */
    private static BannerItem read(PageRequest request, CmsResource resource, ZoneConfig.Zone zone, String click) {
        CmsObject cms = request.cms();
        try {
            CmsXmlContent xml = CmsXmlContentFactory.unmarshal(cms, resource, request.request());
            Locale locale = ContentLocale.choose(xml, request.locale());
            if (locale == null || !zone.name().equals(text(cms, xml, "Zone", locale).strip())) {
                return null;
            }
            String id = resource.getStructureId().toString();
            String title = text(cms, xml, "Title", locale).strip();
            String alt = text(cms, xml, "Alt", locale).strip();
            if (alt.isEmpty()) {
                alt = title;
            }
            String link = text(cms, xml, "Link", locale);
            SafeLink safe = SafeLink.check(link);
            if (!link.isBlank() && !safe.isSafe() && LOG.isInfoEnabled()) {
                LOG.info("The link of the banner " + resource.getRootPath() + " is not shown (" + safe.messageKey() + ")");
            }
            String href = safe.isSafe() ? click + "?id=" + id : "";
            long expires = resource.getDateExpired();
            long until = expires == CmsResource.DATE_EXPIRED_DEFAULT ? 0 : expires;
            return new BannerItem(id, title, alt, text(cms, xml, "Caption", locale).strip(),
                image(cms, xml.getValue("Image", locale), zone), href,
                Boolean.parseBoolean(text(cms, xml, "NewWindow", locale).strip()),
                number(text(cms, xml, "Order", locale), 0, 9999, 100),
                number(text(cms, xml, "Weight", locale), 1, 100, 1), until);
        } catch (CmsException e) {
            LOG.debug("Cannot read the banner " + resource.getRootPath(), e);
            return null;
        }
    }

    /**
     * @return the link of the image scaled by OpenCms's image scaler to the zone's size ({@code __scale=w:…,h:…,t:0}:
     *         exactly that size, the picture fitted in without distortion); empty when the image is missing, not
     *         readable, or no JPEG/PNG/WebP/GIF
     */
    private static String image(CmsObject cms, I_CmsXmlContentValue value, ZoneConfig.Zone zone) {
        CmsResource image = ContentValues.file(cms, value);
        if (image == null || !ImageNames.isAllowed(image.getName())) {
            return "";
        }
        return OpenCms.getLinkManager().substituteLinkForRootPath(cms, image.getRootPath()) + "?__scale=w:"
            + zone.width() + ",h:" + zone.height() + ",t:0";
    }

    private static String text(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        return ContentValues.text(cms, xml, path, locale);
    }

    static int number(String raw, int min, int max, int fallback) {
        long n = AsciiNumbers.parse(raw == null ? null : raw.strip(), 4);
        return n < min || n > max ? fallback : (int)n;
    }

}
