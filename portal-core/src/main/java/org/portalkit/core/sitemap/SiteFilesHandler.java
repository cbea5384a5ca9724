package org.portalkit.core.sitemap;

import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.main.CmsException;
import org.opencms.main.I_CmsResourceInit;

/**
 * Answers the site files crawlers ask for at a site's root — {@code /robots.txt}, {@code /sitemap.xml},
 * {@code /sitemap-<n>.xml}, {@code /sitemap-news.xml} — with the JSPs of the PortalKit modules, in every site and
 * without a resource in it. A resource the site has itself under such a name wins (an editor's own robots.txt).
 *
 * <p>Configured in {@code opencms-system.xml}:
 *
 * <pre>&lt;resourceinit&gt;
 *   &lt;resourceinithandler class="org.portalkit.core.sitemap.SiteFilesHandler"/&gt;
 * &lt;/resourceinit&gt;</pre>
 *
 * OpenCms calls it for every request after reading the requested resource; it acts only when there is none.
 */
public class SiteFilesHandler implements I_CmsResourceInit {

    /** robots.txt. */
    public static final String ROBOTS = "/robots.txt";

    /** The sitemap index. */
    public static final String SITEMAP = "/sitemap.xml";

    /** The JSP of robots.txt, the index and the parts. */
    public static final String CORE_JSP = "/system/modules/org.portalkit.core/elements/site-file.jsp";

    /** The JSP of the news sitemap (module {@code org.portalkit.news}). */
    public static final String NEWS_JSP = "/system/modules/org.portalkit.news/elements/news-sitemap.jsp";

    /** Request attribute: the site path that was asked for. */
    public static final String ATTR_PATH = SiteFilesHandler.class.getName() + ".path";

    @Override
    public CmsResource initResource(CmsResource resource, CmsObject cms, HttpServletRequest req,
        HttpServletResponse res) {
        if (resource != null || cms == null || req == null) {
            return resource;
        }
        String path = cms.getRequestContext().getUri();
        String jsp = jspFor(path);
        if (jsp == null) {
            return null;
        }
        try {
            CmsResource file = cms.readResource(jsp, CmsResourceFilter.DEFAULT);
            req.setAttribute(ATTR_PATH, path);
            return file;
        } catch (CmsException e) {
            // the module that answers this path is not installed: the request stays a 404
            return null;
        }
    }

    /**
     * @param path a site path
     * @return the VFS path of the JSP that answers it, or {@code null} for every other path
     */
    public static String jspFor(String path) {
        if (path == null) {
            return null;
        }
        if (ROBOTS.equals(path) || SITEMAP.equals(path) || part(path) > 0) {
            return CORE_JSP;
        }
        return Sitemaps.NEWS_PATH.equals(path) ? NEWS_JSP : null;
    }

    /**
     * @param path a site path
     * @return {@code n} of {@code /sitemap-<n>.xml} ({@link SitemapParts#parse}), else {@code -1}
     */
    public static int part(String path) {
        if (path == null || !path.startsWith("/sitemap-") || !path.endsWith(".xml")) {
            return -1;
        }
        return SitemapParts.parse(path.substring("/sitemap-".length(), path.length() - ".xml".length()));
    }

    /**
     * @param request the JSP's request
     * @param cms     its context
     * @return the site path the handler answered, else the request's URI
     */
    public static String requestedPath(ServletRequest request, CmsObject cms) {
        Object path = request.getAttribute(ATTR_PATH);
        return path instanceof String ? (String)path : cms.getRequestContext().getUri();
    }
}
