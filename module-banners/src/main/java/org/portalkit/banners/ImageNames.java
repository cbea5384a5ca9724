package org.portalkit.banners;

import java.util.Locale;

/** The image files a banner may show: JPEG, PNG, WebP, GIF; never SVG (XXE in OpenCms 11.0.2, CVE-2021-3312). */
public final class ImageNames {

    private ImageNames() {
    }

    /**
     * @param name a file name
     * @return whether it ends in {@code .jpg .jpeg .png .webp .gif} (any letter case)
     */
    public static boolean isAllowed(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        switch (n.substring(dot + 1)) {
            case "jpg":
            case "jpeg":
            case "png":
            case "webp":
            case "gif":
                return true;
            default:
                return false;
        }
    }
}
