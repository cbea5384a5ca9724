package org.portalkit.core.text;

/**
 * Text for XML documents PortalKit writes itself (feeds, sitemaps). An XML writer escapes markup characters, but it
 * cannot write characters XML 1.0 forbids altogether; a single one (an editor's pasted control character, half a
 * surrogate pair) would make the whole document unreadable for every reader.
 */
public final class XmlChars {

    /**
     * The XML declaration of PortalKit's documents, written by hand: the JDK's stream writer would quote it with
     * apostrophes, which some feed readers choke on.
     */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private XmlChars() {
    }

    /**
     * @param text any text, may be {@code null}
     * @return the text without the characters XML 1.0 cannot hold (controls other than tab, line feed and carriage
     *         return, unpaired surrogates, U+FFFE and U+FFFF); {@code ""} for {@code null}
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (allowed && out != null) {
                out.append(c);
            }
            if (pair) {
                if (out != null) {
                    out.append(text.charAt(i + 1));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
