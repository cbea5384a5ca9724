package org.portalkit.template.list;

import java.util.List;

/**
 * One facet of a list as the tags show it: its heading and its values, each a link that selects or unselects it.
 */
public final class FacetView {

    /** One value of the facet. */
    public static final class Value {

        private final String m_label;
        private final long m_count;
        private final String m_href;
        private final boolean m_selected;
        private final boolean m_nofollow;

        /**
         * @param label    the text (category title, year, month)
         * @param count    items of the current list with the value
         * @param href     link that toggles the value (page 1)
         * @param selected whether it is selected
         * @param nofollow whether the link leads to a combination of selections ({@code rel="nofollow"})
         */
        public Value(String label, long count, String href, boolean selected, boolean nofollow) {
            m_label = label;
            m_count = count;
            m_href = href;
            m_selected = selected;
            m_nofollow = nofollow;
        }

        public String getLabel() {
            return m_label;
        }

        public long getCount() {
            return m_count;
        }

        public String getHref() {
            return m_href;
        }

        public boolean isSelected() {
            return m_selected;
        }

        public boolean isNofollow() {
            return m_nofollow;
        }
    }

    private final String m_name;
    private final String m_heading;
    private final List<Value> m_values;

    /**
     * @param name    {@code category}, {@code year} or {@code month} (CSS modifier)
     * @param heading the facet's heading in the page's language
     * @param values  its values
     */
    public FacetView(String name, String heading, List<Value> values) {
        m_name = name;
        m_heading = heading;
        m_values = List.copyOf(values);
    }

    public String getName() {
        return m_name;
    }

    public String getHeading() {
        return m_heading;
    }

    public List<Value> getValues() {
        return m_values;
    }
}
