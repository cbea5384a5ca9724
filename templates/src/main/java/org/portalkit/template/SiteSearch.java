package org.portalkit.template;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.jsp.CmsJspActionElement;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.portalkit.core.list.CategoryLabels;
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.list.ListParameterException;
import org.portalkit.core.list.ListTypeMapping;
import org.portalkit.core.list.ListTypeMappings;
import org.portalkit.core.list.PagerView;
import org.portalkit.core.search.SearchDefinition;
import org.portalkit.core.search.SearchEngine;
import org.portalkit.core.search.SearchFacet;
import org.portalkit.core.search.SearchFacetCount;
import org.portalkit.core.search.SearchHit;
import org.portalkit.core.search.SearchRequestState;
import org.portalkit.core.search.SearchResult;
import org.portalkit.core.search.SearchSort;
import org.portalkit.core.search.Suggestion;

/**
 * The site search element ({@code elements/search.jsp}) and, with the setting {@code box=true}, its search box:
 * portal-core's {@link SearchEngine} over news and pages of the site, settings from the page, the search from the
 * visitor ({@code q}, {@code page}, {@code type}, {@code cat}, {@code sort}). Every getter returns plain text for
 * the JSP to encode, except {@link Hit#getSnippetHtml()} (encoded by portal-core, {@code <mark>} around matches).
 *
 * <p>Settings: {@code n} (hits per page, default 10, at most 50), {@code folder} (site-relative folder searched,
 * default the whole site), and for the box {@code action} (site-relative folder of the search page, default
 * {@value #DEFAULT_PAGE}). A bad visitor value answers 400 when the element is requested by its own URL; included
 * into a page it shows the reason above the search form, the page's status unchanged.
 */
public final class SiteSearch {

    /** Site-relative path of the search page. */
    public static final String DEFAULT_PAGE = "/tim-kiem/";

    /** The element's style sheet (VFS path). */
    static final String STYLESHEET = "/system/modules/org.portalkit.template/resources/search.css";

    /** Setting: the element's heading instead of "Tìm kiếm"/"Search" (at most {@value #MAX_HEADING} characters). */
    public static final String HEADING = "heading";

    /** Setting: {@code true} shows no heading. */
    public static final String HIDE_HEADING = "hideHeading";

    /** Longest heading setting; a longer one gives the default heading. */
    static final int MAX_HEADING = 200;

    /** The template's own pages: title from the Title property, date of the last change. */
    static final ListTypeMapping PAGE = new ListTypeMapping("pk-page", "Title_prop", "lastmodified", null, null, null);

    private static final Log LOG = CmsLog.getLog(SiteSearch.class);

    private final Locale m_locale;
    private final String m_self;
    private final SearchRequestState m_state;
    private final SearchResult m_result;
    private final String m_error;
    private final Map<String, String> m_categoryLabels;
    private boolean m_box;
    private String m_heading;
    private String m_stylesheet;

    private SiteSearch(Locale locale, String self, SearchRequestState state, SearchResult result, String error,
        Map<String, String> categoryLabels) {
        m_locale = locale;
        m_self = self;
        m_state = state;
        m_result = result;
        m_error = error;
        m_categoryLabels = categoryLabels;
    }

    /**
     * Runs the element: the search box with the setting {@code box=true}, else the search.
     *
     * @param page the JSP's page context
     * @return what the JSP shows
     */
    public static SiteSearch of(PageContext page) {
        HttpServletRequest request = (HttpServletRequest)page.getRequest();
        CmsJspActionElement jsp = new CmsJspActionElement(page, request, (HttpServletResponse)page.getResponse());
        ElementSettings settings = ElementSettings.of(request);
        SiteSearch search = settings.flag("box") ? box(jsp, settings) : run(jsp, settings);
        if (!search.m_box) {
            search.m_heading = heading(settings, search.m_locale);
        }
        search.m_stylesheet = OpenCms.getLinkManager().substituteLink(jsp.getCmsObject(), STYLESHEET);
        return search;
    }

    /**
     * The element's heading: the setting {@value #HEADING}, by default "Tìm kiếm"/"Search"; none with
     * {@value #HIDE_HEADING}{@code =true} (a search page whose own title says it already).
     */
    private static String heading(ElementSettings settings, Locale locale) {
        if (settings.flag(HIDE_HEADING)) {
            return null;
        }
        String heading = settings.setting(HEADING);
        if (heading == null || heading.isBlank()) {
            return Messages.get("search.title", locale);
        }
        heading = heading.strip();
        return heading.length() > MAX_HEADING ? Messages.get("search.title", locale) : heading;
    }

    private static SiteSearch run(CmsJspActionElement jsp, ElementSettings settings) {
        CmsObject cms = jsp.getCmsObject();
        Locale locale = cms.getRequestContext().getLocale();
        String self = OpenCms.getLinkManager().substituteLink(cms, cms.getRequestContext().getUri());
        SearchDefinition def;
        SearchRequestState state;
        try {
            SearchDefinition.Builder builder = SearchDefinition.builder()
                .pageSize(settings.count(ElementSettings.COUNT, SearchDefinition.DEFAULT_PAGE_SIZE, SearchDefinition.MAX_PAGE_SIZE))
                .facet(SearchFacet.TYPE).facet(SearchFacet.CATEGORY);
            // every listable type the installed modules register (news, notices, …), and the template's pages
            ListTypeMappings.installed().all().values().forEach(builder::type);
            builder.type(PAGE);
            String folder = settings.folder(ElementSettings.FOLDER, cms.getRequestContext().getSiteRoot());
            if (folder != null) {
                builder.folder(folder);
            }
            def = builder.build();
            state = SearchRequestState.parse(settings.visitorParameters(SearchRequestState.PARAMETERS));
        } catch (ListParameterException e) {
            if (!settings.isIncluded()) {
                jsp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            if (LOG.isInfoEnabled()) {
                LOG.info("Refused search parameter " + e.parameter() + " (" + e.messageKey() + ") of "
                    + cms.getRequestContext().getUri());
            }
            String query = settings.visitor(SearchRequestState.PARAM_QUERY);
            return new SiteSearch(locale, self, SearchRequestState.of(query), null,
                org.portalkit.core.Messages.get(e.messageKey(), locale), Map.of());
        }
        try {
            SearchResult result = SearchEngine.search(cms, def, state, locale);
            List<String> categories = new ArrayList<>();
            for (SearchFacetCount count : result.facets().getOrDefault(SearchFacet.CATEGORY, List.of())) {
                categories.add(count.value());
            }
            return new SiteSearch(locale, self, result.state(), result, null,
                CategoryLabels.ofPaths(cms, cms.getRequestContext().addSiteRoot(cms.getRequestContext().getUri()), categories));
        } catch (CmsException | RuntimeException e) {
            LOG.error("The search of " + cms.getRequestContext().getUri() + " failed", e);
            return new SiteSearch(locale, self, state, null, org.portalkit.core.Messages.get("core.error.generic", locale),
                Map.of());
        }
    }

    /** The search box: only the link of the search page and the labels. */
    private static SiteSearch box(CmsJspActionElement jsp, ElementSettings settings) {
        CmsObject cms = jsp.getCmsObject();
        String target = DEFAULT_PAGE;
        String error = null;
        try {
            String folder = settings.folder("action", cms.getRequestContext().getSiteRoot());
            if (folder != null) {
                target = cms.getRequestContext().removeSiteRoot(folder);
            }
        } catch (ListParameterException e) {
            error = org.portalkit.core.Messages.get(e.messageKey(), cms.getRequestContext().getLocale());
        }
        SiteSearch box = new SiteSearch(cms.getRequestContext().getLocale(),
            OpenCms.getLinkManager().substituteLink(cms, target), SearchRequestState.empty(), null, error, Map.of());
        box.m_box = true;
        return box;
    }

    /** @return whether this is the search box (a form to the search page) */
    public boolean isBox() {
        return m_box;
    }

    /** @return the facets with their heading, type first */
    public List<Facet> getFacets() {
        return List.of(new Facet(Messages.get("search.facet.type", m_locale), getTypes()),
            new Facet(Messages.get("search.facet.category", m_locale), getCategories()));
    }

    /**
     * A facet for the JSP.
     *
     * @param label the heading
     * @param links its values
     */
    public record Facet(String label, List<FacetLink> links) {

        /** @return the heading (for JSP EL) */
        public String getLabel() {
            return label;
        }

        /** @return the values (for JSP EL) */
        public List<FacetLink> getLinks() {
            return links;
        }
    }

    /** @return the link of the search's style sheet ({@code resources/search.css}) */
    public String getStylesheet() {
        return m_stylesheet;
    }

    /** @return the element's heading (plain text), or {@code null} for none */
    public String getHeading() {
        return m_heading;
    }

    /** @return the {@code lang} of the element, e.g. {@code vi} */
    public String getLang() {
        return m_locale.toLanguageTag();
    }

    /** @return the labels in the page's language: {@code ${search.text['search.submit']}} */
    public Map<String, String> getText() {
        Locale locale = m_locale;
        return new AbstractMap<String, String>() {
            @Override
            public String get(Object key) {
                return Messages.get(String.valueOf(key), locale);
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                return Set.of();
            }
        };
    }

    /** @return the form's action: the link of the search page (plain, to be encoded) */
    public String getAction() {
        return m_self;
    }

    /** @return the visitor's cleaned search text */
    public String getQuery() {
        return m_state.query();
    }

    /** @return why nothing (or the first page) is shown, in the page's language, or {@code null} */
    public String getError() {
        return m_error;
    }

    /** @return whether a search ran */
    public boolean isSearched() {
        return m_result != null && m_result.searched();
    }

    /** @return all hits of the search */
    public long getTotal() {
        return m_result == null ? 0 : m_result.total();
    }

    /** @return "n results for …" in the page's language */
    public String getSummary() {
        return Messages.format("search.summary", m_locale, Long.valueOf(getTotal()), m_state.query());
    }

    /** @return the hits of the page */
    public List<Hit> getHits() {
        List<Hit> hits = new ArrayList<>();
        if (m_result != null) {
            for (SearchHit hit : m_result.hits()) {
                hits.add(new Hit(hit, label("search.type." + hit.type(), hit.type()), m_locale));
            }
        }
        return hits;
    }

    /** @return the type facet */
    public List<FacetLink> getTypes() {
        return facet(SearchFacet.TYPE);
    }

    /** @return the category facet */
    public List<FacetLink> getCategories() {
        return facet(SearchFacet.CATEGORY);
    }

    private List<FacetLink> facet(SearchFacet facet) {
        List<FacetLink> links = new ArrayList<>();
        if (m_result != null) {
            for (SearchFacetCount count : m_result.facets().getOrDefault(facet, List.of())) {
                String label = facet == SearchFacet.TYPE ? label("search.type." + count.value(), count.value())
                    : m_categoryLabels.getOrDefault(count.value(), count.value());
                links.add(new FacetLink(label, count.count(), count.selected(), PagerView.href(m_self, count.queryString()),
                    count.nofollow()));
            }
        }
        return links;
    }

    /** @return the sort links: relevance and date, the current one marked */
    public List<FacetLink> getSorts() {
        List<FacetLink> links = new ArrayList<>();
        for (SearchSort sort : SearchSort.values()) {
            links.add(new FacetLink(Messages.get("search.sort." + sort.parameter(), m_locale), 0,
                sort == m_state.sort(), PagerView.href(m_self, m_state.withSort(sort).toQueryString()), true));
        }
        return links;
    }

    /** @return the pager, or {@code null} without a search */
    public PagerView getPager() {
        return m_result == null || !m_result.searched() ? null : PagerView.of(m_result.pager(), m_self);
    }

    /** @return "did you mean" links, when nothing was found */
    public List<FacetLink> getSuggestions() {
        List<FacetLink> links = new ArrayList<>();
        if (m_result != null) {
            for (Suggestion suggestion : m_result.suggestions()) {
                links.add(new FacetLink(suggestion.text(), 0, false, PagerView.href(m_self, suggestion.queryString()),
                    true));
            }
        }
        return links;
    }

    private String label(String key, String fallback) {
        try {
            String text = Messages.get(key, m_locale);
            return text == null || text.isBlank() ? fallback : text;
        } catch (java.util.MissingResourceException e) {
            return fallback;
        }
    }

    /** One hit for the JSP. */
    public static final class Hit {

        private final SearchHit m_hit;
        private final String m_typeLabel;
        private final Locale m_locale;

        Hit(SearchHit hit, String typeLabel, Locale locale) {
            m_hit = hit;
            m_typeLabel = typeLabel;
            m_locale = locale;
        }

        /** @return the title (plain text) */
        public String getTitle() {
            return m_hit.title();
        }

        /** @return the link (plain, to be encoded) */
        public String getLink() {
            return m_hit.link();
        }

        /** @return the type's name in the page's language */
        public String getType() {
            return m_typeLabel;
        }

        /** @return the date as {@code dd/MM/yyyy} in Việt Nam's zone, or empty */
        public String getDate() {
            return m_hit.date() == null ? ""
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy", m_locale)
                    .format(m_hit.date().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        }

        /** @return the date for {@code <time datetime>}, or empty */
        public String getIsoDate() {
            return m_hit.date() == null ? "" : m_hit.date().toString();
        }

        /** @return the snippet, already HTML (encoded text, {@code <mark>} around matches): write it unencoded */
        public String getSnippetHtml() {
            return m_hit.snippetHtml();
        }
    }

    /**
     * A link of a facet, the sort or a suggestion.
     *
     * @param label    plain text
     * @param count    hits (facets), else 0
     * @param selected whether it is the current choice
     * @param href     the link (plain, to be encoded)
     * @param nofollow whether the link carries {@code rel="nofollow"}
     */
    public record FacetLink(String label, long count, boolean selected, String href, boolean nofollow) {

        /** @return the label (for JSP EL) */
        public String getLabel() {
            return label;
        }

        /** @return the count (for JSP EL) */
        public long getCount() {
            return count;
        }

        /** @return whether selected (for JSP EL) */
        public boolean isSelected() {
            return selected;
        }

        /** @return the link (for JSP EL) */
        public String getHref() {
            return href;
        }

        /** @return whether nofollow (for JSP EL) */
        public boolean isNofollow() {
            return nofollow;
        }
    }
}
