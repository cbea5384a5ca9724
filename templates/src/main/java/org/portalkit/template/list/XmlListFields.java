package org.portalkit.template.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opencms.file.CmsObject;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.types.I_CmsXmlContentValue;

/** The fields of one locale of a {@code pk-list} XML content. */
public final class XmlListFields implements ListFields {

    private final CmsObject m_cms;
    private final CmsXmlContent m_content;
    private final Locale m_locale;

    /**
     * @param cms     the current context
     * @param content the unmarshalled content
     * @param locale  a locale the content has
     */
    public XmlListFields(CmsObject cms, CmsXmlContent content, Locale locale) {
        m_cms = cms;
        m_content = content;
        m_locale = locale;
    }

    /**
     * @param content a content
     * @param wanted  the request's locale
     * @return {@code wanted} if the content has it, else a locale of the same language, else the content's first
     *         locale, or {@code null} for a content without locales
     */
    public static Locale chooseLocale(CmsXmlContent content, Locale wanted) {
        return org.portalkit.core.page.ContentLocale.choose(content, wanted);
    }

    @Override
    public List<String> values(String name) {
        List<String> values = new ArrayList<>();
        for (I_CmsXmlContentValue value : m_content.getValues(name, m_locale)) {
            String text = value.getStringValue(m_cms);
            if (text != null && !text.isBlank()) {
                values.add(text);
            }
        }
        return values;
    }
}
