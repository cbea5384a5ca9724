package org.portalkit.core.search;

/** Orders of the site search. */
public enum SearchSort {
    /** Best match first (exact spellings before folded ones), then newest. */
    RELEVANCE("relevance"),
    /** Newest first. */
    DATE("date");

    private final String m_parameter;

    SearchSort(String parameter) {
        m_parameter = parameter;
    }

    /** @return the value of the {@code sort} parameter */
    public String parameter() {
        return m_parameter;
    }
}
