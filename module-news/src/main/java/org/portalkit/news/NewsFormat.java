package org.portalkit.news;

import java.time.ZoneId;

import java.util.Locale;

import org.portalkit.core.html.Encode;
import org.portalkit.core.text.DisplayDates;

/**
 * How news values look on a page: dates as {@code dd/MM/yyyy} (the way Vietnamese public-body portals write them, in
 * both languages), ISO 8601 date-times for machines, the section heading in capitals, and the footer line
 * <pre>Đăng bởi : SLDTBXH Kontum Ngày đăng : 17/07/2020 Lượt xem : 2079</pre>
 * ({@code Posted by : … Published : … Views : …} in English).
 */
public final class NewsFormat {

    /** The date pattern of pages and lists. */
    public static final String DATE_PATTERN = DisplayDates.DATE_PATTERN;

    /** Time zone of the dates when the module does not configure one. */
    public static final ZoneId DEFAULT_ZONE = DisplayDates.DEFAULT_ZONE;

    private NewsFormat() {
    }

    /** @see DisplayDates#date(long, ZoneId) */
    public static String date(long millis, ZoneId zone) {
        return DisplayDates.date(millis, zone);
    }

    /** @see DisplayDates#isoDateTime(long, ZoneId) */
    public static String isoDateTime(long millis, ZoneId zone) {
        return DisplayDates.isoDateTime(millis, zone);
    }

    /**
     * @param section the section as entered, e.g. "Văn phòng Sở"
     * @param locale  the language of the text (Turkish and Vietnamese capitals differ from the root locale's)
     * @return the heading in capitals, e.g. "VĂN PHÒNG SỞ"; empty for none
     */
    public static String heading(String section, Locale locale) {
        return section == null ? "" : section.strip().toUpperCase(locale == null ? Locale.ROOT : locale);
    }

    /**
     * The footer line as plain text, e.g. {@code Đăng bởi : SLDTBXH Kontum Ngày đăng : 17/07/2020 Lượt xem : 2079}.
     * Without a poster the first part is left out; without a date the second.
     */
    public static String footerText(String poster, long publishDate, long views, Locale locale, ZoneId zone) {
        StringBuilder out = new StringBuilder(96);
        if (poster != null && !poster.isBlank()) {
            out.append(label("news.footer.postedBy", locale)).append(poster.strip());
        }
        String date = date(publishDate, zone);
        if (!date.isEmpty()) {
            out.append(out.length() > 0 ? " " : "").append(label("news.footer.published", locale)).append(date);
        }
        out.append(out.length() > 0 ? " " : "").append(label("news.footer.views", locale)).append(Math.max(0, views));
        return out.toString();
    }

    /**
     * The footer line as HTML: the same text as {@link #footerText}, each part in a {@code span}, the poster encoded.
     * The number of views is in {@code <span class="pk-news__views" data-pk-views>}, which the view beacon
     * script updates.
     */
    public static String footerHtml(String poster, long publishDate, long views, Locale locale, ZoneId zone) {
        StringBuilder out = new StringBuilder(256);
        if (poster != null && !poster.isBlank()) {
            out.append("<span class=\"pk-news__poster\">").append(Encode.html(label("news.footer.postedBy", locale)))
                .append(Encode.html(poster.strip())).append("</span>");
        }
        String date = date(publishDate, zone);
        if (!date.isEmpty()) {
            out.append(out.length() > 0 ? " " : "").append("<span class=\"pk-news__published\">")
                .append(Encode.html(label("news.footer.published", locale))).append(date).append("</span>");
        }
        out.append(out.length() > 0 ? " " : "").append("<span class=\"pk-news__views-label\">")
            .append(Encode.html(label("news.footer.views", locale)))
            .append("<span class=\"pk-news__views\" data-pk-views>").append(Math.max(0, views))
            .append("</span></span>");
        return out.toString();
    }

    private static String label(String key, Locale locale) {
        return Messages.get(key, locale) + " : ";
    }
}
