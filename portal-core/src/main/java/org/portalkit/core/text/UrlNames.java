package org.portalkit.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * URL names ("slugs") for content: a Vietnamese or other Latin-script title becomes a short, readable,
 * ASCII-only name such as {@code hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020}.
 *
 * <p>Rules of {@link #slugify(String)}:
 * <ol>
 * <li>{@code đ}/{@code Đ} become {@code d} (Unicode has no decomposition for them), and the few other Latin letters
 * without a decomposition ({@code ð ł ø æ œ ß þ ı}) get their usual ASCII spelling;</li>
 * <li>the text is decomposed ({@link Normalizer.Form#NFD}) and all combining marks are removed, which strips the five
 * Vietnamese tones and the vowel marks of {@code ă â ê ô ơ ư} as well as any other diacritic;</li>
 * <li>it is lower-cased ({@link Locale#ROOT});</li>
 * <li>every run of characters other than {@code a-z} and {@code 0-9} becomes one {@code -}, and leading and trailing
 * {@code -} are removed;</li>
 * <li>a result longer than {@value #MAX_LENGTH} characters is cut at the last {@code -} that keeps it within the
 * limit (a single word longer than that is cut hard);</li>
 * <li>an empty result becomes {@value #FALLBACK}.</li>
 * </ol>
 */
public final class UrlNames {

    /** The longest URL name {@link #slugify(String)} and {@link #unique(String, Predicate)} return. */
    public static final int MAX_LENGTH = 80;

    /** The URL name of a title that has no letters or digits at all. */
    public static final String FALLBACK = "item";

    /** How many numbered variants {@link #unique(String, Predicate)} tries before it gives up. */
    static final int MAX_ATTEMPTS = 10_000;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NON_ALPHANUMERIC_RUNS = Pattern.compile("[^a-z0-9]+");

    private UrlNames() {
    }

    /**
     * Turns a title into a URL name.
     *
     * @param title the title, may be {@code null}
     * @return the URL name: {@code [a-z0-9]} words joined by {@code -}, 1 to {@value #MAX_LENGTH} characters
     */
    public static String slugify(String title) {
        if (title == null || title.isEmpty()) {
            return FALLBACK;
        }
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(spellUndecomposable(title), Normalizer.Form.NFD))
            .replaceAll("");
        String slug = trimDashes(NON_ALPHANUMERIC_RUNS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        slug = shorten(slug, MAX_LENGTH);
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /**
     * Makes a URL name unique: returns {@code slug} if it is free, else the first free one of {@code slug-2},
     * {@code slug-3}, &hellip; (the base is shortened when needed so that the result stays within
     * {@value #MAX_LENGTH} characters).
     *
     * @param slug  a URL name, normally from {@link #slugify(String)}
     * @param taken tells whether a name is already used, typically by looking into the target folder
     * @return a name for which {@code taken} answered {@code false}
     * @throws IllegalStateException if {@value #MAX_ATTEMPTS} names in a row are taken
     */
    public static String unique(String slug, Predicate<String> taken) {
        Objects.requireNonNull(taken, "taken");
        if (slug == null || slug.isEmpty()) {
            throw new IllegalArgumentException("slug must not be empty");
        }
        if (!taken.test(slug)) {
            return slug;
        }
        for (int number = 2; number <= MAX_ATTEMPTS; number++) {
            String suffix = "-" + number;
            String base = trimDashes(shorten(slug, MAX_LENGTH - suffix.length()));
            String candidate = base + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free URL name for '" + slug + "' after " + MAX_ATTEMPTS + " attempts");
    }

    /** Letters that {@link Normalizer} does not decompose into a base letter and a mark. */
    private static String spellUndecomposable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'ł', 'Ł' -> "l";
                case 'ø', 'Ø' -> "o";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ß' -> "ss";
                case 'þ', 'Þ' -> "th";
                case 'ı' -> "i";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String shorten(String slug, int maxLength) {
        if (slug.length() <= maxLength) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', maxLength);
        return trimDashes(cut > 0 ? slug.substring(0, cut) : slug.substring(0, maxLength));
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
