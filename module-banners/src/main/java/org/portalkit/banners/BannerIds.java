package org.portalkit.banners;

import java.util.Locale;

/** The {@code id} parameter of the click endpoint: a structure id, nothing else. */
public final class BannerIds {

    /** Length of a UUID in its text form. */
    public static final int LENGTH = 36;

    private BannerIds() {
    }

    /**
     * @param raw the parameter as sent, may be {@code null}
     * @return the UUID in lower case, or {@code null} unless it is exactly 36 characters of ASCII hexadecimal digits
     *         and dashes at positions 8, 13, 18 and 23 (no blanks, no second value, no other form)
     */
    public static String parse(String raw) {
        if (raw == null || raw.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = raw.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return null;
            }
        }
        return raw.toLowerCase(Locale.ROOT);
    }
}
