package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo landing page as a citizen's browser shows it: real Chromium, page served by Tomcat, rendered by
 * OpenCms from the published pk-page content seeded by the installer.
 */
@ExtendWith(PortalRuntimeExtension.class)
class LandingPageBrowserIT {

    @Test
    void theLandingPageRendersInChromium(RunningPortal portal) throws Exception {
        ChromeDriver browser = Browser.open();
        try {
            browser.get("http://127.0.0.1:" + portal.port() + "/");
            assertEquals("Cổng thông tin điện tử PortalKit", browser.getTitle());
            assertEquals("Cổng thông tin điện tử PortalKit", browser.findElement(By.cssSelector("h1.pk-page__title")).getText());
            assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(browser.findElement(By.cssSelector(".pk-page__intro")).getText().startsWith("Chào mừng"),
                "intro paragraph rendered as HTML, not escaped markup");
        } finally {
            browser.quit();
        }
    }
}
