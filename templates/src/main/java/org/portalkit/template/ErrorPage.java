package org.portalkit.template;

import java.util.Locale;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;

/**
 * What the friendly error page ({@code elements/error.jsp}) shows: the kind of error (400, 404 or 500, from the
 * status the container hands to the error page), the visitor's language (English when the requested path is under
 * {@code /en/}, otherwise Vietnamese) and the texts in that language. Never the exception or its message.
 */
public final class ErrorPage {

    /** The Vietnamese locale, the site's default. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Request attribute in which the OpenCms error handler passes the status. */
    static final String OPENCMS_ERROR_CODE = "org.opencms.util.CmsErrorCode";

    private final int m_status;
    private final Locale m_locale;
    private final String m_siteName;

    private ErrorPage(int status, Locale locale, String siteName) {
        m_status = status;
        m_locale = locale;
        m_siteName = siteName;
    }

    /**
     * For elements/error.jsp: the error page of the request, with the response's status and {@code no-store} set.
     * The site's name comes from OpenCms' site configuration when the request runs in OpenCms.
     *
     * @param page the error JSP's page context
     * @return the page to show
     */
    public static ErrorPage answer(javax.servlet.jsp.PageContext page) {
        HttpServletRequest request = (HttpServletRequest)page.getRequest();
        String siteTitle = null;
        try {
            org.opencms.file.CmsObject cms = org.opencms.flex.CmsFlexController.getCmsObject(request);
            org.opencms.site.CmsSite site = cms == null ? null
                : org.opencms.main.OpenCms.getSiteManager().getCurrentSite(cms);
            siteTitle = site == null ? null : site.getTitle();
        } catch (RuntimeException e) {
            // outside OpenCms or no site: the module's default site name is shown
        }
        ErrorPage error = of(request, siteTitle);
        javax.servlet.http.HttpServletResponse response = (javax.servlet.http.HttpServletResponse)page.getResponse();
        response.setStatus(error.getStatus());
        response.setHeader("Cache-Control", "no-store");
        return error;
    }

    /**
     * The error page for a request the container forwarded to the error page.
     *
     * @param request the request
     * @param siteTitle the site's title (may be blank: the module's default site name is used)
     * @return the page
     */
    public static ErrorPage of(HttpServletRequest request, String siteTitle) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status == null) {
            status = request.getAttribute(OPENCMS_ERROR_CODE);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String ? (String) uri : request.getRequestURI();
        String context = request.getContextPath();
        if (path != null && context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return of(status instanceof Integer ? (Integer) status : 0, path, siteTitle);
    }

    /**
     * @param status the HTTP status of the error (anything else than 4xx/5xx is shown as "not found")
     * @param path the requested path (may be null)
     * @param siteTitle the site's title (may be blank)
     * @return the page
     */
    public static ErrorPage of(int status, String path, String siteTitle) {
        int kind;
        if (status >= 500 && status < 600) {
            kind = 500;
        } else if (status >= 400 && status < 500 && status != 404) {
            kind = 400;
        } else {
            kind = 404;
        }
        Locale locale = isEnglish(path) ? Locale.ENGLISH : VIETNAMESE;
        String site = siteTitle == null || siteTitle.isBlank() ? Messages.get("error.siteName", locale) : siteTitle.trim();
        return new ErrorPage(kind == 404 ? 404 : status, locale, site);
    }

    private static boolean isEnglish(String path) {
        if (path == null) {
            return false;
        }
        String p = path.startsWith("/opencms/") ? path.substring("/opencms".length()) : path;
        return p.equals("/en") || p.startsWith("/en/");
    }

    private String kindKey() {
        if (m_status >= 500) {
            return "500";
        }
        return m_status == 404 ? "404" : "400";
    }

    /** @return the HTTP status the page is sent with */
    public int getStatus() {
        return m_status;
    }

    /** @return the language tag of the page ("vi" or "en") */
    public String getLanguage() {
        return m_locale.getLanguage();
    }

    /** @return the site name */
    public String getSiteName() {
        return m_siteName;
    }

    /** @return the page title */
    public String getTitle() {
        return Messages.get("error." + kindKey() + ".title", m_locale);
    }

    /** @return the explanation */
    public String getMessage() {
        return Messages.get("error." + kindKey() + ".text", m_locale);
    }

    /** @return the link to the home page of the visitor's language */
    public String getHomeHref() {
        return Locale.ENGLISH.equals(m_locale) ? "/en/" : "/";
    }

    /** @return the text of the link home */
    public String getHomeLabel() {
        return Messages.get("error.home", m_locale);
    }
}
