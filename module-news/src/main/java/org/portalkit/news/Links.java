package org.portalkit.news;

import org.portalkit.core.url.SiteUrls;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.OpenCms;
import org.opencms.relations.CmsLink;
import org.opencms.xml.types.CmsXmlVfsFileValue;
import org.opencms.xml.types.I_CmsXmlContentValue;

/**
 * Links to resources as {@code cms:link} writes them (OpenCms' link substitution: servlet prefix, detail pages,
 * other sites' server names).
 */
final class Links {

    /** The module's VFS folder. */
    public static final String MODULE_FOLDER = "/system/modules/org.portalkit.news/";

    private Links() {
    }

    /** @return the link to a resource's page (the detail page where OpenCms has one configured) */
    public static String of(CmsObject cms, CmsResource resource) {
        return OpenCms.getLinkManager().substituteLink(cms, resource);
    }

    /** @return the link to a file of this module, e.g. {@code resources/news.css} */
    public static String module(CmsObject cms, String relativePath) {
        return OpenCms.getLinkManager().substituteLink(cms, MODULE_FOLDER + relativePath);
    }

    /**
     * @param value a file or image value of an XML content
     * @return the processed link; external links only when they are {@code http(s)} URLs; empty when unset
     */
    public static String of(CmsObject cms, I_CmsXmlContentValue value) {
        if (!(value instanceof CmsXmlVfsFileValue)) {
            return "";
        }
        CmsLink link = ((CmsXmlVfsFileValue)value).getLink(cms);
        if (link == null) {
            return "";
        }
        String result = link.getLink(cms);
        if (!link.isInternal()) {
            return SiteUrls.isHttpUrl(result) ? result : "";
        }
        return result == null ? "" : result;
    }

    /**
     * @param path a root path ({@code /sites/default/img/a.jpg}, {@code /shared/…}) or a site path, with an optional
     *             query (image scaling parameters)
     * @return the link
     */
    public static String forRootOrSitePath(CmsObject cms, String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        int q = path.indexOf('?');
        String target = q < 0 ? path : path.substring(0, q);
        String query = q < 0 ? "" : path.substring(q);
        String siteRoot = cms.getRequestContext().getSiteRoot();
        boolean rootPath = target.startsWith("/sites/") || target.startsWith("/shared/")
            || target.startsWith("/system/") || (!siteRoot.isEmpty() && target.startsWith(siteRoot + "/"));
        String link = rootPath ? OpenCms.getLinkManager().substituteLinkForRootPath(cms, target)
            : OpenCms.getLinkManager().substituteLink(cms, target);
        return link + query;
    }

    /** @return the first non-blank line of a multi-line value, or {@code null} */
    public static String firstLine(String value) {
        if (value == null) {
            return null;
        }
        for (String line : value.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }
}
