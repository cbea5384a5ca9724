package org.portalkit.template.frame;

import java.util.List;

/**
 * One entry of the main navigation or the breadcrumb: its text, its link, whether the requested page lies in it and
 * its sub-entries (main navigation only).
 */
public final class NavLink {

    private final String text;
    private final String href;
    private final boolean current;
    private final List<NavLink> children;

    NavLink(String text, String href, boolean current, List<NavLink> children) {
        this.text = text;
        this.href = href;
        this.current = current;
        this.children = List.copyOf(children);
    }

    /** @return the entry's text (NavText, else Title) */
    public String getText() {
        return text;
    }

    /** @return the entry's link as {@code cms:link} writes it; empty for the breadcrumb's last entry */
    public String getHref() {
        return href;
    }

    /** @return whether the requested page is this entry or lies below it */
    public boolean isCurrent() {
        return current;
    }

    /** @return the sub-entries, in navigation order */
    public List<NavLink> getChildren() {
        return children;
    }
}
