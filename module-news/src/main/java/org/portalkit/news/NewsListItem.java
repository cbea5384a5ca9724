package org.portalkit.news;

import java.util.List;

/**
 * One article in a list, a teaser or a feed: enough to show title, date, lead and image and to link to the page.
 * Values are plain (not encoded).
 */
public final class NewsListItem {

    private final String id;
    private final String title;
    private final String link;
    private final long date;
    private final String dateText;
    private final String lead;
    private final String image;
    private final String imageAlt;
    private final List<String> categories;
    private final long views;

    /**
     * @param id         structure id
     * @param title      title
     * @param link       site link of the article's page
     * @param date       publication date in milliseconds (0: unknown)
     * @param dateText   the date as shown ({@code dd/MM/yyyy})
     * @param lead       lead text
     * @param image      site link of the teaser image, or empty
     * @param imageAlt   alternative text of the image
     * @param categories category paths or titles
     * @param views      number of views (0 where not needed)
     */
    public NewsListItem(String id, String title, String link, long date, String dateText, String lead, String image,
        String imageAlt, List<String> categories, long views) {
        this.id = id == null ? "" : id;
        this.title = title == null ? "" : title.strip();
        this.link = link == null ? "" : link;
        this.date = date;
        this.dateText = dateText == null ? "" : dateText;
        this.lead = lead == null ? "" : lead.strip();
        this.image = image == null ? "" : image;
        this.imageAlt = imageAlt == null ? "" : imageAlt.strip();
        this.categories = categories == null ? List.of() : List.copyOf(categories);
        this.views = views;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public long getDate() {
        return date;
    }

    public String getDateText() {
        return dateText;
    }

    public String getLead() {
        return lead;
    }

    public String getImage() {
        return image;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public List<String> getCategories() {
        return categories;
    }

    public long getViews() {
        return views;
    }

    /** A copy with the number of views set. */
    public NewsListItem withViews(long value) {
        return new NewsListItem(id, title, link, date, dateText, lead, image, imageAlt, categories, value);
    }
}
