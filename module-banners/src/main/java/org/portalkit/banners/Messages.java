package org.portalkit.banners;

import java.util.Locale;
import java.util.Map;

import org.portalkit.core.i18n.LocalizedMessages;

/**
 * The texts of the PortalKit Banners module.
 */
public final class Messages {

    /** Base name of the resource bundle. */
    public static final String BUNDLE_NAME = "org.portalkit.banners.messages";

    /** Key of the module's name as shown to people. */
    public static final String MODULE_NICE_NAME = "module.niceName";

    /** Key of the module's description. */
    public static final String MODULE_DESCRIPTION = "module.description";

    private static final LocalizedMessages MESSAGES = new LocalizedMessages(BUNDLE_NAME, Messages.class.getClassLoader());

    private Messages() {
    }

    /** The module's texts in one locale as a map for JSPs ({@code ${zone.text['banners.zone.label']}}). */
    public static Map<String, String> texts(Locale locale) {
        return MESSAGES.texts(locale);
    }

    /** The text for a key in the given locale (English when the locale has no translation). */
    public static String get(String key, Locale locale) {
        return MESSAGES.get(key, locale);
    }

    /** The text for a key with its {0}-style placeholders filled in for the locale. */
    public static String format(String key, Locale locale, Object... arguments) {
        return MESSAGES.format(key, locale, arguments);
    }
}
