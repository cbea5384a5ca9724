package org.portalkit.core.i18n;

import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Localized texts from one Java resource bundle. A locale without its own bundle gets the default bundle (English),
 * never the JVM's default locale, so a server running in any locale answers the same.
 */
public final class LocalizedMessages {

    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundleName;

    private final ClassLoader loader;

    /**
     * @param bundleName the bundle base name, e.g. {@code org.portalkit.news.messages}
     * @param loader     the class loader that holds the bundle files
     */
    public LocalizedMessages(String bundleName, ClassLoader loader) {
        this.bundleName = Objects.requireNonNull(bundleName, "bundleName");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    public String bundleName() {
        return bundleName;
    }

    /**
     * Returns the text for a key.
     *
     * @throws MissingResourceException if the default bundle does not have the key
     */
    public String get(String key, Locale locale) {
        return bundle(locale).getString(key);
    }

    /** Returns the text for a key with {@code {0}}-style placeholders filled in for the locale. */
    public String format(String key, Locale locale, Object... arguments) {
        return new MessageFormat(get(key, locale), locale).format(arguments);
    }

    /**
     * The texts of one locale as a map for JSPs ({@code ${view.text['notice.back']}}); an unknown key gives
     * {@code ???key???}, so a typo shows on the page instead of failing it.
     */
    public Map<String, String> texts(Locale locale) {
        return new AbstractMap<>() {
            @Override
            public String get(Object key) {
                try {
                    return LocalizedMessages.this.get(String.valueOf(key), locale);
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
        };
    }

    private ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(bundleName, locale == null ? Locale.ROOT : locale, loader,
            NO_JVM_LOCALE_FALLBACK);
    }
}
