package org.portalkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo landing page and the seed article's page as a citizen's browser shows them: real Chromium, pages served by
 * Tomcat, rendered by OpenCms in the site template — every region of the seed page is there (the article with its
 * section above it, its image, byline and "Quay Về", the sidebar boxes and banners), and the main navigation
 * collapses behind its menu button on a phone.
 */
@ExtendWith(PortalRuntimeExtension.class)
class LandingPageBrowserIT {

    @Test
    void theLandingPageShowsEveryRegionOfTheSeedPage(RunningPortal portal) throws Exception {
        ChromeDriver browser = Browser.open();
        try {
            browser.manage().window().setSize(new Dimension(1280, 1000));
            browser.get("http://127.0.0.1:" + portal.port() + "/");
            assertEquals("Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội", browser.getTitle());
            assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(1, browser.findElements(By.tagName("h1")).size());
            String header = browser.findElement(By.cssSelector("header.pk-header")).getText();
            assertTrue(header.contains("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), header);
            assertTrue(header.matches("(?s).*LƯỢT TRUY CẬP \\d{2}\\.\\d{3}.*"), header);
            assertFalse(browser.findElements(By.cssSelector("header .pk-banners__image")).isEmpty(), "header banners");
            assertFalse(browser.findElements(By.cssSelector("header form[role=search]")).isEmpty(), "search box");
            assertTrue(browser.findElement(By.cssSelector("nav.pk-nav")).getText().contains("Thông báo"));
            String main = browser.findElement(By.id("pk-main")).getText();
            assertTrue(main.contains("TIN MỚI NHẤT") || main.contains("Tin mới nhất"), main);
            String sidebar = browser.findElement(By.cssSelector("aside.pk-sidebar")).getText();
            assertTrue(sidebar.contains("THÔNG BÁO"), sidebar);
            assertTrue(sidebar.toUpperCase(java.util.Locale.ROOT).contains("THÔNG TIN CHUNG"), sidebar);
            assertFalse(browser.findElements(By.cssSelector("aside.pk-sidebar .pk-banners__image")).isEmpty());
            String footer = browser.findElement(By.cssSelector("footer.pk-footer")).getText();
            assertTrue(footer.contains("0260 3000 000") && footer.contains("Giờ làm việc"), footer);
        } finally {
            browser.quit();
        }
    }

    @Test
    void onAPhoneTheNavigationOpensWithItsMenuButton(RunningPortal portal) throws Exception {
        ChromeDriver browser = Browser.open();
        try {
            browser.manage().window().setSize(new Dimension(360, 800));
            browser.get("http://127.0.0.1:" + portal.port() + "/");
            WebElement toggle = browser.findElement(By.cssSelector(".pk-nav__toggle"));
            WebElement list = browser.findElement(By.id("pk-nav-list"));
            assertTrue(toggle.isDisplayed(), "menu button on a phone");
            assertFalse(list.isDisplayed(), "navigation collapsed");
            assertEquals("false", toggle.getAttribute("aria-expanded"));
            toggle.click();
            assertTrue(list.isDisplayed(), "navigation open after a click");
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            browser.manage().window().setSize(new Dimension(1280, 900));
            assertFalse(toggle.isDisplayed(), "no menu button on a desktop");
            assertTrue(list.isDisplayed());
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSeedArticlesPageShowsWhatTheSeedShowsInsideTheTemplate(RunningPortal portal) throws Exception {
        ChromeDriver browser = Browser.open();
        try {
            browser.manage().window().setSize(new Dimension(1280, 1000));
            browser.get("http://127.0.0.1:" + portal.port() + NewsIT.SEED_PATH);
            String header = browser.findElement(By.cssSelector("header.pk-header")).getText();
            assertTrue(header.matches("(?s).*LƯỢT TRUY CẬP \\d{2}\\.\\d{3}.*"), header);
            assertFalse(browser.findElements(By.cssSelector("header .pk-banners__image")).isEmpty(), "header banners");
            String main = browser.findElement(By.id("pk-main")).getText();
            int section = main.indexOf("VĂN PHÒNG SỞ");
            int title = main.indexOf(NewsIT.SEED_TITLE);
            assertTrue(section >= 0 && section < title, "the section above the title: " + main);
            assertEquals(NewsIT.SEED_TITLE, browser.findElement(By.tagName("h1")).getText());
            for (String seedText : java.util.List.of("Ngày 16/7/2020, Sở Lao động - Thương binh và Xã hội đã tổ chức",
                    "Quang cảnh Hội nghị", "132.846 người thuộc 07 nhóm đối tượng", "Tin và ảnh: Lê Thương.",
                    "Đăng bởi : SLDTBXH Kontum", "Ngày đăng : 17/07/2020", "Quay Về")) {
                assertTrue(main.contains(seedText), seedText + " in " + main);
            }
            assertTrue(main.matches("(?s).*Lượt xem : \\d{4,}.*"), main);
            WebElement image = browser.findElement(By.cssSelector("#pk-main figure img"));
            assertTrue(((Number) browser.executeScript("return arguments[0].naturalWidth;", image)).intValue() > 0,
                "the article's image is loaded");
            String sidebar = browser.findElement(By.cssSelector("aside.pk-sidebar")).getText();
            assertTrue(sidebar.contains("THÔNG BÁO") && sidebar.contains("THÔNG TIN CHUNG"), sidebar);
            java.util.List<WebElement> banners = browser.findElements(By.cssSelector("aside.pk-sidebar .pk-banners__image"));
            assertTrue(banners.size() >= 4, "the seed's four sidebar banners: " + banners.size());
            for (WebElement banner : banners) {
                assertTrue(((Number) browser.executeScript("return arguments[0].naturalWidth;", banner)).intValue() > 0,
                    banner.getAttribute("src"));
            }
            assertTrue(browser.findElement(By.cssSelector("footer.pk-footer")).getText().contains("Sở Lao động"));
            assertEquals(0L, browser.executeScript(SIDEBAR_OUTSIDE), "the sidebar's boxes keep their headings inside");
            assertEquals(Boolean.TRUE, browser.executeScript(
                "return !!document.head.querySelector('link[rel=stylesheet][href$=\"/linklist.css\"]');"),
                "the link list's stylesheet, a head include of its formatter, is in the head of a page that is no container page");
            assertEquals("none", browser.executeScript(
                "return getComputedStyle(document.querySelector('aside .pk-linklist ul')).listStyleType;"),
                "the link list box is styled");
        } finally {
            browser.quit();
        }
    }

    /** How many headings of sidebar boxes stick out of their box (left or right). */
    private static final String SIDEBAR_OUTSIDE = "var n = 0; document.querySelectorAll('aside.pk-sidebar h2').forEach(function (h) {"
        + " var box = h.parentElement.closest('aside.pk-sidebar .pk-container > *') || h.parentElement;"
        + " var a = h.getBoundingClientRect(), b = box.getBoundingClientRect();"
        + " if (a.left < b.left - 0.5 || a.right > b.right + 0.5) n++; }); return n;";
}
