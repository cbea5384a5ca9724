package org.portalkit.runtime.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of OpenCms 11's HSQLDB driver as OpenCms itself sees it: {@code org/opencms/db/generic/query.properties}
 * overlaid with {@code org/opencms/db/hsqldb/query.properties}, both read from the opencms-core jar, with every
 * {@code ${KEY}} reference to another entry expanded. Only {@code ${PROJECT}}, which OpenCms replaces per call with
 * {@code ONLINE} or {@code OFFLINE}, and the {@code %(...)} patterns some drivers fill in at run time are left in.
 */
final class OpenCmsQueries {

    static final String GENERIC = "org/opencms/db/generic/query.properties";
    static final String HSQLDB = "org/opencms/db/hsqldb/query.properties";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(?!PROJECT\\})([A-Za-z0-9_]+)\\}");

    private OpenCmsQueries() {
    }

    /** @return entry key to fully expanded text, sorted by key */
    static Map<String, String> load() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.putAll(read(GENERIC));
        raw.putAll(read(HSQLDB));
        Map<String, String> expanded = new TreeMap<>();
        raw.forEach((key, value) -> expanded.put(key, expand(key, value, raw, 0)));
        return expanded;
    }

    private static String expand(String key, String value, Map<String, String> all, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("Cyclic ${...} references from " + key);
        }
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement = all.get(matcher.group(1));
            if (replacement == null) {
                // OpenCms leaves unknown references as they are; the statement will then fail to prepare
                replacement = matcher.group();
            } else {
                replacement = expand(matcher.group(1), replacement, all, depth + 1);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static Map<String, String> read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = OpenCmsQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found: is opencms-core on the test class path?");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> result = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> result.put(name, properties.getProperty(name).strip()));
        return result;
    }
}
