package org.portalkit.template.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.jsp.CmsJspNavBuilder;
import org.opencms.jsp.CmsJspNavElement;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;

/**
 * The site's navigation, built from OpenCms's navigation properties ({@code NavText}, {@code NavPos}, and
 * {@code NavInfo=ignore_in_default_nav} to hide an entry) through {@link CmsJspNavBuilder}: the main navigation (the
 * folders and pages of the language's root folder that are in the navigation, with one level of sub-entries) and the
 * breadcrumb of the requested page.
 *
 * <p>A language has its own root: a first-level folder whose own {@code locale} property differs from the site
 * folder's (e.g. {@code /en/} with {@code locale=en} in a Vietnamese site); every other page belongs to the site
 * folder {@code /}.
 */
public final class SiteNavigation {

    /** At most this many main entries and sub-entries per entry are shown. */
    static final int MAX_ENTRIES = 12;

    private final CmsObject cms;
    private final Locale locale;
    private final String uri;
    private final String root;

    private SiteNavigation(CmsObject cms, Locale locale, String root) {
        this.cms = cms;
        this.locale = locale;
        this.uri = cms.getRequestContext().getUri();
        this.root = root;
    }

    /**
     * @param cms the request's context
     * @param locale the page's locale
     * @return the navigation of the requested page
     */
    public static SiteNavigation of(CmsObject cms, Locale locale) {
        return new SiteNavigation(cms, locale, languageRoot(cms, cms.getRequestContext().getUri()));
    }

    /**
     * @param cms the request's context
     * @param locale the page's locale
     * @param root the language's root folder
     * @return the navigation of that language
     */
    static SiteNavigation of(CmsObject cms, Locale locale, String root) {
        return new SiteNavigation(cms, locale, root);
    }

    /**
     * @param cms a request's context
     * @param locale a language
     * @return the first-level folder that is the root of that language, or {@code /}
     */
    static String rootOf(CmsObject cms, Locale locale) {
        try {
            for (CmsResource folder : cms.getSubFolders("/")) {
                String path = cms.getSitePath(folder);
                String own = cms.readPropertyObject(path, "locale", false).getValue();
                if (own != null && same(own, locale.toString()) && path.equals(languageRoot(cms, path))) {
                    return path;
                }
            }
        } catch (CmsException e) {
            return "/";
        }
        return "/";
    }

    /**
     * @param cms a request's context
     * @param uri a site path
     * @return the root folder of the path's language: its first-level folder when that has a {@code locale} property
     *     of its own, else {@code /}
     */
    public static String languageRoot(CmsObject cms, String uri) {
        String first = firstLevelFolder(uri);
        if (first == null) {
            return "/";
        }
        try {
            String own = cms.readPropertyObject(first, "locale", false).getValue();
            if (own == null || own.isBlank()) {
                return "/";
            }
            String site = cms.readPropertyObject("/", "locale", true).getValue();
            if (site == null || site.isBlank()) {
                List<Locale> defaults = OpenCms.getLocaleManager().getDefaultLocales();
                site = defaults.isEmpty() ? "" : defaults.get(0).toString();
            }
            return same(own, site) ? "/" : first;
        } catch (CmsException e) {
            return "/";
        }
    }

    static boolean same(String locale, String other) {
        return locale.strip().replace('-', '_').equalsIgnoreCase(other.strip().replace('-', '_'));
    }

    static String firstLevelFolder(String uri) {
        if (uri == null || !uri.startsWith("/")) {
            return null;
        }
        int end = uri.indexOf('/', 1);
        return end < 0 ? null : uri.substring(0, end + 1);
    }

    /** @return the language's root folder, {@code /} or e.g. {@code /en/} */
    public String root() {
        return root;
    }

    /** @return the link of the language's home page */
    public String home() {
        return OpenCms.getLinkManager().substituteLink(cms, root);
    }

    /** @return the main navigation: the root's entries with their sub-entries */
    public List<NavLink> main() {
        CmsJspNavBuilder builder = new CmsJspNavBuilder(cms, locale);
        List<NavLink> entries = new ArrayList<>();
        for (CmsJspNavElement element : shown(builder.getNavigationForFolder(root))) {
            List<NavLink> children = new ArrayList<>();
            if (element.isFolderLink()) {
                for (CmsJspNavElement child : shown(builder.getNavigationForFolder(element.getResourceName()))) {
                    children.add(link(child, List.of()));
                }
            }
            entries.add(link(element, children));
        }
        return entries;
    }

    /**
     * The breadcrumb: home, each folder between the language root and the page that is in the navigation (or has a
     * title), and the page itself when it is no folder's index page.
     *
     * @param homeText the text of the first entry ("Trang chủ" / "Home")
     * @param pageTitle the title of the requested page (the last entry when the page is no index page)
     * @return the entries; the last one has no link
     */
    public List<NavLink> breadcrumb(String homeText, String pageTitle) {
        List<NavLink> trail = new ArrayList<>();
        String folder = CmsResource.getFolderPath(uri);
        boolean indexPage = isIndexPage(uri);
        trail.add(new NavLink(homeText, home(), true, List.of()));
        CmsJspNavBuilder builder = new CmsJspNavBuilder(cms, locale);
        int from = CmsResource.getPathLevel(root) + 1;
        int to = CmsResource.getPathLevel(folder);
        for (int level = from; level <= to; level++) {
            String path = CmsResource.getPathPart(folder, level);
            CmsJspNavElement element = builder.getNavigationForResource(path);
            if (element == null || element.isHiddenNavigationEntry()) {
                continue;
            }
            String text = text(element);
            if (!text.isEmpty()) {
                trail.add(new NavLink(text, OpenCms.getLinkManager().substituteLink(cms, path), true, List.of()));
            }
        }
        String title = pageTitle == null ? "" : pageTitle.strip();
        if (!indexPage && !title.isEmpty() && !uri.equals(root)) {
            trail.add(new NavLink(title, "", true, List.of()));
        }
        if (trail.size() > 1 || !title.isEmpty()) {
            NavLink last = trail.remove(trail.size() - 1);
            trail.add(new NavLink(last.getText(), "", true, List.of()));
        }
        return trail;
    }

    /**
     * @param uri a site path
     * @param root a language root folder
     * @return whether the path is that language's home page
     */
    static boolean isHome(String uri, String root) {
        return uri.equals(root) || uri.equals(root + "index.html");
    }

    static boolean isIndexPage(String uri) {
        String name = CmsResource.getName(uri);
        return uri.endsWith("/") || "index.html".equals(name) || "index.jsp".equals(name);
    }

    private List<CmsJspNavElement> shown(List<CmsJspNavElement> elements) {
        List<CmsJspNavElement> shown = new ArrayList<>();
        for (CmsJspNavElement element : elements) {
            if (element.isInNavigation() && !element.isHiddenNavigationEntry() && !text(element).isEmpty()) {
                shown.add(element);
                if (shown.size() == MAX_ENTRIES) {
                    break;
                }
            }
        }
        return shown;
    }

    private NavLink link(CmsJspNavElement element, List<NavLink> children) {
        String path = element.getResourceName();
        boolean current = element.isFolderLink() ? uri.startsWith(path) : uri.equals(path);
        return new NavLink(text(element), OpenCms.getLinkManager().substituteLink(cms, path), current, children);
    }

    private static String text(CmsJspNavElement element) {
        String text = element.getNavText();
        if (text == null || text.isBlank() || text.startsWith("??? ")) {
            text = element.getTitle();
        }
        return text == null ? "" : SiteProfile.clip(text);
    }
}
