package org.portalkit.template.frame;

import java.util.Locale;

import javax.servlet.jsp.PageContext;

import org.opencms.file.CmsObject;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.portalkit.core.page.PageFrame;
import org.portalkit.core.page.PageRequest;
import org.portalkit.core.url.Origin;
import org.portalkit.core.url.SiteUrls;

/**
 * What the container page template ({@code templates/portal.jsp}) writes besides the containers: the frame to draw
 * around the page (the site's {@code pk.frame}, else this module's own {@value #DEFAULT_FRAME}), the page's title
 * (its {@code Title} property, per language; the site's name on the home page), description and canonical URL.
 */
public final class ContainerPageView {

    /** The frame of this module, used when the site names none. */
    public static final String DEFAULT_FRAME = "/system/modules/org.portalkit.template/templates/frame.jsp";

    private final String frame;
    private final String title;
    private final String siteName;
    private final String description;
    private final String canonicalUrl;
    private final boolean homePage;
    private java.util.List<org.portalkit.core.feed.FeedLink> feeds = java.util.List.of();

    private ContainerPageView(String frame, String title, String siteName, String description, String canonicalUrl,
        boolean homePage) {
        this.frame = frame;
        this.title = title;
        this.siteName = siteName;
        this.description = description;
        this.canonicalUrl = canonicalUrl;
        this.homePage = homePage;
    }

    /**
     * @param page the template JSP's context
     * @return the view of the requested container page
     */
    public static ContainerPageView of(PageContext page) {
        PageRequest request = PageRequest.of(page);
        CmsObject cms = request.cms();
        Locale locale = request.locale();
        PageFrame siteFrame = PageFrame.of(cms);
        String uri = cms.getRequestContext().getUri();
        String title = property(cms, uri, "Title", locale);
        String siteName = SiteProfile.of(cms, locale).getSiteName();
        String root = SiteNavigation.languageRoot(cms, uri);
        boolean home = SiteNavigation.isHome(uri, root);
        Origin origin = request.origin();
        String link = OpenCms.getLinkManager().substituteLink(cms, home ? root : uri);
        ContainerPageView view = new ContainerPageView(siteFrame.isPresent() ? siteFrame.getJsp() : DEFAULT_FRAME,
            home || title.isEmpty() ? siteName : title, siteName, property(cms, uri, "Description", locale),
            origin == null ? "" : SiteUrls.absolute(origin, link), home);
        view.feeds = org.portalkit.template.PageFeeds.ofContainerPage(page, view.title);
        return view;
    }

    private static String property(CmsObject cms, String uri, String name, Locale locale) {
        try {
            return SiteProfile.clip(cms.readPropertyObject(uri, name, false, locale).getValue());
        } catch (CmsException e) {
            return "";
        }
    }

    /** @return the feeds of the page's lists (feed autodiscovery) */
    public java.util.List<org.portalkit.core.feed.FeedLink> getFeeds() {
        return feeds;
    }

    /** @return the frame JSP */
    public String getFrame() {
        return frame;
    }

    /** @return the page's title (the site's name when the page has none) */
    public String getTitle() {
        return title;
    }

    /** @return the document title: "page – site", or the site's name alone on the home page */
    public String getDocumentTitle() {
        if (homePage || siteName.isEmpty() || siteName.equals(title)) {
            return title;
        }
        return title + " – " + siteName;
    }

    /** @return the page's Description property, may be empty */
    public String getDescription() {
        return description;
    }

    /** @return the page's absolute URL from the site configuration, empty without a configured address */
    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    /** @return whether the page is the language's home page */
    public boolean isHomePage() {
        return homePage;
    }
}
