package org.portalkit.banners;

import java.util.List;
import java.util.Map;

/** What {@code elements/zone.jsp} shows: the zone, its banners in order, texts, the module's style and script. */
public final class ZoneView {

    private final ZoneConfig.Zone zone;
    private final List<BannerItem> banners;
    private final String error;
    private final String lang;
    private final Map<String, String> text;
    private final String stylesheet;
    private final String script;

    ZoneView(ZoneConfig.Zone zone, List<BannerItem> banners, String error, String lang, Map<String, String> text,
        String stylesheet, String script) {
        this.zone = zone;
        this.banners = List.copyOf(banners);
        this.error = error == null ? "" : error;
        this.lang = lang;
        this.text = text;
        this.stylesheet = stylesheet;
        this.script = script;
    }

    /** @return the zone, {@code null} when the zone name was invalid */
    public ZoneConfig.Zone getZone() {
        return zone;
    }

    public List<BannerItem> getBanners() {
        return banners;
    }

    /** @return the reason the zone cannot be shown (an invalid zone setting), else empty */
    public String getError() {
        return error;
    }

    public String getLang() {
        return lang;
    }

    /** @return the module's texts in the page's language ({@code text['banners.zone.label']}) */
    public Map<String, String> getText() {
        return text;
    }

    public String getStylesheet() {
        return stylesheet;
    }

    public String getScript() {
        return script;
    }
}
