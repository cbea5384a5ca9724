package org.portalkit.banners;

import org.portalkit.core.text.AsciiNumbers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The zones of a site: per zone name the display size of its banners and whether they are shown in order or one at a
 * time in weighted rotation. The defaults ({@link #DEFAULTS}) can be changed and zones added with the property
 * {@value #PROPERTY} on the site folder (or any folder above the page), a comma-separated list of
 * {@code name:WIDTHxHEIGHT[:order|:rotate]}, e.g. {@code header:1200x150:rotate,sidebar:300x100,partners:200x80}.
 * Entries that do not parse are ignored (and logged by the caller); a zone nobody configured gets
 * {@link #OTHER_WIDTH}×{@link #OTHER_HEIGHT} in order.
 */
public final class ZoneConfig {

    /** The inherited property with the site's zones. */
    public static final String PROPERTY = "pk.banner.zones";

    /** A zone name: a lower-case letter, then up to 39 lower-case letters, digits and {@code -}. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** Largest width or height (OpenCms' image scaler refuses larger ones). */
    public static final int MAX_SIZE = 2500;

    /** At most this many zones are read from the property. */
    public static final int MAX_ZONES = 30;

    /** Size of a zone that is not configured. */
    public static final int OTHER_WIDTH = 300;

    /** Size of a zone that is not configured. */
    public static final int OTHER_HEIGHT = 100;

    /** How the banners of a zone are shown. */
    public enum Mode {
        /** all of them, by their order (then title) */
        ORDER,
        /** one of them, chosen in the browser by weight; all in order without JavaScript */
        ROTATE
    }

    /** One zone's configuration. */
    public record Zone(String name, int width, int height, Mode mode) {

        /** For JSP EL (records have no bean getters): the zone name. */
        public String getName() {
            return name;
        }

        /** For JSP EL: the banners' display width in pixels. */
        public int getWidth() {
            return width;
        }

        /** For JSP EL: the banners' display height in pixels. */
        public int getHeight() {
            return height;
        }

        /** @return whether the zone shows one banner at a time */
        public boolean isRotate() {
            return mode == Mode.ROTATE;
        }

        /**
         * @param name {@code order} or {@code rotate}; anything else (also {@code null}) keeps the configured mode
         * @return this zone with that mode
         */
        public Zone withMode(String name) {
            if ("rotate".equals(name)) {
                return new Zone(this.name, width, height, Mode.ROTATE);
            }
            if ("order".equals(name)) {
                return new Zone(this.name, width, height, Mode.ORDER);
            }
            return this;
        }

        /** @return the mode in lower case, for the page ({@code order}, {@code rotate}) */
        public String getModeName() {
            return mode.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** header 1200×150, sidebar 300×100, footer 1200×100, all in order. */
    public static final Map<String, Zone> DEFAULTS = Map.of(
        "header", new Zone("header", 1200, 150, Mode.ORDER),
        "sidebar", new Zone("sidebar", 300, 100, Mode.ORDER),
        "footer", new Zone("footer", 1200, 100, Mode.ORDER));

    private final Map<String, Zone> zones;
    private final int ignored;

    private ZoneConfig(Map<String, Zone> zones, int ignored) {
        this.zones = Collections.unmodifiableMap(zones);
        this.ignored = ignored;
    }

    /**
     * @param property the value of {@value #PROPERTY}, may be {@code null} or empty
     * @return the defaults with the property's zones added or replacing them
     */
    public static ZoneConfig parse(String property) {
        Map<String, Zone> zones = new LinkedHashMap<>();
        zones.put("header", DEFAULTS.get("header"));
        zones.put("sidebar", DEFAULTS.get("sidebar"));
        zones.put("footer", DEFAULTS.get("footer"));
        int ignored = 0;
        if (property != null && !property.isBlank() && property.length() <= 4000) {
            int read = 0;
            for (String entry : property.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                Zone zone = read < MAX_ZONES ? entry(entry.strip()) : null;
                read++;
                if (zone == null) {
                    ignored++;
                } else {
                    zones.put(zone.name(), zone);
                }
            }
        } else if (property != null && property.length() > 4000) {
            ignored++;
        }
        return new ZoneConfig(zones, ignored);
    }

    /** @return the zone of that name: configured, else {@link #OTHER_WIDTH}×{@link #OTHER_HEIGHT} in order; {@code null} for an invalid name */
    public Zone zone(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return null;
        }
        Zone zone = zones.get(name);
        return zone != null ? zone : new Zone(name, OTHER_WIDTH, OTHER_HEIGHT, Mode.ORDER);
    }

    /** @return the configured zones by name, defaults first */
    public Map<String, Zone> zones() {
        return zones;
    }

    /** @return how many entries of the property were ignored */
    public int ignored() {
        return ignored;
    }

    private static Zone entry(String entry) {
        String[] parts = entry.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || !NAME.matcher(parts[0].strip()).matches()) {
            return null;
        }
        String[] size = parts[1].strip().split("x", -1);
        if (size.length != 2) {
            return null;
        }
        int width = size(size[0]);
        int height = size(size[1]);
        if (width < 0 || height < 0) {
            return null;
        }
        Mode mode = Mode.ORDER;
        if (parts.length == 3) {
            String m = parts[2].strip();
            if ("rotate".equals(m)) {
                mode = Mode.ROTATE;
            } else if (!"order".equals(m)) {
                return null;
            }
        }
        return new Zone(parts[0].strip(), width, height, mode);
    }

    private static int size(String digits) {
        long value = AsciiNumbers.parse(digits, 4);
        return value >= 1 && value <= MAX_SIZE ? (int)value : -1;
    }
}
