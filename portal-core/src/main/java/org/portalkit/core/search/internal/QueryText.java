package org.portalkit.core.search.internal;

import java.text.Normalizer;

/**
 * The visitor's search text: cleaned, capped and escaped for Solr. No regular expressions: one pass over the
 * characters each.
 *
 * <p>{@link #clean} drops control, format (bidi overrides, zero-width characters), private-use, unassigned and
 * unpaired surrogate characters, turns every run of white space into one space, trims, keeps at most
 * {@value #MAX_LENGTH} characters (never splitting a surrogate pair) and {@value #MAX_WORDS} words, and composes to
 * NFC.
 *
 * <p>{@link #escape} makes the text a plain edismax query of words: every character with a meaning in the
 * Lucene/Solr syntax is escaped with a backslash (so no field syntax, ranges, wildcards, fuzzy or boost operators,
 * phrases, grouping or local parameters — a leading {@code {!} cannot survive), and the operator words
 * {@code AND}, {@code OR}, {@code NOT} become plain words. {@code defType=edismax} is set by the engine, never by
 * the visitor.
 */
public final class QueryText {

    /** Most characters of a search text kept. */
    public static final int MAX_LENGTH = 200;

    /**
     * Most words of a search text kept: every word is a clause on four fields (and the phrase boost), so a text of
     * many short words is the costliest query a visitor can send; nobody searches with more.
     */
    public static final int MAX_WORDS = 12;

    /** Most words given to the spelling checker. */
    public static final int MAX_SPELLING_WORDS = 10;
    /** Longest word given to the spelling checker. */
    public static final int MAX_SPELLING_WORD = 30;

    /** Characters with a meaning in the Lucene/Solr (and edismax) query syntax. */
    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/;'<>=#%@$,`";

    private QueryText() {
    }

    /**
     * @param raw the visitor's text, possibly hostile, may be {@code null}
     * @return the cleaned text, possibly empty
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_LENGTH));
        boolean space = false;
        for (int i = 0; i < raw.length() && out.length() < MAX_LENGTH; i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, raw.charAt(i + 1));
                    i++;
                    if (!dropped(cp) && out.length() + 2 <= MAX_LENGTH) {
                        space = appendSpace(out, space);
                        out.appendCodePoint(cp);
                    } else if (out.length() + 2 > MAX_LENGTH) {
                        break;
                    }
                }
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (dropped(c)) {
                continue;
            }
            space = appendSpace(out, space);
            if (out.length() < MAX_LENGTH) {
                out.append(c);
            }
        }
        String text = firstWords(out.toString().strip(), MAX_WORDS);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
            if (text.length() > MAX_LENGTH) {
                int end = MAX_LENGTH;
                if (Character.isLowSurrogate(text.charAt(end))) {
                    end--;
                }
                text = text.substring(0, end).strip();
            }
        }
        return text;
    }

    /** @return the text up to its {@code max}-th word (words are separated by single spaces here) */
    private static String firstWords(String text, int max) {
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && ++words > max) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static boolean appendSpace(StringBuilder out, boolean space) {
        if (space && out.length() > 0 && out.length() < MAX_LENGTH - 1) {
            out.append(' ');
        }
        return false;
    }

    private static boolean dropped(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
            case Character.UNASSIGNED:
                return true;
            default:
                return false;
        }
    }

    /**
     * @param text a cleaned text
     * @return whether it has at least one letter or digit (anything else finds nothing)
     */
    public static boolean hasWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text a cleaned text
     * @return the edismax query: words separated by spaces, every syntax character escaped
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ') {
                String word = text.substring(wordStart, i);
                if (!word.isEmpty()) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    appendWord(out, word);
                }
                wordStart = i + 1;
            }
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word) {
        if ("AND".equals(word) || "OR".equals(word) || "NOT".equals(word) || "TO".equals(word)) {
            out.append('\\');
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }

    /**
     * The words the spelling checker is given: at most {@value #MAX_SPELLING_WORDS} words of at most
     * {@value #MAX_SPELLING_WORD} characters (no real word is longer; checking a 200-letter "word" against the
     * dictionary with two edits is what would cost time).
     *
     * @param text a cleaned text
     * @return the words, separated by single spaces
     */
    public static String spellingWords(String text) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (String word : words(text).split(" ")) {
            if (!word.isEmpty() && word.length() <= MAX_SPELLING_WORD && count < MAX_SPELLING_WORDS) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word);
                count++;
            }
        }
        return out.toString();
    }

    /**
     * @param text a cleaned text
     * @return only its letters and digits, the rest as single spaces: the words the spelling checker looks at
     */
    public static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
