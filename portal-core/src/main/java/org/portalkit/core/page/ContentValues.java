package org.portalkit.core.page;

import java.util.Locale;

import org.opencms.file.CmsObject;
import org.opencms.xml.content.CmsXmlContent;

/**
 * Plain values of an XML content as pages read them: missing values are empty, never {@code null}.
 */
public final class ContentValues {

    private ContentValues() {
    }

    /**
     * @param cms    the reader's context
     * @param xml    the content
     * @param path   an element path, e.g. {@code Attachment[2]/Title}
     * @param locale a locale the content has
     * @return the element's text, or empty when there is none
     */
    public static String text(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        String value = xml.getStringValue(cms, path, locale);
        return value == null ? "" : value;
    }

    /**
     * @return the element's date (an {@code OpenCmsDateTime}: epoch milliseconds), or 0 when it is empty or no
     *         number
     * @see #text(CmsObject, CmsXmlContent, String, Locale)
     */
    public static long millis(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        return millis(text(cms, xml, path, locale));
    }

    /**
     * @param value the text of a date element
     * @return its epoch milliseconds, 0 when blank or no number
     */
    public static long millis(String value) {
        String text = value == null ? "" : value.strip();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
