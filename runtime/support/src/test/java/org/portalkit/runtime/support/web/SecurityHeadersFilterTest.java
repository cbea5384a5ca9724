package org.portalkit.runtime.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.FilterConfig;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    /** Headers as a fake response received them (last value wins, like setHeader). */
    private final Map<String, String> m_headers = new LinkedHashMap<>();

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "setHeader":
                    case "addHeader":
                        m_headers.put((String) args[0], (String) args[1]);
                        return null;
                    case "getHeader":
                        return m_headers.get(args[0]);
                    case "containsHeader":
                        return m_headers.containsKey(args[0]);
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "equals":
                        return proxy == args[0];
                    default:
                        return null;
                }
            });
    }

    private static HttpServletRequest request(String servletPath, String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getServletPath":
                        return servletPath;
                    case "getPathInfo":
                        return pathInfo;
                    default:
                        return null;
                }
            });
    }

    private static FilterConfig config(Map<String, String> params) {
        return (FilterConfig) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
            new Class<?>[] {FilterConfig.class}, (proxy, method, args) ->
                "getInitParameter".equals(method.getName()) ? params.get(args[0]) : null);
    }

    private ServletResponse[] run(SecurityHeadersFilter filter, HttpServletRequest request, boolean setServer)
        throws Exception {
        ServletResponse[] seen = new ServletResponse[1];
        filter.doFilter(request, response(), (req, res) -> {
            seen[0] = res;
            if (setServer) {
                // what OpenCmsServlet does on every request
                ((HttpServletResponse) res).setHeader("Server", "OpenCms/11.0.2");
                ((HttpServletResponse) res).addHeader("server", "Apache-Coyote/1.1");
                ((HttpServletResponse) res).setHeader("X-Other", "kept");
            }
        });
        return seen;
    }

    @Test
    void sitePagesGetTheStrictPolicyAndTheOtherHeaders() throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.init(config(Map.of()));
        run(filter, request("/opencms", "/tin-tuc/ban-giao"), false);
        String csp = m_headers.get("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertFalse(csp.replaceAll("style-src[^;]*;", "").contains("unsafe"), csp);
        assertTrue(csp.endsWith("frame-ancestors 'self'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertEquals("nosniff", m_headers.get("X-Content-Type-Options"));
        assertEquals("SAMEORIGIN", m_headers.get("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", m_headers.get("Referrer-Policy"));
    }

    @Test
    void aPageRequestGetsTheContainersResponseUnwrapped() throws Exception {
        // OpenCms takes a JSP's content type only from the container's response; the Server header OpenCms sets is
        // dropped by the connector (serverRemoveAppProvidedValues), not here
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.init(config(Map.of()));
        ServletResponse original = response();
        ServletResponse[] seen = new ServletResponse[1];
        filter.doFilter(request("/", null), original, (req, res) -> seen[0] = res);
        assertSame(original, seen[0]);
    }

    @Test
    void anErrorPageKeepsTheErrorStatusAndHasNoLastModified() {
        int[] status = {404};
        HttpServletResponse base = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "setStatus":
                        status[0] = (Integer) args[0];
                        return null;
                    case "setHeader":
                    case "setDateHeader":
                        m_headers.put((String) args[0], String.valueOf(args[1]));
                        return null;
                    default:
                        return null;
                }
            });
        SecurityHeadersFilter.ErrorPageResponse response = new SecurityHeadersFilter.ErrorPageResponse(base);
        response.setStatus(200);
        response.setStatus(304);
        assertEquals(404, status[0]);
        response.setStatus(500);
        assertEquals(500, status[0]);
        response.setDateHeader("Last-Modified", 1L);
        response.setHeader("Server", "OpenCms/11.0.2");
        response.setHeader("Content-Language", "vi");
        assertEquals(Map.of("Content-Language", "vi"), m_headers);
    }

    @Test
    void theWorkplaceGetsTheRelaxedPolicyWithFrameAncestors() throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.init(config(Map.of()));
        for (String[] path : new String[][] {{"/workplace", null}, {"/opencms", "/system/login/"},
            {"/opencms", "/workplace"}, {"/system/login", null}, {"/opencms", "/VAADIN/themes/x.css"}}) {
            m_headers.clear();
            run(filter, request(path[0], path[1]), false);
            assertEquals(SecurityHeaders.WORKPLACE_POLICY, m_headers.get("Content-Security-Policy"), String.join("", path[0], String.valueOf(path[1])));
            assertEquals("nosniff", m_headers.get("X-Content-Type-Options"));
            assertEquals("strict-origin-when-cross-origin", m_headers.get("Referrer-Policy"));
        }
    }

    @Test
    void pathsThatOnlyStartLikeTheWorkplaceAreSitePages() {
        List<String> prefixes = SecurityHeaders.WORKPLACE_PREFIXES;
        assertFalse(SecurityHeaders.isWorkplace("/workplaces-news", prefixes));
        assertFalse(SecurityHeaders.isWorkplace("/system/modules/org.portalkit.template/elements/error.jsp", prefixes));
        assertFalse(SecurityHeaders.isWorkplace("/", prefixes));
        assertFalse(SecurityHeaders.isWorkplace(null, prefixes));
        assertTrue(SecurityHeaders.isWorkplace("/system/workplace/commons/x.jsp", prefixes));
    }

    @Test
    void theWorkplacePrefixesCanBeConfigured() throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        Map<String, String> params = new HashMap<>();
        params.put(SecurityHeadersFilter.PARAM_WORKPLACE_PREFIXES, "/cms/workplace | /cms/system/login");
        filter.init(config(params));
        run(filter, request("/cms", "/workplace"), false);
        assertEquals(SecurityHeaders.WORKPLACE_POLICY, m_headers.get("Content-Security-Policy"));
        m_headers.clear();
        run(filter, request("/workplace", null), false);
        assertEquals(SecurityHeaders.SITE_POLICY, m_headers.get("Content-Security-Policy"));
    }
}
