package org.portalkit.runtime.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PortalErrorReportValveTest {

    @Test
    void pagesAreFriendlyInVietnameseAndEnglish() {
        assertTrue(PortalErrorReportValve.page(400).contains("Yêu cầu không hợp lệ"));
        assertTrue(PortalErrorReportValve.page(400).contains("Bad request"));
        assertTrue(PortalErrorReportValve.page(404).contains("Không tìm thấy trang"));
        assertTrue(PortalErrorReportValve.page(500).contains("Đã có lỗi xảy ra"));
        assertTrue(PortalErrorReportValve.page(503).contains("Something went wrong"));
        assertTrue(PortalErrorReportValve.page(500).contains("<a href=\"/\">"));
    }

    @Test
    void pagesNameNoServerSoftwareAndHaveNoScripts() {
        for (int status : new int[] {400, 404, 405, 500, 505}) {
            String page = PortalErrorReportValve.page(status);
            String lower = page.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("tomcat") || lower.contains("apache") || lower.contains("opencms")
                || lower.contains("exception") || lower.contains("<script") || page.contains("${"), page);
        }
    }

    @Test
    void theValveShowsNoTomcatReport() {
        PortalErrorReportValve valve = new PortalErrorReportValve();
        assertFalse(valve.isShowReport());
        assertFalse(valve.isShowServerInfo());
    }
}
