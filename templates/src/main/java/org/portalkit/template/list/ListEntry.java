package org.portalkit.template.list;

/**
 * One item of a {@code pk-list} as the tags show it. Plain values; the tags encode them.
 */
public final class ListEntry {

    private final String m_title;
    private final String m_link;
    private final String m_dateText;
    private final String m_dateIso;
    private final String m_teaser;
    private final String m_image;

    /**
     * @param title    the title
     * @param link     the link to the item (OpenCms' link substitution)
     * @param dateText the date as {@code dd/MM/yyyy} in the site's zone, or empty
     * @param dateIso  the date as ISO 8601 date ({@code 2021-07-27}) for {@code <time datetime>}, or empty
     * @param teaser   the teaser text, or empty
     * @param image    the image's link, or empty
     */
    public ListEntry(String title, String link, String dateText, String dateIso, String teaser, String image) {
        m_title = nonNull(title);
        m_link = nonNull(link);
        m_dateText = nonNull(dateText);
        m_dateIso = nonNull(dateIso);
        m_teaser = nonNull(teaser);
        m_image = nonNull(image);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public String getTitle() {
        return m_title;
    }

    public String getLink() {
        return m_link;
    }

    public String getDateText() {
        return m_dateText;
    }

    public String getDateIso() {
        return m_dateIso;
    }

    public String getTeaser() {
        return m_teaser;
    }

    public String getImage() {
        return m_image;
    }
}
