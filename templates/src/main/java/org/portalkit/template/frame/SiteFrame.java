package org.portalkit.template.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.jsp.PageContext;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.portalkit.core.page.PageFrame;
import org.portalkit.core.page.PageRequest;
import org.portalkit.core.page.PageScript;
import org.portalkit.template.LoginLink;
import org.portalkit.template.Messages;

/**
 * What the site frame ({@code templates/frame.jsp}) draws around every page: the header (emblem, site and agency
 * name, login link, visitor counter, search box, reading toolbar, language switch), the main navigation, the
 * breadcrumb and the footer, from the site's configuration ({@link SiteProfile}, {@link SiteNavigation}); and which
 * part of the frame the including page asks for ({@link PageFrame}).
 */
public final class SiteFrame {

    /** The module's resource folder. */
    static final String RESOURCES = "/system/modules/org.portalkit.template/resources/";

    /** The request parameter with the page's title (for the breadcrumb). */
    public static final String TITLE = "title";

    /** The request parameter with the page's language (error pages: the language of the requested path). */
    public static final String LANG = "lang";

    private static final int MAX_LANGUAGES = 6;

    /** The home page's containers the frame shows on other pages (frame.jsp), with their types, in page order. */
    private static final Map<String, String> HOME_CONTAINERS;

    static {
        Map<String, String> containers = new java.util.LinkedHashMap<>();
        containers.put("header", "pk-banner");
        containers.put("sidebar", "pk-side");
        HOME_CONTAINERS = java.util.Collections.unmodifiableMap(containers);
    }

    private final HttpServletRequest request;
    private final CmsObject cms;
    private final Locale locale;
    private final String part;
    private final String title;
    private final SiteProfile profile;
    private final SiteNavigation navigation;

    private SiteFrame(HttpServletRequest request, CmsObject cms, Locale locale, String part, String title,
        boolean ownLanguage) {
        this.request = request;
        this.cms = cms;
        this.locale = locale;
        this.part = part;
        this.title = title;
        this.profile = SiteProfile.of(cms, locale);
        this.navigation = ownLanguage ? SiteNavigation.of(cms, locale)
            : SiteNavigation.of(cms, locale, SiteNavigation.rootOf(cms, locale));
    }

    /**
     * @param page the frame JSP's context
     * @return the frame of the requested page
     */
    public static SiteFrame of(PageContext page) {
        PageRequest request = PageRequest.of(page);
        HttpServletRequest http = request.request();
        String part = http.getParameter(PageFrame.PART);
        String title = SiteProfile.clip(http.getParameter(TITLE));
        Locale locale = request.locale();
        Locale asked = language(http.getParameter(LANG));
        boolean own = asked == null || asked.getLanguage().equals(locale.getLanguage());
        return new SiteFrame(http, request.cms(), own ? locale : asked, part == null ? "" : part, title, own);
    }

    /**
     * @param tag a language tag the page asks for (the error page: the language of the requested path)
     * @return the configured OpenCms locale of that language, or {@code null}
     */
    static Locale language(String tag) {
        if (tag == null || !tag.matches("[a-z]{2,3}")) {
            return null;
        }
        for (Locale available : OpenCms.getLocaleManager().getAvailableLocales()) {
            if (available.getLanguage().equals(tag)) {
                return available;
            }
        }
        return null;
    }

    /**
     * Writes a container of the language's home page (for pages that are no container page).
     *
     * @param page the frame JSP's context
     * @param name the container's name
     * @param type the container's type
     * @return how many elements were written
     */
    public int homeContainer(PageContext page, String name, String type) {
        return HomeContainers.render(page, navigation.root(), name, type);
    }

    /** @return the part to write: {@code head}, {@code top} or {@code bottom} */
    public String getPart() {
        return part;
    }

    /** @return the page's language tag */
    public String getLang() {
        return locale.toLanguageTag();
    }

    /** @return the agency, contact details and badges */
    public SiteProfile getProfile() {
        return profile;
    }

    /** @return the site's name; the module's default name when the site has none */
    public String getSiteName() {
        String name = profile.getSiteName();
        return name.isEmpty() ? Messages.get("error.siteName", locale) : name;
    }

    /** @return the link of the language's home page */
    public String getHome() {
        return navigation.home();
    }

    /** @return whether the requested page is the language's home page */
    public boolean isHomePage() {
        return SiteNavigation.isHome(cms.getRequestContext().getUri(), navigation.root());
    }

    /** @return whether the requested page is a container page (its containers are the page's own) */
    public boolean isContainerPage() {
        return HomeContainers.isContainerPage(cms, cms.getRequestContext().getUri());
    }

    /** @return the main navigation */
    public List<NavLink> getNavigation() {
        return navigation.main();
    }

    /** @return the breadcrumb; empty on the home page */
    public List<NavLink> getBreadcrumb() {
        if (isHomePage()) {
            return List.of();
        }
        List<NavLink> trail = navigation.breadcrumb(Messages.get("template.home", locale), title);
        return trail.size() < 2 ? List.of() : trail;
    }

    /** @return the login link (its href is empty when the site shows none) */
    public LoginLink getLogin() {
        return LoginLink.of(cms);
    }

    /** @return the search page the header's search box sends to: the language's {@code pk.search.page} property */
    public String getSearchPage() {
        String page = property("pk.search.page");
        String target = SiteProfile.sitePath(page);
        return target.isEmpty() ? "/tim-kiem/" : target;
    }

    /** @return the languages of the site (the site folder's and each language root's), when there are two or more */
    public List<LanguageLink> getLanguages() {
        List<LanguageLink> languages = new ArrayList<>();
        String current = navigation.root();
        Locale siteLocale = siteLocale("/");
        languages.add(language(siteLocale, "/", "/".equals(current)));
        try {
            for (CmsResource folder : cms.getSubFolders("/")) {
                String path = cms.getSitePath(folder);
                if (languages.size() == MAX_LANGUAGES || !path.equals(SiteNavigation.languageRoot(cms, path))) {
                    continue;
                }
                Locale folderLocale = siteLocale(path);
                if (folderLocale != null) {
                    languages.add(language(folderLocale, path, path.equals(current)));
                }
            }
        } catch (CmsException e) {
            return List.of();
        }
        languages.removeIf(l -> l == null);
        return languages.size() < 2 ? List.of() : languages;
    }

    /** @return the texts of the frame in the page's language, by key ({@code template.*}, {@code toolbar.*}) */
    public Map<String, String> getText() {
        return new Texts(locale);
    }

    /** @return the stylesheets of the frame, in order */
    public List<String> getStylesheets() {
        return List.of(link(RESOURCES + "fonts.css"), link(RESOURCES + "template.css"),
            link(RESOURCES + "toolbar.css"), link(RESOURCES + "print.css"));
    }

    /**
     * @return on a page that is no container page, the stylesheets of the formatters of the home page's header and
     *         sidebar elements this page shows (a container page gets them from {@code cms:headincludes})
     */
    public List<String> getHomeStylesheets() {
        if (isContainerPage()) {
            return List.of();
        }
        return HomeContainers.stylesheets(request, navigation.root(), HOME_CONTAINERS);
    }

    /** @return the reading toolbar's script (loaded in the head, without defer, so a chosen size applies at once) */
    public String getToolbarScript() {
        return link(RESOURCES + "toolbar.js");
    }

    /** @return the template's script (navigation toggle) */
    public String getScript() {
        return link(RESOURCES + "template.js");
    }

    /** @return portal-core's page script (beacons, print, badges) */
    public String getPageScript() {
        return PageScript.link(cms);
    }

    /** @return the link of a site path, e.g. the emblem */
    public String link(String sitePath) {
        return OpenCms.getLinkManager().substituteLink(cms, sitePath);
    }

    private String property(String name) {
        try {
            return SiteProfile.clip(cms.readPropertyObject(navigation.root(), name, true, locale).getValue());
        } catch (CmsException e) {
            return "";
        }
    }

    private Locale siteLocale(String folder) {
        try {
            String value = cms.readPropertyObject(folder, "locale", "/".equals(folder)).getValue();
            if (value == null || value.isBlank()) {
                List<Locale> defaults = OpenCms.getLocaleManager().getDefaultLocales();
                return defaults.isEmpty() ? null : defaults.get(0);
            }
            return Locale.forLanguageTag(value.strip().replace('_', '-'));
        } catch (CmsException e) {
            return null;
        }
    }

    private LanguageLink language(Locale language, String root, boolean current) {
        if (language == null) {
            return null;
        }
        String label = language.getDisplayLanguage(language);
        if (!label.isEmpty()) {
            label = label.substring(0, 1).toUpperCase(language) + label.substring(1);
        }
        return new LanguageLink(language.toLanguageTag(), label, link(root), current);
    }

    /** Message lookup for EL ({@code frame.text['template.home']}). */
    private static final class Texts extends java.util.AbstractMap<String, String> {

        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        @Override
        public String get(Object key) {
            return Messages.get(String.valueOf(key), locale);
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return java.util.Set.of();
        }
    }
}
