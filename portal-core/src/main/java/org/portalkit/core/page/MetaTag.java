package org.portalkit.core.page;

/**
 * One {@code <meta>} element of a page head: {@code <meta property="og:title" content="…">} or
 * {@code <meta name="twitter:card" content="…">}. The JSP encodes the content when it writes the element.
 */
public final class MetaTag {

    private final String attribute;
    private final String key;
    private final String content;

    public MetaTag(String attribute, String key, String content) {
        this.attribute = attribute;
        this.key = key;
        this.content = content;
    }

    /** {@code property} (Open Graph) or {@code name}. */
    public String getAttribute() {
        return attribute;
    }

    /** e.g. {@code og:title}; a constant of the calling module, never user input. */
    public String getKey() {
        return key;
    }

    /** The value, not encoded. */
    public String getContent() {
        return content;
    }

    @Override
    public String toString() {
        return attribute + "=" + key + ": " + content;
    }
}
