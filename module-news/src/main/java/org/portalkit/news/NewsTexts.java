package org.portalkit.news;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * The module's texts in one locale as a map, for JSPs: {@code ${news.text['news.back']}}. Unknown keys give
 * {@code ???key???}, so a typo shows on the page instead of failing it.
 */
public final class NewsTexts extends AbstractMap<String, String> {

    private final Locale locale;

    public NewsTexts(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String get(Object key) {
        try {
            return Messages.get(String.valueOf(key), locale);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
