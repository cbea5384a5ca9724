package org.portalkit.build.module.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * VFS properties per resource, read from {@code src/main/module/properties.properties}. Each line is
 * {@code <vfs-path>|<property-name>=<value>} (an individual value) or {@code <vfs-path>|<property-name>@shared=<value>}
 * (a shared value); the file is UTF-8, blank lines and lines starting with {@code #} are skipped, the value is
 * taken literally up to the line end (no escapes).
 */
public final class PropertyAssignments {

    private static final String SHARED_SUFFIX = "@shared";

    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-zA-Z0-9._-]+");

    private static final Comparator<ManifestProperty> ORDER = Comparator.comparing(ManifestProperty::name)
        .thenComparing(ManifestProperty::shared);

    private final Map<String, List<ManifestProperty>> byPath;

    private PropertyAssignments(Map<String, List<ManifestProperty>> byPath) {
        this.byPath = byPath;
    }

    public static PropertyAssignments none() {
        return new PropertyAssignments(Map.of());
    }

    public static PropertyAssignments load(Path file) throws ModulePackagingException {
        if (file == null || !Files.isRegularFile(file)) {
            return none();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModulePackagingException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, List<ManifestProperty>> byPath = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            int eq = line.indexOf('=', Math.max(bar, 0));
            if (bar <= 0 || eq < bar + 2) {
                throw new ModulePackagingException(file + " line " + (i + 1)
                    + ": expected <vfs-path>|<property-name>=<value>, e.g."
                    + " system/modules/org.portalkit.news/elements/|Title=Elements, but found: " + line);
            }
            String path = normalizePath(line.substring(0, bar).strip());
            String name = line.substring(bar + 1, eq).strip();
            boolean shared = name.endsWith(SHARED_SUFFIX);
            if (shared) {
                name = name.substring(0, name.length() - SHARED_SUFFIX.length());
            }
            if (!PROPERTY_NAME.matcher(name).matches()) {
                throw new ModulePackagingException(file + " line " + (i + 1) + ": invalid property name '" + name + "'.");
            }
            byPath.computeIfAbsent(path, p -> new ArrayList<>())
                .add(new ManifestProperty(name, line.substring(eq + 1).strip(), shared));
        }
        byPath.values().forEach(list -> list.sort(ORDER));
        return new PropertyAssignments(byPath);
    }

    /** The properties of one VFS path (without leading or trailing slash), sorted by name. */
    public List<ManifestProperty> forPath(String vfsPath) {
        return byPath.getOrDefault(vfsPath, List.of());
    }

    /** Every path that has properties, to check that each names a resource of the module. */
    public Set<String> paths() {
        return byPath.keySet();
    }

    private static String normalizePath(String path) {
        String result = path;
        while (result.startsWith("/")) {
            result = result.substring(1);
        }
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
