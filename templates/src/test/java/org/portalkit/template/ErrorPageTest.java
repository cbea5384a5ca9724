package org.portalkit.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Proxy;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ErrorPageTest {

    private static HttpServletRequest request(Map<String, Object> attributes, String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(ErrorPageTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getAttribute":
                        return attributes.get(args[0]);
                    case "getRequestURI":
                        return uri;
                    case "getContextPath":
                        return "";
                    default:
                        return null;
                }
            });
    }

    @Test
    void notFoundIsVietnameseByDefault() {
        ErrorPage page = ErrorPage.of(404, "/khong-co-trang-nay", "PortalKit");
        assertEquals(404, page.getStatus());
        assertEquals("vi", page.getLanguage());
        assertEquals("Không tìm thấy trang", page.getTitle());
        assertEquals("Về trang chủ", page.getHomeLabel());
        assertEquals("/", page.getHomeHref());
        assertEquals("PortalKit", page.getSiteName());
    }

    @Test
    void pathsUnderEnAreEnglish() {
        ErrorPage page = ErrorPage.of(404, "/en/missing", null);
        assertEquals("en", page.getLanguage());
        assertEquals("Page not found", page.getTitle());
        assertEquals("/en/", page.getHomeHref());
        assertEquals("Electronic information portal", page.getSiteName());
        assertEquals("en", ErrorPage.of(404, "/en", null).getLanguage());
        assertEquals("en", ErrorPage.of(404, "/opencms/en/x", null).getLanguage());
        assertEquals("vi", ErrorPage.of(404, "/entry/x", null).getLanguage());
        assertEquals("vi", ErrorPage.of(404, null, null).getLanguage());
    }

    @Test
    void statusesMapToThreeKindsOfPage() {
        assertEquals(500, ErrorPage.of(500, "/", null).getStatus());
        assertEquals(503, ErrorPage.of(503, "/", null).getStatus());
        assertEquals("Đã có lỗi xảy ra", ErrorPage.of(503, "/", null).getTitle());
        assertEquals(400, ErrorPage.of(400, "/", null).getStatus());
        assertEquals("Yêu cầu không hợp lệ", ErrorPage.of(400, "/", null).getTitle());
        assertEquals(405, ErrorPage.of(405, "/", null).getStatus());
        assertEquals("Bad request", ErrorPage.of(405, "/en/", null).getTitle());
        // a direct visit (no error) is shown as "not found", not as a page with status 200
        assertEquals(404, ErrorPage.of(200, "/", null).getStatus());
        assertEquals(404, ErrorPage.of(0, "/", null).getStatus());
    }

    @Test
    void theStatusAndPathComeFromTheErrorAttributes() {
        ErrorPage page = ErrorPage.of(request(Map.of("javax.servlet.error.status_code", 500,
            "javax.servlet.error.request_uri", "/en/tin-tuc/x", "javax.servlet.error.message", "java.lang.Boom"),
            "/opencms/system/modules/org.portalkit.template/elements/error.jsp"), "PortalKit");
        assertEquals(500, page.getStatus());
        assertEquals("en", page.getLanguage());
        assertFalse(page.getMessage().contains("Boom"));
        ErrorPage opencms = ErrorPage.of(request(Map.of("org.opencms.util.CmsErrorCode", 400), "/x"), "");
        assertEquals(400, opencms.getStatus());
        assertEquals("vi", opencms.getLanguage());
    }

    @Test
    void everyKindHasDifferentVietnameseAndEnglishTexts() {
        for (int status : new int[] {400, 404, 500}) {
            assertNotEquals(ErrorPage.of(status, "/", null).getMessage(), ErrorPage.of(status, "/en/", null).getMessage());
        }
    }
}
