package org.portalkit.core.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portalkit.core.list.ListDefinition;
import org.portalkit.core.list.ListParameterException;
import org.portalkit.core.list.internal.Values;
import org.portalkit.core.list.internal.VisitorValues;
import org.portalkit.core.search.internal.QueryText;

/**
 * What the visitor asked of the site search, parsed from request parameters and checked. Unknown parameters are
 * ignored.
 *
 * <table>
 * <caption>Parameters</caption>
 * <tr><th>name</th><th>value</th><th>on a bad value</th></tr>
 * <tr><td>{@value #PARAM_QUERY}</td><td>the search text: control and format characters dropped, white space
 * collapsed, cut to {@value QueryText#MAX_LENGTH} characters; any text is accepted</td><td>never refused</td></tr>
 * <tr><td>{@value #PARAM_PAGE}</td><td>page number, capped to {@value #MAX_PAGE}</td><td>{@code list.error.page}</td></tr>
 * <tr><td>{@value #PARAM_TYPE}</td><td>a resource type name, up to {@value #MAX_TYPES} times (any of them)</td>
 * <td>{@value #KEY_TYPE}</td></tr>
 * <tr><td>{@value #PARAM_CATEGORY}</td><td>a category path, up to {@value #MAX_CATEGORIES} times (all of them)</td>
 * <td>{@code list.error.category}</td></tr>
 * <tr><td>{@value #PARAM_SORT}</td><td>{@code relevance} (default) or {@code date}</td><td>{@value #KEY_SORT}</td></tr>
 * </table>
 *
 * <p>Every check is a plain loop over the characters after a length check, no regular expression. A parameter
 * given more often than allowed raises {@code list.error.repeated}. Refusals are {@link ListParameterException}s
 * (parameter name and message key of the core bundle, never the value).
 */
public final class SearchRequestState {

    /** Search text parameter. */
    public static final String PARAM_QUERY = "q";
    /** Page number parameter. */
    public static final String PARAM_PAGE = "page";
    /** Type selection parameter. */
    public static final String PARAM_TYPE = "type";
    /** Category selection parameter. */
    public static final String PARAM_CATEGORY = "cat";
    /** Sort parameter. */
    public static final String PARAM_SORT = "sort";

    /** Every parameter of the search's state. */
    public static final String[] PARAMETERS = {PARAM_QUERY, PARAM_PAGE, PARAM_TYPE, PARAM_CATEGORY, PARAM_SORT};

    /** Highest page number. */
    public static final int MAX_PAGE = 100;
    /** Most type selections. */
    public static final int MAX_TYPES = 10;
    /** Most category selections. */
    public static final int MAX_CATEGORIES = 5;

    /** Key: a type selection is no type name. */
    public static final String KEY_TYPE = "search.error.type";
    /** Key: the sort is neither relevance nor date. */
    public static final String KEY_SORT = "search.error.sort";

    /** Longest raw value of a short parameter looked at (longer ones are refused before any other check). */
    private static final int MAX_RAW = VisitorValues.MAX_RAW;

    private static final SearchRequestState EMPTY = new SearchRequestState("", 1, List.of(), List.of(),
        SearchSort.RELEVANCE);

    private final String m_query;
    private final int m_page;
    private final List<String> m_types;
    private final List<String> m_categories;
    private final SearchSort m_sort;

    private SearchRequestState(String query, int page, List<String> types, List<String> categories, SearchSort sort) {
        m_query = query;
        m_page = page;
        m_types = List.copyOf(types);
        m_categories = List.copyOf(categories);
        m_sort = sort;
    }

    /** @return no search text, page 1, no selections */
    public static SearchRequestState empty() {
        return EMPTY;
    }

    /**
     * @param query a search text (cleaned and capped like the parameter)
     * @return a state searching it, page 1, no selections, by relevance
     */
    public static SearchRequestState of(String query) {
        return new SearchRequestState(QueryText.clean(query), 1, List.of(), List.of(), SearchSort.RELEVANCE);
    }

    /**
     * @param parameters the request parameters, as {@code ServletRequest.getParameterMap()} gives them
     * @return the checked state
     * @throws ListParameterException if a parameter other than the search text has a bad value or is repeated
     */
    public static SearchRequestState parse(Map<String, String[]> parameters) {
        String[] queries = parameters.get(PARAM_QUERY);
        if (queries != null && queries.length > 1) {
            throw new ListParameterException(PARAM_QUERY, ListParameterException.KEY_REPEATED);
        }
        String query = queries == null || queries.length == 0 ? "" : QueryText.clean(queries[0]);
        int page = VisitorValues.page(VisitorValues.single(parameters, PARAM_PAGE), PARAM_PAGE, MAX_PAGE);
        List<String> types = new ArrayList<>();
        for (String raw : multi(parameters, PARAM_TYPE, MAX_TYPES)) {
            String type = type(raw);
            if (type != null && !types.contains(type)) {
                types.add(type);
            }
        }
        List<String> categories = new ArrayList<>();
        for (String raw : multi(parameters, PARAM_CATEGORY, MAX_CATEGORIES)) {
            String category = VisitorValues.category(raw, PARAM_CATEGORY);
            if (category != null && !categories.contains(category)) {
                categories.add(category);
            }
        }
        return new SearchRequestState(query, page, types, categories, sort(VisitorValues.single(parameters, PARAM_SORT)));
    }

    private static String[] multi(Map<String, String[]> parameters, String name, int max) {
        String[] values = parameters.get(name);
        if (values == null) {
            return new String[0];
        }
        if (values.length > max) {
            throw new ListParameterException(name, ListParameterException.KEY_REPEATED);
        }
        return values;
    }

    private static String type(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_RAW) {
            throw new ListParameterException(PARAM_TYPE, KEY_TYPE);
        }
        String value = raw.strip();
        if (!Values.isName(value)) {
            throw new ListParameterException(PARAM_TYPE, KEY_TYPE);
        }
        return value;
    }

    private static SearchSort sort(String value) {
        if (value == null) {
            return SearchSort.RELEVANCE;
        }
        for (SearchSort sort : SearchSort.values()) {
            if (sort.parameter().equals(value)) {
                return sort;
            }
        }
        throw new ListParameterException(PARAM_SORT, KEY_SORT);
    }

    /** @return the cleaned search text, possibly empty */
    public String query() {
        return m_query;
    }

    /** @return whether there is anything to search for (a letter or digit) */
    public boolean hasQuery() {
        return QueryText.hasWords(m_query);
    }

    /** @return the requested page, 1..{@value #MAX_PAGE} */
    public int page() {
        return m_page;
    }

    /** @return the selected types */
    public List<String> types() {
        return m_types;
    }

    /** @return the selected categories (relative paths with trailing slash) */
    public List<String> categories() {
        return m_categories;
    }

    /** @return the order */
    public SearchSort sort() {
        return m_sort;
    }

    /** @return whether two or more facet values are selected (links to such states get {@code rel="nofollow"}) */
    public boolean isCombination() {
        return m_types.size() + m_categories.size() > 1;
    }

    /**
     * @param page a page number
     * @return the same search on another page
     */
    public SearchRequestState withPage(int page) {
        return new SearchRequestState(m_query, Math.max(1, Math.min(page, MAX_PAGE)), m_types, m_categories, m_sort);
    }

    /**
     * @param sort an order
     * @return the same search in that order, page 1
     */
    public SearchRequestState withSort(SearchSort sort) {
        return new SearchRequestState(m_query, 1, m_types, m_categories, sort);
    }

    /**
     * @param query another search text (cleaned and capped)
     * @return that search with the same selections and order, page 1
     */
    public SearchRequestState withQuery(String query) {
        return new SearchRequestState(QueryText.clean(query), 1, m_types, m_categories, m_sort);
    }

    /**
     * Selects a facet value, or unselects it when selected; back to page 1.
     *
     * @param facet the facet
     * @param value a type name or category path as the counts show it
     * @return the new state
     * @throws ListParameterException if the value is not one of the facet, or too many would be selected
     */
    public SearchRequestState toggle(SearchFacet facet, String value) {
        if (facet == SearchFacet.TYPE) {
            List<String> types = new ArrayList<>(m_types);
            String type = type(value);
            if (!types.remove(type)) {
                if (types.size() >= MAX_TYPES) {
                    throw new ListParameterException(PARAM_TYPE, ListParameterException.KEY_REPEATED);
                }
                types.add(type);
            }
            return new SearchRequestState(m_query, 1, types, m_categories, m_sort);
        }
        List<String> categories = new ArrayList<>(m_categories);
        String category = VisitorValues.category(value, PARAM_CATEGORY);
        if (!categories.remove(category)) {
            if (categories.size() >= MAX_CATEGORIES) {
                throw new ListParameterException(PARAM_CATEGORY, ListParameterException.KEY_REPEATED);
            }
            categories.add(category);
        }
        return new SearchRequestState(m_query, 1, m_types, categories, m_sort);
    }

    /**
     * @param facet a facet
     * @param value a value as the counts show it
     * @return whether it is selected
     */
    public boolean isSelected(SearchFacet facet, String value) {
        return (facet == SearchFacet.TYPE ? m_types : m_categories).contains(value);
    }

    /**
     * The query string of this state (without {@code ?}), URL-encoded; {@code page} left out on page 1,
     * {@code sort} for relevance. Write it into HTML attributes encoded as usual.
     *
     * @return e.g. {@code q=h%E1%BB%99i+ngh%E1%BB%8B&type=pk-news&page=2}
     */
    public String toQueryString() {
        StringBuilder out = new StringBuilder();
        if (!m_query.isEmpty()) {
            append(out, PARAM_QUERY, m_query);
        }
        for (String type : m_types) {
            append(out, PARAM_TYPE, type);
        }
        for (String category : m_categories) {
            append(out, PARAM_CATEGORY, category);
        }
        if (m_sort != SearchSort.RELEVANCE) {
            append(out, PARAM_SORT, m_sort.parameter());
        }
        if (m_page > 1) {
            append(out, PARAM_PAGE, Integer.toString(m_page));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (out.length() > 0) {
            out.append('&');
        }
        out.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "SearchRequestState[" + toQueryString() + "]";
    }
}
