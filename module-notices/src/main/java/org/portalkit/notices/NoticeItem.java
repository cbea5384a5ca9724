package org.portalkit.notices;

/**
 * One entry of the THÔNG BÁO box: title and link, issue date, number, whether it is pinned and whether it carries the
 * "Mới" (new) badge. Plain values; the JSP encodes them.
 */
public final class NoticeItem {

    private final String title;
    private final String link;
    private final String number;
    private final String dateText;
    private final String dateIso;
    private final boolean pinned;
    private final long newUntil;
    private final boolean recent;

    /**
     * @param title    the title
     * @param link     server-relative link of the notice's page
     * @param number   the number (số hiệu), may be empty
     * @param dateText the issue date as shown ({@code dd/MM/yyyy}), may be empty
     * @param dateIso  the issue date for {@code <time datetime>}, may be empty
     * @param pinned   whether the editors pinned it
     * @param newUntil until when (epoch ms) the notice counts as new, 0 when never
     * @param now      the current time
     */
    NoticeItem(String title, String link, String number, String dateText, String dateIso, boolean pinned,
        long newUntil, long now) {
        this.title = title;
        this.link = link;
        this.number = number == null ? "" : number;
        this.dateText = dateText;
        this.dateIso = dateIso;
        this.pinned = pinned;
        this.newUntil = newUntil;
        this.recent = newUntil > now;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public String getNumber() {
        return number;
    }

    public String getDateText() {
        return dateText;
    }

    public String getDateIso() {
        return dateIso;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** Whether the "Mới" badge is shown: the issue date lies within the module's {@code newDays}. */
    public boolean isRecent() {
        return recent;
    }

    /**
     * Until when the badge applies (epoch milliseconds), for the page script that removes badges from HTML served
     * from a cache after that time.
     */
    public long getNewUntil() {
        return newUntil;
    }
}
