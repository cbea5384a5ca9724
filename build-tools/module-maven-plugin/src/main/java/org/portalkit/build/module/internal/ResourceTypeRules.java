package org.portalkit.build.module.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides the OpenCms resource type of each VFS entry: first the override rules of
 * {@code src/main/module/types.properties} (lines {@code glob=type}, first matching line wins), then a default
 * by file extension.
 */
public final class ResourceTypeRules {

    public static final String FOLDER = "folder";

    public static final String PLAIN = "plain";

    public static final String BINARY = "binary";

    public static final String IMAGE = "image";

    public static final String JSP = "jsp";

    private static final Map<String, String> TYPE_BY_EXTENSION = Map.ofEntries(
        Map.entry("jsp", JSP),
        Map.entry("png", IMAGE), Map.entry("jpg", IMAGE), Map.entry("jpeg", IMAGE), Map.entry("gif", IMAGE),
        Map.entry("webp", IMAGE),
        Map.entry("xsd", PLAIN), Map.entry("properties", PLAIN), Map.entry("css", PLAIN), Map.entry("js", PLAIN),
        Map.entry("txt", PLAIN), Map.entry("html", PLAIN), Map.entry("htm", PLAIN), Map.entry("xml", PLAIN),
        Map.entry("tag", PLAIN), Map.entry("tld", PLAIN), Map.entry("json", PLAIN), Map.entry("config", PLAIN),
        Map.entry("jar", BINARY), Map.entry("zip", BINARY), Map.entry("pdf", BINARY), Map.entry("ico", BINARY),
        Map.entry("woff", BINARY), Map.entry("woff2", BINARY), Map.entry("ttf", BINARY), Map.entry("eot", BINARY),
        Map.entry("otf", BINARY));

    private final List<Rule> overrides;

    private ResourceTypeRules(List<Rule> overrides) {
        this.overrides = List.copyOf(overrides);
    }

    public static ResourceTypeRules defaults() {
        return new ResourceTypeRules(List.of());
    }

    /** Reads override rules; a missing file means no overrides. */
    public static ResourceTypeRules load(Path typesProperties) throws ModulePackagingException {
        if (typesProperties == null || !Files.isRegularFile(typesProperties)) {
            return defaults();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(typesProperties, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModulePackagingException("Cannot read " + typesProperties + ": " + e.getMessage(), e);
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new ModulePackagingException(typesProperties + " line " + (i + 1)
                    + ": expected <path glob>=<resource type>, e.g. **/.config=module_config, but found: " + line);
            }
            rules.add(new Rule(PathGlob.compile(line.substring(0, eq).strip()), line.substring(eq + 1).strip()));
        }
        return new ResourceTypeRules(rules);
    }

    public String typeOf(VfsEntry entry) {
        for (Rule rule : overrides) {
            if (rule.glob().matches(entry.path())) {
                return rule.type();
            }
        }
        return entry.folder() ? FOLDER : defaultFileType(entry.name());
    }

    static String defaultFileType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return PLAIN;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPE_BY_EXTENSION.getOrDefault(extension, BINARY);
    }

    private record Rule(PathGlob glob, String type) {
    }
}
