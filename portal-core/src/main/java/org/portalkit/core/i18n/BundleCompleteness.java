package org.portalkit.core.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.portalkit.core.internal.PropertiesFiles;

/**
 * Checks that the translations of a message bundle are complete: every key of the default bundle
 * ({@code messages.properties}) has a non-blank value in each locale's own file ({@code messages_vi.properties}, ...),
 * and no locale file has keys the default bundle lacks. Each file is read on its own, without the fallback from a
 * locale to the default bundle that would hide a missing key.
 */
public final class BundleCompleteness {

    private final String bundleName;

    private final ClassLoader loader;

    private BundleCompleteness(String bundleName, ClassLoader loader) {
        this.bundleName = bundleName;
        this.loader = loader;
    }

    /**
     * @param bundleName the bundle base name, e.g. {@code org.portalkit.news.messages}
     * @param loader     the class loader that holds the bundle files
     */
    public static BundleCompleteness of(String bundleName, ClassLoader loader) {
        return new BundleCompleteness(bundleName, loader);
    }

    /** The keys of the default bundle, sorted. */
    public Set<String> defaultKeys() {
        return keysOf(read(null));
    }

    /** Problems of one locale's file, one line each; empty when it is complete. */
    public List<String> problems(Locale locale) {
        List<String> problems = new ArrayList<>();
        Properties defaults = read(null);
        Properties translated = read(locale);
        if (defaults == null) {
            problems.add("the default bundle " + resourcePath(null) + " is missing");
            return problems;
        }
        if (translated == null) {
            problems.add(resourcePath(locale) + " is missing");
            return problems;
        }
        for (String key : keysOf(defaults)) {
            String value = translated.getProperty(key);
            if (value == null) {
                problems.add(resourcePath(locale) + " lacks the key " + key);
            } else if (value.isBlank()) {
                problems.add(resourcePath(locale) + " has an empty value for " + key);
            }
        }
        for (String key : keysOf(translated)) {
            if (!defaults.containsKey(key)) {
                problems.add(resourcePath(locale) + " has the key " + key + ", which the default bundle lacks");
            }
        }
        return problems;
    }

    /**
     * @throws IllegalStateException listing every problem, if a locale's file is incomplete
     */
    public void requireComplete(Locale... locales) {
        List<String> problems = new ArrayList<>();
        for (Locale locale : locales) {
            problems.addAll(problems(locale));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Incomplete translations of " + bundleName + ":\n  "
                + String.join("\n  ", problems));
        }
    }

    /** Keys whose text is the same in both locales' own files (likely not translated), sorted. */
    public Set<String> sameText(Locale first, Locale second) {
        Properties a = read(first);
        Properties b = read(second);
        Set<String> same = new TreeSet<>();
        if (a != null && b != null) {
            for (String key : keysOf(a)) {
                if (a.getProperty(key).equals(b.getProperty(key))) {
                    same.add(key);
                }
            }
        }
        return same;
    }

    private Properties read(Locale locale) {
        return PropertiesFiles.read(loader, resourcePath(locale)).orElse(null);
    }

    private String resourcePath(Locale locale) {
        String suffix = locale == null || locale.toString().isEmpty() ? "" : "_" + locale;
        return bundleName.replace('.', '/') + suffix + ".properties";
    }

    private static Set<String> keysOf(Properties properties) {
        return properties == null ? new TreeSet<>() : new TreeSet<>(properties.stringPropertyNames());
    }
}
