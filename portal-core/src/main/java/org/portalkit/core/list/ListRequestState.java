package org.portalkit.core.list;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portalkit.core.list.internal.Values;
import org.portalkit.core.list.internal.VisitorValues;

/**
 * What the visitor asked of a list: page number and facet selections, parsed from request parameters and checked.
 * Unknown parameters are ignored.
 *
 * <table>
 * <caption>Parameters</caption>
 * <tr><th>name</th><th>value</th></tr>
 * <tr><td>{@value #PARAM_PAGE}</td><td>page number, 1..; capped to {@value #MAX_PAGE} (and to the last page by
 * the engine)</td></tr>
 * <tr><td>{@value #PARAM_CATEGORY}</td><td>a category path such as {@code lao-dong-viec-lam/}, up to
 * {@value #MAX_CATEGORIES} times (all must match)</td></tr>
 * <tr><td>{@value #PARAM_YEAR}</td><td>a year, {@code 1900..2100}</td></tr>
 * <tr><td>{@value #PARAM_MONTH}</td><td>a year-month, {@code 2021-07}</td></tr>
 * </table>
 *
 * <p>Every value is length-capped and checked character by character; a bad value raises a
 * {@link ListParameterException} with a message key.
 */
public final class ListRequestState {

    /** Page number parameter. */
    public static final String PARAM_PAGE = "page";
    /** Category selection parameter. */
    public static final String PARAM_CATEGORY = "cat";
    /** Year selection parameter. */
    public static final String PARAM_YEAR = "year";
    /** Year-month selection parameter. */
    public static final String PARAM_MONTH = "month";

    /** Highest page number any list pages to. */
    public static final int MAX_PAGE = 100;
    /** Most category selections. */
    public static final int MAX_CATEGORIES = 5;

    private static final ListRequestState FIRST = new ListRequestState(1, List.of(), 0, null);

    private final int m_page;
    private final List<String> m_categories;
    private final int m_year;
    private final String m_month;

    private ListRequestState(int page, List<String> categories, int year, String month) {
        m_page = page;
        m_categories = List.copyOf(categories);
        m_year = year;
        m_month = month;
    }

    /** @return page 1 without selections */
    public static ListRequestState firstPage() {
        return FIRST;
    }

    /**
     * @param parameters the request parameters, as {@code ServletRequest.getParameterMap()} gives them
     * @return the checked state
     * @throws ListParameterException if a known parameter has a bad value
     */
    public static ListRequestState parse(Map<String, String[]> parameters) {
        int page = VisitorValues.page(VisitorValues.single(parameters, PARAM_PAGE), PARAM_PAGE, MAX_PAGE);
        List<String> categories = new ArrayList<>();
        String[] cats = parameters.get(PARAM_CATEGORY);
        if (cats != null) {
            if (cats.length > MAX_CATEGORIES) {
                throw new ListParameterException(PARAM_CATEGORY, ListParameterException.KEY_REPEATED);
            }
            for (String raw : cats) {
                String category = VisitorValues.category(raw, PARAM_CATEGORY);
                if (category != null && !categories.contains(category)) {
                    categories.add(category);
                }
            }
        }
        int year = year(VisitorValues.single(parameters, PARAM_YEAR));
        String month = month(VisitorValues.single(parameters, PARAM_MONTH));
        return new ListRequestState(page, categories, year, month);
    }

    private static int year(String value) {
        if (value == null) {
            return 0;
        }
        if (!Values.isDigits(value, 4) || value.length() != 4) {
            throw new ListParameterException(PARAM_YEAR, ListParameterException.KEY_YEAR);
        }
        int year = Integer.parseInt(value);
        if (year < 1900 || year > 2100) {
            throw new ListParameterException(PARAM_YEAR, ListParameterException.KEY_YEAR);
        }
        return year;
    }

    private static String month(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() != 7 || value.charAt(4) != '-' || !Values.isDigits(value.substring(0, 4), 4)
            || !Values.isDigits(value.substring(5), 2)) {
            throw new ListParameterException(PARAM_MONTH, ListParameterException.KEY_MONTH);
        }
        int year = Integer.parseInt(value.substring(0, 4));
        int month = Integer.parseInt(value.substring(5));
        if (year < 1900 || year > 2100 || month < 1 || month > 12) {
            throw new ListParameterException(PARAM_MONTH, ListParameterException.KEY_MONTH);
        }
        return value;
    }

    /** @return the requested page, 1..{@value #MAX_PAGE} */
    public int page() {
        return m_page;
    }

    /** @return the selected categories (relative paths with trailing slash) */
    public List<String> categories() {
        return m_categories;
    }

    /** @return the selected year, or 0 */
    public int year() {
        return m_year;
    }

    /** @return the selected year-month ({@code 2021-07}), or {@code null} */
    public String month() {
        return m_month;
    }

    /** @return how many facet values are selected */
    public int selectionCount() {
        return m_categories.size() + (m_year > 0 ? 1 : 0) + (m_month != null ? 1 : 0);
    }

    /**
     * @return whether this state combines two or more facet selections: pages of such states are not worth
     *         indexing, so links to them should carry {@code rel="nofollow"}
     */
    public boolean isCombination() {
        return selectionCount() > 1;
    }

    /**
     * @param page a page number
     * @return the same selections on another page
     */
    public ListRequestState withPage(int page) {
        return new ListRequestState(Math.max(1, Math.min(page, MAX_PAGE)), m_categories, m_year, m_month);
    }

    /**
     * Selects a facet value, or unselects it when it is selected; back to page 1.
     *
     * @param facet the facet
     * @param value a category path, year ({@code 2021}) or year-month ({@code 2021-07}) as the facet counts show it
     * @return the new state
     * @throws ListParameterException if the value is not one of the facet
     */
    public ListRequestState toggle(ListFacet facet, String value) {
        switch (facet) {
            case CATEGORY: {
                String category = VisitorValues.category(value, PARAM_CATEGORY);
                List<String> categories = new ArrayList<>(m_categories);
                if (!categories.remove(category)) {
                    if (categories.size() >= MAX_CATEGORIES) {
                        throw new ListParameterException(PARAM_CATEGORY, ListParameterException.KEY_REPEATED);
                    }
                    categories.add(category);
                }
                return new ListRequestState(1, categories, m_year, m_month);
            }
            case YEAR: {
                int year = year(value);
                return new ListRequestState(1, m_categories, year == m_year ? 0 : year, m_month);
            }
            default: {
                String month = month(value);
                return new ListRequestState(1, m_categories, m_year, month.equals(m_month) ? null : month);
            }
        }
    }

    /**
     * @param facet a facet
     * @param value a value as the facet counts show it
     * @return whether it is selected
     */
    public boolean isSelected(ListFacet facet, String value) {
        switch (facet) {
            case CATEGORY:
                return m_categories.contains(value);
            case YEAR:
                return m_year > 0 && Integer.toString(m_year).equals(value);
            default:
                return value != null && value.equals(m_month);
        }
    }

    /**
     * The query string of this state (without {@code ?}), parameters URL-encoded, {@code page} left out for page 1.
     * Write it into HTML attributes encoded as usual.
     *
     * @return e.g. {@code cat=lao-dong-viec-lam%2F&year=2021&page=2}
     */
    public String toQueryString() {
        StringBuilder out = new StringBuilder();
        for (String category : m_categories) {
            append(out, PARAM_CATEGORY, category);
        }
        if (m_year > 0) {
            append(out, PARAM_YEAR, Integer.toString(m_year));
        }
        if (m_month != null) {
            append(out, PARAM_MONTH, m_month);
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
        return "ListRequestState[" + toQueryString() + "]";
    }
}
