package org.portalkit.core.page;

import java.util.regex.Pattern;

import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.flex.CmsFlexController;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;

/**
 * The site's page frame: the JSP of the site template that draws header, navigation, sidebar and footer around the
 * page of any content module (an article, a notice, a list, the error page), so that content modules never depend on
 * a template module.
 *
 * <p>A site names its frame in the property {@value #PROPERTY}, read from the requested page up to the site folder
 * (e.g. {@code /system/modules/org.portalkit.template/templates/frame.jsp}). A page JSP includes the frame three
 * times, with the request parameter {@value #PART} set to {@value #HEAD} (document start up to inside
 * {@code <head>}; the page then writes its own title and meta tags), {@value #TOP} (end of the head, the header,
 * navigation and breadcrumb, the start of {@code <main>}) and {@value #BOTTOM} (end of {@code <main>}, sidebar, footer,
 * end of the document). Without the property, or with a value that is no JSP under {@code /system/modules/}, the page
 * writes a plain document of its own ({@link #isPresent()} is false).
 */
public final class PageFrame {

    /** The property naming the frame JSP. */
    public static final String PROPERTY = "pk.frame";

    /** The request parameter telling the frame which part to write. */
    public static final String PART = "part";

    /** Part: the document up to inside {@code <head>}. */
    public static final String HEAD = "head";

    /** Part: the rest of the head, header, navigation, breadcrumb and the start of the main region. */
    public static final String TOP = "top";

    /** Part: the end of the main region, sidebar, footer and the end of the document. */
    public static final String BOTTOM = "bottom";

    private static final Pattern FRAME_PATH = Pattern.compile("/system/modules/[A-Za-z0-9._-]+/[A-Za-z0-9/_-]+\\.jsp");

    private static final Log LOG = CmsLog.getLog(PageFrame.class);

    private static final PageFrame NONE = new PageFrame("");

    private final String jsp;

    private PageFrame(String jsp) {
        this.jsp = jsp;
    }

    /**
     * @param page the page JSP's context
     * @return the frame of the requested page's site
     */
    public static PageFrame of(PageContext page) {
        if (!CmsFlexController.isCmsRequest(page.getRequest())) {
            return NONE;
        }
        return of(CmsFlexController.getCmsObject(page.getRequest()));
    }

    /**
     * @param cms the request's context
     * @return the frame named by the property {@value #PROPERTY} of the requested page, or none
     */
    public static PageFrame of(CmsObject cms) {
        String value;
        try {
            String uri = cms.getRequestContext().getUri();
            // a JSP of a module (the error page) belongs to no site folder: the site's own value counts
            String from = uri.startsWith("/system/") ? "/" : uri;
            value = cms.readPropertyObject(from, PROPERTY, true).getValue();
        } catch (CmsException e) {
            return NONE;
        }
        PageFrame frame = forValue(value);
        if (frame == NONE && value != null && !value.isBlank()) {
            LOG.warn("Property " + PROPERTY + " of " + cms.getRequestContext().getSiteRoot()
                + " names no JSP under /system/modules/: ignored");
        }
        return frame;
    }

    /**
     * @param value a value of the property, {@code null} when unset
     * @return the frame it names, or none when it is no JSP path under {@code /system/modules/} (or contains {@code ..})
     */
    static PageFrame forValue(String value) {
        if (value == null) {
            return NONE;
        }
        String path = value.strip();
        if (!FRAME_PATH.matcher(path).matches() || path.contains("..") || path.contains("//")) {
            return NONE;
        }
        return new PageFrame(path);
    }

    /** @return whether the site has a frame */
    public boolean isPresent() {
        return !jsp.isEmpty();
    }

    /** @return the VFS path of the frame JSP; empty when there is none */
    public String getJsp() {
        return jsp;
    }
}
