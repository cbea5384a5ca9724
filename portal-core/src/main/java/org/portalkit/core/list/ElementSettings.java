package org.portalkit.core.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletRequest;

import org.opencms.flex.CmsFlexController;
import org.portalkit.core.list.internal.Values;
import org.portalkit.core.list.internal.VisitorValues;

/**
 * Where the parameters of a list element come from, and their checks.
 *
 * <p>A JSP that answers the request itself (a feed, an element requested by its own URL, the template of the
 * requested page) has no page around it: the request's parameters are its settings, and a bad one is the caller's
 * mistake (400).
 *
 * <p>An element included into a page (e.g. the latest news on the landing page, included by the template with
 * {@code <cms:param>}) takes its <em>settings</em> only from the page: the parameters the including templates and
 * pages passed. OpenCms merges those include parameters with the visitor's query string (an include parameter's
 * values come first, the visitor's follow), so a plain {@code getParameter("folder")} returns the visitor's
 * {@code ?folder=} whenever the page sets no folder. {@link #setting} therefore takes the merged values of the
 * element's request and removes the values of the request as the visitor sent it (the request the Flex controller
 * was created for): what is left was set by the page. Only what a list exposes to visitors (its page number and the
 * facet selections of its facets) is read from the visitor's request: {@link #visitor}, {@link #state}.
 *
 * <p>The typed getters ({@link #count}, {@link #folder}, {@link #category}, {@link #flag}) check a setting without
 * regular expressions (length first, then one pass over the characters) and raise a
 * {@link ListParameterException} with a message key of the core bundle ({@code list.error.*}).
 */
public final class ElementSettings {

    /** Setting: the number of items (page size). */
    public static final String COUNT = "n";
    /** Setting: site-relative folder of the items (with subfolders). */
    public static final String FOLDER = "folder";
    /** Setting: category path of the items (categories below it included). */
    public static final String CATEGORY = "category";
    /** Setting: {@code true} shows a pager; the page number is then the visitor's. */
    public static final String PAGING = "paging";
    /** Setting: site-relative folder of the full list (a "show all" link). */
    public static final String MORE = "more";

    /** Most digits of a number setting; larger values are capped anyway. */
    public static final int MAX_DIGITS = 18;

    /** Room for white space around a value that is otherwise within its cap. */
    private static final int SPACE = 16;

    private final boolean m_included;
    private final Map<String, String[]> m_merged;
    private final Map<String, String[]> m_sent;

    ElementSettings(boolean included, Map<String, String[]> merged, Map<String, String[]> sent) {
        m_included = included;
        m_merged = merged == null ? Map.of() : merged;
        m_sent = sent == null ? Map.of() : sent;
    }

    /**
     * @param request the JSP's request
     * @return the parameters of the JSP that runs for this request
     */
    public static ElementSettings of(ServletRequest request) {
        CmsFlexController controller = CmsFlexController.getController(request);
        if (!isIncluded(controller)) {
            return new ElementSettings(false, request.getParameterMap(), request.getParameterMap());
        }
        return new ElementSettings(true, controller.getCurrentRequest().getParameterMap(),
            controller.getTopRequest().getParameterMap());
    }

    /**
     * Whether the JSP runs as an element included into another one, rather than answering the request itself (as the
     * requested resource or as the template of the requested resource). OpenCms' own
     * {@code CmsFlexResponse.isTopElement()} cannot tell: an included response inherits the flag from the response it
     * is included into. The Flex controller knows the resource its loader started with (the requested JSP, or the
     * template JSP of requested content); the JSP that answers the request is that resource, an included element is
     * another one.
     *
     * @param request the JSP's request
     * @return whether the JSP is included
     */
    public static boolean isIncluded(ServletRequest request) {
        return isIncluded(CmsFlexController.getController(request));
    }

    private static boolean isIncluded(CmsFlexController controller) {
        if (controller == null || controller.getCmsResource() == null) {
            return false;
        }
        return !controller.getCmsResource().getRootPath().equals(controller.getCurrentRequest().getElementRootPath());
    }

    /** Whether the JSP is included into a page (see {@link #isIncluded(ServletRequest)}). */
    public boolean isIncluded() {
        return m_included;
    }

    /**
     * A setting of the element: included into a page, the value that page passed (never one the visitor sent);
     * requested directly, the request's parameter.
     *
     * @param name the parameter name
     * @return the first value, or {@code null}
     */
    public String setting(String name) {
        String[] values = m_merged.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (!m_included) {
            return values[0];
        }
        List<String> pageValues = pageValues(values, m_sent.get(name));
        return pageValues.isEmpty() ? null : pageValues.get(0);
    }

    /**
     * A parameter that the visitor sets, such as a list's page number: the value of the request as the visitor sent
     * it.
     *
     * @param name the parameter name
     * @return the first value, or {@code null}
     */
    public String visitor(String name) {
        String[] values = m_sent.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /**
     * The visitor's parameters of the given names, as the visitor sent them (e.g. for the site search's state).
     *
     * @param names the parameter names the element exposes to visitors
     * @return name to values, only names the visitor sent
     */
    public Map<String, String[]> visitorParameters(String... names) {
        Map<String, String[]> exposed = new HashMap<>();
        for (String name : names) {
            copy(exposed, name);
        }
        return exposed;
    }

    /**
     * The visitor's state of a list: the page number (only with {@code paging}) and the selections of the facets the
     * list has ({@code cat} for {@link ListFacet#CATEGORY}, {@code year}, {@code month}); every other parameter of the
     * visitor is ignored.
     *
     * @param def    the list
     * @param paging whether the list pages
     * @return the checked state
     * @throws ListParameterException if one of those parameters has a bad value
     */
    public ListRequestState state(ListDefinition def, boolean paging) {
        Map<String, String[]> exposed = new HashMap<>();
        if (paging) {
            copy(exposed, ListRequestState.PARAM_PAGE);
        }
        if (def.facets().contains(ListFacet.CATEGORY)) {
            copy(exposed, ListRequestState.PARAM_CATEGORY);
        }
        if (def.facets().contains(ListFacet.YEAR)) {
            copy(exposed, ListRequestState.PARAM_YEAR);
        }
        if (def.facets().contains(ListFacet.MONTH)) {
            copy(exposed, ListRequestState.PARAM_MONTH);
        }
        return exposed.isEmpty() ? ListRequestState.firstPage() : ListRequestState.parse(exposed);
    }

    private void copy(Map<String, String[]> target, String name) {
        String[] values = m_sent.get(name);
        if (values != null) {
            target.put(name, values);
        }
    }

    /**
     * @param name         a number setting, e.g. {@value #COUNT}
     * @param defaultValue the value when it is missing or empty
     * @param max          the largest value returned
     * @return the number, 1..max
     * @throws ListParameterException ({@code list.error.count}) if it is not a whole number of at most
     *                                {@value #MAX_DIGITS} digits
     */
    public int count(String name, int defaultValue, int max) {
        return number(name, setting(name), defaultValue, max);
    }

    /** @return whether the setting is {@code true} */
    public boolean flag(String name) {
        String value = setting(name);
        return value != null && "true".equals(value.strip());
    }

    /**
     * @param name     a folder setting ({@value #FOLDER}, {@value #MORE})
     * @param siteRoot the current site's root, e.g. {@code /sites/default}
     * @return the folder's root path with trailing slash, e.g. {@code /sites/default/tin-tuc/}, or {@code null} when
     *         missing
     * @throws ListParameterException ({@code list.error.folder}, for {@value #MORE} {@code list.error.more}) if it is
     *                                not a plain site-relative folder ({@code ..}, {@code //}, other characters than
     *                                {@code a-z 0-9 . _ -}, longer than {@value Values#MAX_PATH_LENGTH} characters as
     *                                a root path), or the site is the root site
     */
    public String folder(String name, String siteRoot) {
        return folderPath(name, setting(name), siteRoot,
            MORE.equals(name) ? ListParameterException.KEY_MORE : ListParameterException.KEY_FOLDER);
    }

    /**
     * @param name a category setting, e.g. {@value #CATEGORY}
     * @return the category path with a trailing slash ({@code chu-de/lao-dong/}), or {@code null} when missing
     * @throws ListParameterException ({@code list.error.category}) if it is not a category path of at most
     *                                {@value ListDefinition#MAX_CATEGORY_DEPTH} segments of {@code a-z 0-9 _ -}
     */
    public String category(String name) {
        return categoryPath(name, setting(name));
    }

    /**
     * The check of {@link #count}, for a value that comes from elsewhere (e.g. a container element's setting).
     *
     * @param name         the name reported in the exception
     * @param raw          the value, may be {@code null}
     * @param defaultValue the value when it is missing or blank
     * @param max          the largest value returned
     * @return the number, 1..max
     * @throws ListParameterException ({@code list.error.count}) if it is not a whole number of at most
     *                                {@value #MAX_DIGITS} digits
     */
    public static int number(String name, String raw, int defaultValue, int max) {
        if (raw == null) {
            return Math.max(1, Math.min(defaultValue, max));
        }
        if (raw.length() > MAX_DIGITS + SPACE) {
            throw new ListParameterException(name, ListParameterException.KEY_COUNT);
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return Math.max(1, Math.min(defaultValue, max));
        }
        if (!Values.isDigits(value, MAX_DIGITS)) {
            throw new ListParameterException(name, ListParameterException.KEY_COUNT);
        }
        return (int)Math.max(1, Math.min(Long.parseLong(value), max));
    }

    /**
     * The check of {@link #category}, for a value that comes from elsewhere (e.g. a field of a list configuration).
     *
     * @param name the name reported in the exception
     * @param raw  the value, may be {@code null}
     * @return the category path with a trailing slash, or {@code null} when missing or blank
     * @throws ListParameterException ({@code list.error.category}) if it is no category path
     */
    public static String categoryPath(String name, String raw) {
        return VisitorValues.category(raw, name);
    }

    /**
     * The check of {@link #folder}, for a value that comes from elsewhere (e.g. a field of a list configuration).
     *
     * @param name     the name reported in the exception
     * @param raw      a site-relative folder, may be {@code null}
     * @param siteRoot the current site's root
     * @param key      the message key of the exception
     * @return the folder's root path with trailing slash, or {@code null} when missing or blank
     * @throws ListParameterException if it is not a plain site-relative folder
     */
    public static String folderPath(String name, String raw, String siteRoot, String key) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > Values.MAX_PATH_LENGTH + SPACE) {
            throw new ListParameterException(name, key);
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!value.startsWith("/") || siteRoot == null || siteRoot.isEmpty() || "/".equals(siteRoot)) {
            throw new ListParameterException(name, key);
        }
        String site = siteRoot.endsWith("/") ? siteRoot.substring(0, siteRoot.length() - 1) : siteRoot;
        String path = site + (value.endsWith("/") ? value : value + "/");
        if (!Values.isFolderPath(path)) {
            throw new ListParameterException(name, key);
        }
        return path;
    }

    /**
     * @param merged  the values of the element's request: include parameters and the visitor's
     * @param visitor the values the visitor sent, may be {@code null}
     * @return the values of {@code merged} that the visitor did not send (each visitor value accounts for one equal
     *         value), in their order
     */
    static List<String> pageValues(String[] merged, String[] visitor) {
        Map<String, Integer> left = new HashMap<>();
        if (visitor != null) {
            for (String value : visitor) {
                left.merge(value, 1, Integer::sum);
            }
        }
        List<String> result = new ArrayList<>();
        for (String value : merged) {
            Integer count = left.get(value);
            if (count == null) {
                result.add(value);
            } else if (count == 1) {
                left.remove(value);
            } else {
                left.put(value, count - 1);
            }
        }
        return result;
    }
}
