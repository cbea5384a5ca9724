package org.portalkit.banners;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One banner as the zone element shows it. Every value is raw text or a link built on the server; the JSP encodes
 * them ({@code c:out}, {@code fn:escapeXml}).
 */
public final class BannerItem {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** By order, then title (Vietnamese collation), then id: the same order on every request. */
    public static final Comparator<BannerItem> ORDER = Comparator.comparingInt(BannerItem::getOrder)
        .thenComparing(BannerItem::getTitle, VIETNAMESE::compare).thenComparing(BannerItem::getId);

    private final String id;
    private final String title;
    private final String alt;
    private final String caption;
    private final String imageSrc;
    private final String href;
    private final boolean newWindow;
    private final int order;
    private final int weight;
    private final long until;

    /**
     * @param id        structure id
     * @param title     title (editors' name of the banner)
     * @param alt       alternative text
     * @param caption   caption, may be empty
     * @param imageSrc  the scaled image's link; empty when the image is missing (the alt text is shown instead)
     * @param href      the click endpoint's link; empty for a banner without a (safe) link
     * @param newWindow whether the link opens a new window
     * @param order     position, lower first
     * @param weight    weight in rotating zones, 1–100
     * @param until     expiry in epoch milliseconds, 0 for none
     */
    public BannerItem(String id, String title, String alt, String caption, String imageSrc, String href,
        boolean newWindow, int order, int weight, long until) {
        this.id = id;
        this.title = title == null ? "" : title;
        this.alt = alt == null ? "" : alt;
        this.caption = caption == null ? "" : caption;
        this.imageSrc = imageSrc == null ? "" : imageSrc;
        this.href = href == null ? "" : href;
        this.newWindow = newWindow;
        this.order = order;
        this.weight = weight;
        this.until = until;
    }

    /**
     * @param banners banners of one zone
     * @return them sorted by {@link #ORDER}
     */
    public static List<BannerItem> sorted(List<BannerItem> banners) {
        List<BannerItem> sorted = new ArrayList<>(banners);
        sorted.sort(ORDER);
        return sorted;
    }

    /**
     * The banner a rotating zone shows for a random number: each banner's chance is its weight divided by the sum of
     * the weights (the rule {@code resources/banners.js} follows in the browser).
     *
     * @param banners the zone's banners in order, not empty
     * @param random  a number in [0, 1)
     * @return the chosen banner
     */
    public static BannerItem chooseByWeight(List<BannerItem> banners, double random) {
        long total = 0;
        for (BannerItem b : banners) {
            total += Math.max(1, b.weight);
        }
        double point = random * total;
        long sum = 0;
        for (BannerItem b : banners) {
            sum += Math.max(1, b.weight);
            if (point < sum) {
                return b;
            }
        }
        return banners.get(banners.size() - 1);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getAlt() {
        return alt;
    }

    public String getCaption() {
        return caption;
    }

    public String getImageSrc() {
        return imageSrc;
    }

    /** @return whether the image is missing, so the alt text is shown in a box of the banner's size */
    public boolean isImageMissing() {
        return imageSrc.isEmpty();
    }

    public String getHref() {
        return href;
    }

    public boolean isNewWindow() {
        return newWindow;
    }

    public int getOrder() {
        return order;
    }

    public int getWeight() {
        return weight;
    }

    /** @return the expiry in epoch milliseconds, 0 when the banner does not expire */
    public long getUntil() {
        return until;
    }
}
