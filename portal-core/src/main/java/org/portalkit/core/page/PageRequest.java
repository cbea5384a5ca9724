package org.portalkit.core.page;

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
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteOrigin;

/**
 * One request to a content module's JSP with the OpenCms context it runs in: the user's {@link CmsObject}, the
 * locale, the site's configured origins, and the content the JSP shows (the container element being formatted, the
 * requested resource, or a resource named by its structure id). Status and content type are set the way OpenCms
 * passes them on, and only when the JSP answers the request itself.
 */
public final class PageRequest {

    private static final Log LOG = CmsLog.getLog(PageRequest.class);

    private final CmsJspActionElement jsp;
    private final CmsObject cms;
    private final HttpServletRequest request;
    private final HttpServletResponse response;

    private SiteOrigin site;

    private PageRequest(CmsJspActionElement jsp, HttpServletRequest request, HttpServletResponse response) {
        this.jsp = jsp;
        this.cms = jsp.getCmsObject();
        this.request = request;
        this.response = response;
    }

    /** @return the context of the JSP's request */
    public static PageRequest of(PageContext page) {
        HttpServletRequest request = (HttpServletRequest)page.getRequest();
        HttpServletResponse response = (HttpServletResponse)page.getResponse();
        return new PageRequest(new CmsJspActionElement(page, request, response), request, response);
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
     * response from the file name ({@code .jsp}: HTML; a content named {@code notice-1.xml}: XML) and ignores the
     * JSP's own page directive, so the type is set on the response OpenCms sends.
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

    /** The locale of the requested page. */
    public Locale locale() {
        return cms.getRequestContext().getLocale();
    }

    public String siteRoot() {
        return cms.getRequestContext().getSiteRoot();
    }

    /** The site's name: the {@code Title} property of the site folder, else empty. */
    public String siteTitle() {
        return siteTitle(cms);
    }

    /**
     * @param cms a request's context
     * @return the name of its site: the {@code Title} property of the site folder, else empty
     */
    public static String siteTitle(CmsObject cms) {
        try {
            String title = cms.readPropertyObject("/", "Title", false).getValue();
            return title == null ? "" : title.strip();
        } catch (CmsException e) {
            return "";
        }
    }

    /** The link of the site's home page, as {@code cms:link} writes it. */
    public String home() {
        return OpenCms.getLinkManager().substituteLink(cms, "/");
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
     * The content to show: the container element being formatted, else the requested resource.
     *
     * @param type the resource type name, e.g. {@code pk-notice}
     * @return the resource, or {@code null} if it is none of that type or cannot be read
     */
    public CmsResource current(String type) {
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
            LOG.debug("No " + type + " for " + cms.getRequestContext().getUri(), e);
            return null;
        }
        return isOfType(resource, type) ? resource : null;
    }

    /**
     * @param id   a structure id (already checked to be a UUID)
     * @param type the resource type name
     * @return the resource of that type with that id in the current site (or below /shared/), or {@code null} if
     *         there is none that the user may read now (deleted, expired, not released, other site, other type)
     */
    public CmsResource byId(String id, String type) {
        try {
            CmsResource resource = cms.readResource(new CmsUUID(id), CmsResourceFilter.DEFAULT);
            return isOfType(resource, type) && isInSite(resource) ? resource : null;
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
     * @param resource a resource, may be {@code null}
     * @param type     a resource type name
     * @return whether the resource is a file of that type (an unknown type name matches nothing)
     */
    public static boolean isOfType(CmsResource resource, String type) {
        return resource != null && resource.isFile()
            && type.equals(OpenCms.getResourceManager().getResourceType(resource).getTypeName());
    }

    /** Length of a structure id in its text form. */
    private static final int UUID_LENGTH = 36;

    /**
     * Checks a structure id that a visitor sent (the {@code id} parameter of a beacon, print view or download).
     *
     * @param raw the parameter's value, may be {@code null}
     * @return the id in lower case, or {@code null} unless it is exactly a UUID of the form {@code 8-4-4-4-12} ASCII
     *         hexadecimal digits (no blanks, no second value, no other form)
     */
    public static String structureId(String raw) {
        if (raw == null || raw.length() != UUID_LENGTH) {
            return null;
        }
        String value = raw;
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (dash ? c != '-' : !hex) {
                return null;
            }
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param parameter the name of a request parameter holding a structure id
     * @param type      the resource type name
     * @return the readable resource of that type in this site whose id the parameter names ({@link #byId}), or
     *         {@code null} when the parameter is missing, malformed or names none
     */
    public CmsResource byIdParameter(String parameter, String type) {
        String id = structureId(request.getParameter(parameter));
        return id == null ? null : byId(id, type);
    }
}
