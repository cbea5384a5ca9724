package org.portalkit.core.list;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.jsp.CmsJspActionElement;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;

/**
 * A list element on a page, run through the {@link ListEngine}: the definition comes from the element's settings
 * ({@link ElementSettings}: {@value ElementSettings#COUNT}, {@value ElementSettings#FOLDER},
 * {@value ElementSettings#CATEGORY}, {@value ElementSettings#PAGING}, {@value ElementSettings#MORE}), only the page
 * number (and the selections of the list's facets) from the visitor. A module provides nothing but its
 * {@link ListTypeMapping} (and, if it wants, more of the definition).
 *
 * <p>A bad value never breaks a page: requested by its own URL, the element answers 400 with the reason
 * ({@link #getErrorKey()}); included into a page, the page's status never changes: a bad setting (the page editor's
 * mistake) shows the reason instead of the list, a bad visitor value shows a note ({@link #getNoteKey()}) above the
 * list's first page. A refused value is logged as one INFO line (parameter name and message key, never the value).
 */
public final class ElementList {

    private static final Log LOG = CmsLog.getLog(ElementList.class);

    private final List<ListItem> m_items;
    private final ListResult m_result;
    private final PagerView m_pager;
    private final String m_moreLink;
    private final String m_errorKey;
    private final String m_noteKey;
    private String m_pageLink;

    private ElementList(ListResult result, PagerView pager, String moreLink, String errorKey, String noteKey) {
        m_result = result;
        m_items = result == null ? List.of() : result.items();
        m_pager = pager;
        m_moreLink = moreLink;
        m_errorKey = errorKey;
        m_noteKey = noteKey;
    }

    /**
     * Runs the element's list: newest first, {@code n} per page.
     *
     * @param page        the JSP's page context
     * @param mapping     the resource type and its fields
     * @param defaultSize the page size without {@code n}
     * @param zone        the site's time zone
     * @return the list to show
     */
    public static ElementList run(PageContext page, ListTypeMapping mapping, int defaultSize, ZoneId zone) {
        return run(page, mapping, defaultSize, zone, null);
    }

    /**
     * @param customize adds to the definition the settings gave (e.g. a date restriction, facets), or {@code null}
     * @see #run(PageContext, ListTypeMapping, int, ZoneId)
     */
    public static ElementList run(PageContext page, ListTypeMapping mapping, int defaultSize, ZoneId zone,
        Consumer<ListDefinition.Builder> customize) {
        HttpServletRequest request = (HttpServletRequest)page.getRequest();
        HttpServletResponse response = (HttpServletResponse)page.getResponse();
        CmsJspActionElement jsp = new CmsJspActionElement(page, request, response);
        CmsObject cms = jsp.getCmsObject();
        ElementSettings settings = ElementSettings.of(request);
        String siteRoot = cms.getRequestContext().getSiteRoot();
        ListDefinition def;
        boolean paging;
        String more;
        try {
            int size = settings.count(ElementSettings.COUNT, defaultSize, ListDefinition.MAX_PAGE_SIZE);
            paging = settings.flag(ElementSettings.PAGING);
            String folder = settings.folder(ElementSettings.FOLDER, siteRoot);
            String category = settings.category(ElementSettings.CATEGORY);
            more = settings.folder(ElementSettings.MORE, siteRoot);
            ListDefinition.Builder builder = ListDefinition.builder().type(mapping).pageSize(size).sort(ListSort.NEWEST);
            if (folder != null) {
                builder.folder(folder, true);
            }
            if (category != null) {
                builder.category(category);
            }
            if (customize != null) {
                customize.accept(builder);
            }
            def = builder.build();
        } catch (ListParameterException e) {
            refused(jsp, settings, cms, e);
            return new ElementList(null, null, null, e.messageKey(), null);
        }
        return execute(jsp, settings, cms, def, paging, more, zone, false);
    }

    /**
     * Runs a list whose definition the caller made (e.g. from a list configuration resource): the visitor's page
     * (with {@code paging}) and facet selections, the engine's result, the pager and the "show all" link; errors and
     * notes as {@link #run(PageContext, ListTypeMapping, int, ZoneId)} has them.
     *
     * @param page       the JSP's page context
     * @param definition the list
     * @param paging     whether the visitor's {@code page} counts (and a {@link PagerView} is built)
     * @param more       root path of the folder of a "show all" link, or {@code null}
     * @param zone       the site's time zone
     * @param ownPage    whether the list is the page itself (the requested resource renders as the list): then, as
     *                   for an included element, a bad visitor value shows a note above the first page and the status
     *                   stays 200, rather than the 400 of an endpoint
     * @return the list to show
     */
    public static ElementList run(PageContext page, ListDefinition definition, boolean paging, String more,
        ZoneId zone, boolean ownPage) {
        HttpServletRequest request = (HttpServletRequest)page.getRequest();
        HttpServletResponse response = (HttpServletResponse)page.getResponse();
        CmsJspActionElement jsp = new CmsJspActionElement(page, request, response);
        return execute(jsp, ElementSettings.of(request), jsp.getCmsObject(), definition, paging, more, zone, ownPage);
    }

    private static ElementList execute(CmsJspActionElement jsp, ElementSettings settings, CmsObject cms,
        ListDefinition def, boolean paging, String more, ZoneId zone, boolean ownPage) {
        ListRequestState state;
        String note = null;
        try {
            state = settings.state(def, paging);
        } catch (ListParameterException e) {
            refused(jsp, ownPage ? null : settings, cms, e);
            if (!ownPage && !settings.isIncluded()) {
                return new ElementList(null, null, null, e.messageKey(), null);
            }
            state = ListRequestState.firstPage();
            note = e.messageKey();
        }
        Locale locale = cms.getRequestContext().getLocale();
        ListResult result;
        try {
            result = ListEngine.search(cms, def, state, locale, zone);
        } catch (CmsException | RuntimeException e) {
            LOG.error("The list of " + cms.getRequestContext().getUri() + " cannot be shown", e);
            return new ElementList(null, null, null, null, note);
        }
        String self = OpenCms.getLinkManager().substituteLink(cms, cms.getRequestContext().getUri());
        PagerView pager = paging ? PagerView.of(result.pager(), self) : null;
        String moreLink = more == null ? null
            : OpenCms.getLinkManager().substituteLink(cms, cms.getRequestContext().removeSiteRoot(more));
        ElementList list = new ElementList(result, pager, moreLink, null, note);
        list.m_pageLink = self;
        return list;
    }

    /**
     * A refused parameter: 400 when the JSP answers the request itself (an included element leaves the page's status
     * alone, and so does a list that is its own page: {@code settings} {@code null}), and one short log line at level INFO without the value or a stack trace.
     */
    private static void refused(CmsJspActionElement jsp, ElementSettings settings, CmsObject cms,
        ListParameterException e) {
        if (settings != null && !settings.isIncluded()) {
            jsp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        if (LOG.isInfoEnabled()) {
            LOG.info("Refused list parameter " + e.parameter() + " (" + e.messageKey() + ") of "
                + cms.getRequestContext().getUri());
        }
    }

    /** @return the items of the page shown (none on an error) */
    public List<ListItem> getItems() {
        return m_items;
    }

    /** @return the engine's answer (total, facets, mode), or {@code null} when the list could not run */
    public ListResult getResult() {
        return m_result;
    }

    /** @return the pager when the list pages ({@code paging=true}), else {@code null} */
    public PagerView getPager() {
        return m_pager;
    }

    /** @return the link of the "show all" page ({@code more}), or {@code null} */
    public String getMoreLink() {
        return m_moreLink;
    }

    /**
     * @return the link of the page the list is on, without query (the base of the pager's and facets' links, see
     *         {@link PagerView#href}), or {@code null} when the list did not run
     */
    public String getPageLink() {
        return m_pageLink;
    }

    /** @return the key (core bundle) of why the list is not shown, or {@code null} */
    public String getErrorKey() {
        return m_errorKey;
    }

    /** @return the key (core bundle) of why the first page is shown instead of the visitor's, or {@code null} */
    public String getNoteKey() {
        return m_noteKey;
    }
}
