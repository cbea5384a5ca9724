package org.portalkit.core.list.internal;

import java.util.Map;

import org.portalkit.core.list.ListDefinition;
import org.portalkit.core.list.ListParameterException;

/**
 * The checks of the parameters that visitors send to lists and to the search (a page number, a category, one value
 * of a parameter that may appear once): the same rules and messages for both. Every check looks at the length
 * first and uses no backtracking pattern, so a value of any size costs a bounded amount of work.
 */
public final class VisitorValues {

    /** Longest raw value of a short parameter looked at (longer ones are refused before any other check). */
    public static final int MAX_RAW = 300;

    /** Most digits of a page number: longer is no page anyone follows, and parses without overflow. */
    static final int MAX_PAGE_DIGITS = 9;

    private VisitorValues() {
    }

    /**
     * @param parameters the request parameters
     * @param name       the parameter
     * @return its one value, stripped; {@code null} if absent or blank
     * @throws ListParameterException if the parameter is repeated
     */
    public static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new ListParameterException(name, ListParameterException.KEY_REPEATED);
        }
        String value = values[0];
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * @param value     the stripped value, or {@code null} for the first page
     * @param parameter the parameter's name, for the message
     * @param maxPage   the last page a visitor can ask for; larger numbers give it
     * @return the page, 1 to {@code maxPage}
     * @throws ListParameterException if the value is not a number of at most {@value #MAX_PAGE_DIGITS} digits
     */
    public static int page(String value, String parameter, int maxPage) {
        if (value == null) {
            return 1;
        }
        if (!Values.isDigits(value, MAX_PAGE_DIGITS)) {
            throw new ListParameterException(parameter, ListParameterException.KEY_PAGE);
        }
        return Math.max(1, Math.min(Integer.parseInt(value), maxPage));
    }

    /**
     * @param raw       a category path as a visitor sends it ({@code lao-dong/}, {@code /lao-dong}, …)
     * @param parameter the parameter's name, for the message
     * @return the path without a leading and with a trailing slash, or {@code null} if blank
     * @throws ListParameterException if it is too long, too deep or has other characters than {@code a-z 0-9 _ -}
     */
    public static String category(String raw, String parameter) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_RAW) {
            throw new ListParameterException(parameter, ListParameterException.KEY_CATEGORY);
        }
        String value = raw.strip();
        if (value.length() > Values.MAX_PATH_LENGTH) {
            throw new ListParameterException(parameter, ListParameterException.KEY_CATEGORY);
        }
        if (value.startsWith("/")) {
            value = value.substring(1);
        }
        if (!value.endsWith("/")) {
            value = value + "/";
        }
        if (!Values.isCategoryPath(value, ListDefinition.MAX_CATEGORY_DEPTH)) {
            throw new ListParameterException(parameter, ListParameterException.KEY_CATEGORY);
        }
        return value;
    }
}
