package org.portalkit.core.page;

import java.util.List;
import java.util.Locale;

import org.opencms.xml.content.CmsXmlContent;

/**
 * Which locale of an XML content a page shows.
 */
public final class ContentLocale {

    private ContentLocale() {
    }

    /**
     * @param xml    an unmarshalled XML content
     * @param wanted the page's locale, may be {@code null}
     * @return {@code wanted} if the content has it, else a locale of the content with the same language, else the
     *         content's first locale, else {@code null} (a content without any locale)
     */
    public static Locale choose(CmsXmlContent xml, Locale wanted) {
        List<Locale> locales = xml.getLocales();
        return choose(locales, wanted);
    }

    /**
     * @param locales the locales a content has, in its order
     * @param wanted  the page's locale, may be {@code null}
     * @return as {@link #choose(CmsXmlContent, Locale)}
     */
    public static Locale choose(List<Locale> locales, Locale wanted) {
        if (wanted != null) {
            if (locales.contains(wanted)) {
                return wanted;
            }
            for (Locale locale : locales) {
                if (locale.getLanguage().equals(wanted.getLanguage())) {
                    return locale;
                }
            }
        }
        return locales.isEmpty() ? null : locales.get(0);
    }
}
