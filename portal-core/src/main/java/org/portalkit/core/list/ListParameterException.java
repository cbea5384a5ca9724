package org.portalkit.core.list;

/**
 * A request parameter of a list that is not acceptable. The message key names a text of the core module's bundle
 * ({@code org.portalkit.core.messages}) a page can show; the value itself is never part of the message.
 */
public final class ListParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Key: the page number is not a number. */
    public static final String KEY_PAGE = "list.error.page";
    /** Key: a category is not a category path. */
    public static final String KEY_CATEGORY = "list.error.category";
    /** Key: a year is not a year. */
    public static final String KEY_YEAR = "list.error.year";
    /** Key: a month is not a year-month. */
    public static final String KEY_MONTH = "list.error.month";
    /** Key: a number setting (e.g. the count {@code n}) is not a whole number. */
    public static final String KEY_COUNT = "list.error.count";
    /** Key: a folder setting is not a folder of the site. */
    public static final String KEY_FOLDER = "list.error.folder";
    /** Key: the folder of the "show all" link is not a folder of the site. */
    public static final String KEY_MORE = "list.error.more";
    /** Key: a parameter is repeated too often. */
    public static final String KEY_REPEATED = "list.error.repeated";

    private final String m_parameter;
    private final String m_messageKey;

    /**
     * @param parameter  the parameter's name
     * @param messageKey the text's key
     */
    public ListParameterException(String parameter, String messageKey) {
        super("Invalid list parameter '" + parameter + "' (" + messageKey + ")");
        m_parameter = parameter;
        m_messageKey = messageKey;
    }

    public String parameter() {
        return m_parameter;
    }

    public String messageKey() {
        return m_messageKey;
    }

    /** A refused parameter is an answer, not a fault: no stack trace is taken (nor could one be logged). */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
