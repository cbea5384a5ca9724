package org.portalkit.runtime.support.web;

import java.util.List;

import javax.servlet.http.HttpServletResponse;

/**
 * The security headers PortalKit sends with every response, and the rule that picks the Content-Security-Policy.
 *
 * <p>Site pages get a strict policy: scripts only from files of the site itself (no inline scripts, no
 * {@code eval}); JSON-LD blocks ({@code <script type="application/ld+json">}) are data, not scripts, and are not
 * affected by {@code script-src}. Inline {@code style} attributes stay allowed. The OpenCms workplace (GWT and
 * Vaadin, which need inline scripts and {@code eval}) gets a policy that only restricts framing, plugins and the
 * base URL.</p>
 */
public final class SecurityHeaders {

    /** The policy of site pages. */
    public static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'self'";

    /** The policy of the OpenCms workplace and login pages. */
    public static final String WORKPLACE_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    /** Path prefixes (below the context, with or without the OpenCms servlet path) of the OpenCms workplace. */
    public static final List<String> WORKPLACE_PREFIXES = List.of("/workplace", "/system/login", "/system/workplace",
        "/VAADIN", "/handleBuiltinService", "/opencms/workplace",
        "/opencms/system/login", "/opencms/system/workplace", "/opencms/VAADIN", "/opencms/handleBuiltinService");

    /** Name of the Content-Security-Policy header. */
    public static final String CSP = "Content-Security-Policy";

    private SecurityHeaders() {
    }

    /**
     * @param path the request path below the context (servlet path plus path info), may be null
     * @param workplacePrefixes the prefixes of paths that get the workplace policy
     * @return true if the path belongs to the OpenCms workplace
     */
    public static boolean isWorkplace(String path, List<String> workplacePrefixes) {
        if (path == null) {
            return false;
        }
        for (String prefix : workplacePrefixes) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the headers on a response (replacing values set before).
     *
     * @param response the response
     * @param workplace whether the workplace policy applies
     */
    public static void apply(HttpServletResponse response, boolean workplace) {
        response.setHeader(CSP, workplace ? WORKPLACE_POLICY : SITE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
