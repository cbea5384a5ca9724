package org.portalkit.template;

import java.util.Locale;

import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.jsp.CmsJspActionElement;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.portalkit.core.url.SafeLink;

/**
 * The "Đăng Nhập" / "Log in" link of the page template.
 *
 * <p>It leads to the OpenCms workplace login {@value #DEFAULT} unless the property {@value #PROPERTY} says otherwise:
 * read from the page up to the site folder (so it is normally set on the site folder, and a subtree may differ), it
 * is another link ({@code https://…} or a path such as {@code /dang-nhap/}, checked with portal-core's
 * {@link SafeLink}), or {@value #OFF} for no link at all (a site without a workplace, such as the embedded demo). A
 * value {@link SafeLink} refuses gives no link either (and a warning in the log), never the refused value.
 */
public final class LoginLink {

    /** The property naming the login link. */
    public static final String PROPERTY = "pk.login.link";

    /** The link when the property is not set: the OpenCms workplace login. */
    public static final String DEFAULT = "/system/login/";

    /** The property value that switches the link off. */
    public static final String OFF = "none";

    private static final Log LOG = CmsLog.getLog(LoginLink.class);

    private final String href;
    private final String text;

    private LoginLink(String href, String text) {
        this.href = href;
        this.text = text;
    }

    /**
     * @param page the template JSP's page context
     * @return the link of the requested page's site; its {@link #getHref()} is empty when there is none
     */
    public static LoginLink of(PageContext page) {
        CmsJspActionElement jsp = new CmsJspActionElement(page, (javax.servlet.http.HttpServletRequest)page.getRequest(),
            (javax.servlet.http.HttpServletResponse)page.getResponse());
        return of(jsp.getCmsObject());
    }

    /**
     * @param cms the request's context
     * @return the link of the requested page's site; its {@link #getHref()} is empty when there is none
     */
    public static LoginLink of(CmsObject cms) {
        String value;
        try {
            value = cms.readPropertyObject(cms.getRequestContext().getUri(), PROPERTY, true).getValue();
        } catch (CmsException e) {
            value = null;
        }
        Locale locale = cms.getRequestContext().getLocale();
        SafeLink link = target(value);
        if (link == null) {
            if (value != null && !OFF.equalsIgnoreCase(value.strip())) {
                LOG.warn("No login link for " + cms.getRequestContext().getSiteRoot() + ": the property " + PROPERTY
                    + " is not a safe link (" + SafeLink.check(value).reason() + ")");
            }
            return new LoginLink("", "");
        }
        String href = link.kind() == SafeLink.Kind.ABSOLUTE ? link.link()
            : OpenCms.getLinkManager().substituteLink(cms, link.link());
        return new LoginLink(href, Messages.get("login.link", locale));
    }

    /**
     * @param value the property's value, {@code null} when it is not set
     * @return the link to show, or {@code null} for none ({@value #OFF}, or a value {@link SafeLink} refuses)
     */
    static SafeLink target(String value) {
        if (value == null || value.isBlank()) {
            return SafeLink.check(DEFAULT);
        }
        if (OFF.equalsIgnoreCase(value.strip())) {
            return null;
        }
        SafeLink link = SafeLink.check(value);
        return link.isSafe() ? link : null;
    }

    /** @return the link's URL; empty when the site shows none */
    public String getHref() {
        return href;
    }

    /** @return "Đăng Nhập" / "Log in" */
    public String getText() {
        return text;
    }
}
