package org.portalkit.template.linklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.content.CmsXmlContentFactory;
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.page.ContentLocale;
import org.portalkit.core.page.ContentValues;
import org.portalkit.core.page.PageRequest;
import org.portalkit.core.url.SafeLink;
import org.portalkit.template.Messages;

/**
 * Entry points of the {@code pk-linklist} JSPs: {@code formatters/linklist-box.jsp} ({@link #formatter}, the
 * container element's link list) and {@code elements/linklist.jsp} ({@link #element}, the link list named by the
 * including page's setting {@value #PATH}). Both return a {@link LinkListView} for the tag {@code pkt:linklist}.
 */
public final class LinkLists {

    /** The resource type. */
    public static final String TYPE = "pk-linklist";
    /** Setting of the element: the site path of the link list. */
    public static final String PATH = "path";
    /** Width and height of an item's icon, in CSS pixels (the image is scaled to it). */
    public static final int ICON_SIZE = 24;
    /** Most items shown (the schema allows 30; more written through the API are left out). */
    public static final int MAX_ITEMS = 30;
    /** Key: the setting names no link list of this site ({0} = the path). */
    public static final String KEY_MISSING = "pklinklist.missing";

    /** Longest path setting. */
    static final int MAX_PATH = 512;

    private static final String RESOURCES = "/system/modules/org.portalkit.template/resources/";
    private static final Log LOG = CmsLog.getLog(LinkLists.class);

    private LinkLists() {
    }

    /**
     * For {@code formatters/linklist-box.jsp}: the container element's link list (or the requested one).
     *
     * @param page the JSP's page context
     * @return the view
     */
    public static LinkListView formatter(PageContext page) {
        PageRequest request = PageRequest.of(page);
        CmsResource resource = request.current(TYPE);
        if (resource == null || !inSite(request.siteRoot(), resource.getRootPath())) {
            return missing(request, request.cms().getRequestContext().getUri());
        }
        return read(request, resource);
    }

    /**
     * For {@code elements/linklist.jsp}: the link list at the site path of the setting {@value #PATH} (from the
     * including page, never from a visitor's query string). Only a {@code pk-linklist} of the current site is shown;
     * otherwise a message takes the box's place (requested by its own URL, with status 400).
     *
     * @param page the JSP's page context
     * @return the view
     */
    public static LinkListView element(PageContext page) {
        PageRequest request = PageRequest.of(page);
        ElementSettings settings = ElementSettings.of(page.getRequest());
        String path = settings.setting(PATH);
        CmsResource resource = readList(request, sitePath(path));
        if (resource == null) {
            if (!settings.isIncluded()) {
                request.status(HttpServletResponse.SC_BAD_REQUEST);
            }
            return missing(request, path);
        }
        return read(request, resource);
    }

    /**
     * @param raw the setting, may be {@code null}
     * @return the stripped site path, or {@code null} when it is none: empty, too long, not starting with one
     *         {@code /}, or with {@code ..}, a backslash or a control character
     */
    static String sitePath(String raw) {
        if (raw == null) {
            return null;
        }
        String path = raw.strip();
        if (path.isEmpty() || path.length() > MAX_PATH || !path.startsWith("/") || path.startsWith("//")
            || path.contains("..") || path.indexOf('\\') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return path;
    }

    /**
     * @param siteRoot the current site's root, e.g. {@code /sites/default}
     * @param rootPath a resource's root path
     * @return whether the resource belongs to that site (not to another site, {@code /shared/} or {@code /system/})
     */
    static boolean inSite(String siteRoot, String rootPath) {
        return siteRoot != null && !siteRoot.isEmpty() && !"/".equals(siteRoot) && rootPath.startsWith(siteRoot + "/");
    }

    private static CmsResource readList(PageRequest request, String sitePath) {
        if (sitePath == null) {
            return null;
        }
        try {
            CmsResource resource = request.cms().readResource(sitePath, CmsResourceFilter.DEFAULT);
            return PageRequest.isOfType(resource, TYPE) && inSite(request.siteRoot(), resource.getRootPath())
                ? resource : null;
        } catch (CmsException e) {
            return null;
        }
    }

    private static LinkListView read(PageRequest request, CmsResource resource) {
        CmsObject cms = request.cms();
        String stylesheet = OpenCms.getLinkManager().substituteLink(cms, RESOURCES + "linklist.css");
        try {
            CmsXmlContent xml = CmsXmlContentFactory.unmarshal(cms, cms.readFile(resource));
            Locale locale = ContentLocale.choose(xml, request.locale());
            if (locale == null) {
                return missing(request, cms.getSitePath(resource));
            }
            List<LinkListEntry> items = new ArrayList<>();
            int count = Math.min(xml.getIndexCount("Item", locale), MAX_ITEMS);
            for (int i = 1; i <= count; i++) {
                String item = "Item[" + i + "]/";
                String link = ContentValues.text(cms, xml, item + "Link", locale);
                LinkListEntry entry = LinkListEntry.of(ContentValues.text(cms, xml, item + "Text", locale), link,
                    Boolean.parseBoolean(ContentValues.text(cms, xml, item + "NewWindow", locale).strip()),
                    icon(cms, xml, item + "Icon", locale),
                    sitePath -> OpenCms.getLinkManager().substituteLink(cms, sitePath));
                if (entry != null && !entry.isLink() && !link.isBlank() && LOG.isInfoEnabled()) {
                    LOG.info("Item " + i + " of " + resource.getRootPath() + " is shown without its link ("
                        + SafeLink.check(link).messageKey() + ")");
                }
                if (entry != null) {
                    items.add(entry);
                }
            }
            return new LinkListView(ContentValues.text(cms, xml, "Title", locale).strip(), items, null, stylesheet);
        } catch (CmsException e) {
            LOG.warn("Cannot read the link list " + resource.getRootPath(), e);
            return missing(request, cms.getSitePath(resource));
        }
    }

    /** @return the icon scaled to {@link #ICON_SIZE}; empty when there is none, or it is no JPEG/PNG/WebP/GIF */
    private static String icon(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        CmsResource image = ContentValues.file(cms, xml.getValue(path, locale));
        if (image == null || !isImageName(image.getName())) {
            return "";
        }
        return OpenCms.getLinkManager().substituteLinkForRootPath(cms, image.getRootPath()) + "?__scale=w:"
            + ICON_SIZE + ",h:" + ICON_SIZE + ",t:0";
    }

    /** @return whether a file name ends in {@code .jpg .jpeg .png .webp .gif} (any letter case): never SVG */
    static boolean isImageName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && List.of("jpg", "jpeg", "png", "webp", "gif").contains(n.substring(dot + 1));
    }

    private static LinkListView missing(PageRequest request, String path) {
        String shown = path == null ? "" : path.length() > 80 ? path.substring(0, 80) + "…" : path;
        return new LinkListView("", List.of(), Messages.format(KEY_MISSING, request.locale(), shown), "");
    }
}
