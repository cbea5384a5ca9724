package org.portalkit.core.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the Open Graph ({@code <meta property="og:…">}) and Twitter card ({@code <meta name="twitter:…">}) tags of
 * a page head, so that a shared link shows title, description and image. Blank values are left out; values are
 * stripped but not encoded (the JSP encodes them when it writes the element).
 */
public final class MetaTags {

    private final List<MetaTag> tags = new ArrayList<>();

    /**
     * @param key   e.g. {@code og:title}
     * @param value the content, may be {@code null} or blank (then no tag)
     * @return this
     */
    public MetaTags property(String key, String value) {
        return add("property", key, value);
    }

    /**
     * @param key   e.g. {@code twitter:card}
     * @param value the content, may be {@code null} or blank (then no tag)
     * @return this
     */
    public MetaTags name(String key, String value) {
        return add("name", key, value);
    }

    /** @return the tags in the order they were added */
    public List<MetaTag> build() {
        return List.copyOf(tags);
    }

    /**
     * The form of a locale that Open Graph's {@code og:locale} expects: {@code vi} becomes {@code vi_VN}, {@code en}
     * {@code en_US}; a locale with a country keeps it ({@code en_GB}); others are their language ({@code de}).
     */
    public static String ogLocale(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale.getLanguage() + "_" + locale.getCountry();
        }
        switch (locale.getLanguage()) {
            case "vi":
                return "vi_VN";
            case "en":
                return "en_US";
            default:
                return locale.getLanguage();
        }
    }

    private MetaTags add(String attribute, String key, String value) {
        if (value != null && !value.isBlank()) {
            tags.add(new MetaTag(attribute, key, value.strip()));
        }
        return this;
    }
}
