package org.portalkit.template.frame;

/** One entry of the language switch: the language's home page, named in its own language. */
public final class LanguageLink {

    private final String lang;
    private final String label;
    private final String href;
    private final boolean current;

    LanguageLink(String lang, String label, String href, boolean current) {
        this.lang = lang;
        this.label = label;
        this.href = href;
        this.current = current;
    }

    /** @return the language tag, e.g. {@code en} */
    public String getLang() {
        return lang;
    }

    /** @return the language's name in that language, e.g. "English", "Tiếng Việt" */
    public String getLabel() {
        return label;
    }

    /** @return the link of the language's home page */
    public String getHref() {
        return href;
    }

    /** @return whether the requested page is in this language */
    public boolean isCurrent() {
        return current;
    }
}
