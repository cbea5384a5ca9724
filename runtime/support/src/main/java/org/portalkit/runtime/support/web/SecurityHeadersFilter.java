package org.portalkit.runtime.support.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Servlet filter that adds the PortalKit security headers ({@link SecurityHeaders}) to every response and keeps the
 * server software out of the {@code Server} header (OpenCms sets {@code Server: OpenCms/<version>} on every
 * response it serves; this filter drops that header).
 *
 * <p>Declare it first in {@code web.xml}, mapped to {@code /*} for the dispatchers {@code REQUEST}, {@code FORWARD}
 * and {@code ERROR}. Optional init parameter {@code workplacePrefixes}: the path prefixes that get the relaxed
 * workplace policy, separated by {@code |} (default {@link SecurityHeaders#WORKPLACE_PREFIXES}).</p>
 */
public class SecurityHeadersFilter implements Filter {

    /** Name of the init parameter with the workplace path prefixes. */
    public static final String PARAM_WORKPLACE_PREFIXES = "workplacePrefixes";

    private List<String> m_workplacePrefixes = SecurityHeaders.WORKPLACE_PREFIXES;

    @Override
    public void init(FilterConfig config) {
        String value = config.getInitParameter(PARAM_WORKPLACE_PREFIXES);
        if (value != null && !value.isBlank()) {
            List<String> prefixes = new ArrayList<>();
            for (String prefix : value.split("\\|")) {
                if (!prefix.isBlank()) {
                    prefixes.add(prefix.trim());
                }
            }
            m_workplacePrefixes = List.copyOf(prefixes);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        SecurityHeaders.apply(httpResponse, SecurityHeaders.isWorkplace(pathOf(httpRequest), m_workplacePrefixes));
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // an error page is sent with the error's status: OpenCms answers 200 (or 304) for the JSP it renders
            chain.doFilter(request, new ErrorPageResponse(httpResponse));
        } else {
            // not wrapped: OpenCms takes the content type only from the response the servlet container gave it
            // (a wrapped response turns every JSP's type into text/html); the connector drops OpenCms' Server header
            // (serverRemoveAppProvidedValues, see PortalServer and docs/runtime.md)
            chain.doFilter(request, response);
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    /** The request path below the context: the servlet path plus the path info. */
    static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }

    /**
     * The response an error page writes to: no {@code Server} header, no status below 400 (the container set the
     * error's status before it forwarded to the error page) and no {@code Last-Modified} (an error page must not
     * be answered with "304 Not Modified").
     */
    static final class ErrorPageResponse extends NoServerHeaderResponse {

        ErrorPageResponse(HttpServletResponse response) {
            super(response);
        }

        private static boolean isIgnored(String name) {
            return "Last-Modified".equalsIgnoreCase(name) || "ETag".equalsIgnoreCase(name);
        }

        @Override
        public void setStatus(int status) {
            if (status >= 400) {
                super.setStatus(status);
            }
        }

        @Override
        @SuppressWarnings("deprecation")
        public void setStatus(int status, String message) {
            if (status >= 400) {
                super.setStatus(status, message);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isIgnored(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isIgnored(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isIgnored(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isIgnored(name)) {
                super.addDateHeader(name, date);
            }
        }
    }

    /** A response that ignores every attempt to set the {@code Server} header (error pages). */
    static class NoServerHeaderResponse extends HttpServletResponseWrapper {

        NoServerHeaderResponse(HttpServletResponse response) {
            super(response);
        }

        private static boolean isServer(String name) {
            return "Server".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isServer(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isServer(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
