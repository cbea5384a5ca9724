package org.portalkit.core.text;

/**
 * Non-negative whole numbers that visitors and editors write: ASCII digits only ({@link Long#parseLong} would also
 * take other scripts' digits such as {@code ١} or {@code ８}), never a sign, bounded in length.
 */
public final class AsciiNumbers {

    private AsciiNumbers() {
    }

    /**
     * @param value     text, may be {@code null}
     * @param maxDigits most characters (at most 18, so that every such number fits a {@code long})
     * @return whether it is 1 to {@code maxDigits} ASCII digits and nothing else (no blanks)
     */
    public static boolean isDigits(String value, int maxDigits) {
        if (value == null || value.isEmpty() || value.length() > maxDigits) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param value     text, may be {@code null}
     * @param maxDigits most characters, at most 18
     * @return its value, or -1 unless {@link #isDigits(String, int)}
     */
    public static long parse(String value, int maxDigits) {
        return isDigits(value, Math.min(maxDigits, 18)) ? Long.parseLong(value) : -1;
    }
}
