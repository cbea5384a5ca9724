package org.portalkit.template.list;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;

import org.portalkit.template.Messages;

/** The templates bundle as a map for JSP EL: {@code ${view.text['pklist.more']}}. */
final class ListTexts extends AbstractMap<String, String> {

    private final Locale m_locale;

    ListTexts(Locale locale) {
        m_locale = locale;
    }

    @Override
    public String get(Object key) {
        return key instanceof String ? Messages.get((String)key, m_locale) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
