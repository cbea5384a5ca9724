package org.portalkit.core.counter;

/**
 * The rules for counter keys: 1 to {@value #MAX_LENGTH} characters, each one of {@code A-Z a-z 0-9 . _ : -}.
 *
 * <p>Keys are case-sensitive in PortalKit, but some databases compare {@code VARCHAR} case-insensitively (MySQL's
 * default collations), so use lower-case keys, e.g. {@code news.views:0b7a4f6e-...} or {@code site.visits:2024-05}.
 */
public final class CounterKeys {

    /** The longest key. */
    public static final int MAX_LENGTH = 200;

    private CounterKeys() {
    }

    /**
     * @param key a key, may be {@code null}
     * @return whether it is a valid key
     */
    public static boolean isValid(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_LENGTH && allCharactersAllowed(key);
    }

    /**
     * @param key a key
     * @return the key
     * @throws IllegalArgumentException if it is not a valid key
     */
    public static String requireValid(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("Invalid counter key (1-" + MAX_LENGTH
                + " characters of A-Z a-z 0-9 . _ : -): " + describe(key));
        }
        return key;
    }

    /**
     * @param prefix a key prefix for {@link Counters#top(String, int)}; the empty string stands for all keys
     * @return the prefix
     * @throws IllegalArgumentException if no key could start with it
     */
    public static String requireValidPrefix(String prefix) {
        if (prefix == null || prefix.length() > MAX_LENGTH || !allCharactersAllowed(prefix)) {
            throw new IllegalArgumentException("Invalid counter key prefix: " + describe(prefix));
        }
        return prefix;
    }

    /**
     * @param c a character
     * @return whether keys may contain it
     */
    public static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '_' || c == ':' || c == '-';
    }

    private static boolean allCharactersAllowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAllowed(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(String key) {
        if (key == null) {
            return "null";
        }
        return key.length() > MAX_LENGTH + 20 ? "'" + key.substring(0, MAX_LENGTH) + "...' (" + key.length()
            + " characters)" : "'" + key + "'";
    }
}
