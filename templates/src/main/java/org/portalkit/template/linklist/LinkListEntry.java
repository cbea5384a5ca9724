package org.portalkit.template.linklist;

import java.util.function.UnaryOperator;

import org.portalkit.core.url.SafeLink;

/**
 * One item of a link list as the box shows it (read by the tag {@code pkt:linklist} through its getters).
 */
public final class LinkListEntry {

    private final String m_text;
    private final String m_href;
    private final boolean m_newWindow;
    private final String m_icon;

    LinkListEntry(String text, String href, boolean newWindow, String icon) {
        m_text = text;
        m_href = href;
        m_newWindow = newWindow;
        m_icon = icon;
    }

    /**
     * An item from its stored values. The link is checked again with portal-core's {@link SafeLink#check}: content
     * written around the editor's validation (imports, the API) is never written as a link when it is not safe; the
     * item then shows its text without a link.
     *
     * @param text      the stored text (blank: no item)
     * @param link      the stored link, may be {@code null}
     * @param newWindow whether the link opens in a new window (only for a shown link)
     * @param icon      the icon's link, empty when there is none
     * @param sitePaths turns a path of the site ({@code /gioi-thieu/}) into its link (OpenCms's link substitution)
     * @return the item, or {@code null} when its text is blank
     */
    public static LinkListEntry of(String text, String link, boolean newWindow, String icon,
        UnaryOperator<String> sitePaths) {
        String shown = text == null ? "" : text.strip();
        if (shown.isEmpty()) {
            return null;
        }
        SafeLink safe = SafeLink.check(link);
        String href = "";
        if (safe.isSafe()) {
            href = safe.kind() == SafeLink.Kind.SITE_PATH ? sitePaths.apply(safe.link()) : safe.link();
            href = href == null ? "" : href;
        }
        return new LinkListEntry(shown, href, newWindow && !href.isEmpty(), icon == null ? "" : icon);
    }

    /** @return the text, never blank */
    public String getText() {
        return m_text;
    }

    /** @return the link's URL, empty when the stored link is not safe (the item is shown as text) */
    public String getHref() {
        return m_href;
    }

    /** @return whether the item is a link */
    public boolean isLink() {
        return !m_href.isEmpty();
    }

    /** @return whether the link opens in a new window ({@code target="_blank" rel="noopener"}) */
    public boolean isNewWindow() {
        return m_newWindow;
    }

    /** @return the icon's link (scaled to {@link LinkLists#ICON_SIZE}), empty when there is none */
    public String getIcon() {
        return m_icon;
    }

    @Override
    public String toString() {
        return m_text + " -> " + (m_href.isEmpty() ? "(no link)" : m_href) + (m_newWindow ? " (new window)" : "");
    }
}
