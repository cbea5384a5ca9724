package org.portalkit.template.linklist;

import java.util.List;

/**
 * What the tag {@code pkt:linklist} shows: the list's title and items, or a message in place of the box.
 */
public final class LinkListView {

    private final String m_title;
    private final List<LinkListEntry> m_items;
    private final String m_error;
    private final String m_stylesheet;

    LinkListView(String title, List<LinkListEntry> items, String error, String stylesheet) {
        m_title = title == null ? "" : title;
        m_items = List.copyOf(items);
        m_error = error;
        m_stylesheet = stylesheet == null ? "" : stylesheet;
    }

    /** @return the title (the box's heading) */
    public String getTitle() {
        return m_title;
    }

    /** @return the items, in the stored order */
    public List<LinkListEntry> getItems() {
        return m_items;
    }

    /** @return the message shown instead of the box (no link list at the path), else {@code null} */
    public String getError() {
        return m_error;
    }

    /** @return the link of {@code resources/linklist.css} */
    public String getStylesheet() {
        return m_stylesheet;
    }
}
