package org.portalkit.notices;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The THÔNG BÁO box: its entries, the archive link, an error or note of the list engine, labels.
 */
public final class NoticeBoxView {

    private final List<NoticeItem> items;
    private final Locale locale;
    private final String archiveLink;
    private final String error;
    private final String resources;
    private final String script;

    /**
     * @param items       the entries
     * @param locale      the page's locale
     * @param archiveLink the archive's link, or {@code null}
     * @param error       a message for editors, or {@code null}
     * @param resources   the module's {@code resources/} folder as a link, with the trailing slash
     * @param script      the page script ({@link org.portalkit.core.page.PageScript#link}), which removes stale badges
     */
    NoticeBoxView(List<NoticeItem> items, Locale locale, String archiveLink, String error, String resources,
        String script) {
        this.items = List.copyOf(items);
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.archiveLink = archiveLink;
        this.error = error;
        this.resources = resources;
        this.script = script;
    }

    public List<NoticeItem> getItems() {
        return items;
    }

    public String getLang() {
        return locale.toLanguageTag();
    }

    public Map<String, String> getText() {
        return Messages.texts(locale);
    }

    /** The link of the archive ("Xem tất cả"), or {@code null} when the element names none. */
    public String getArchiveLink() {
        return archiveLink;
    }

    /** A message for editors when the element's settings are wrong, or {@code null}. */
    public String getError() {
        return error;
    }

    /** Whether any entry carries the "Mới" badge (then the page needs the script that expires badges). */
    public boolean isAnyNew() {
        for (NoticeItem item : items) {
            if (item.isRecent()) {
                return true;
            }
        }
        return false;
    }

    /** The module's style sheet (a {@code <link>} in the box until the site template puts it into the head). */
    public String getCssUrl() {
        return resources + "notices.css";
    }

    /** The shared page script. */
    public String getScriptUrl() {
        return script;
    }
}
