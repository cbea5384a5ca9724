package org.portalkit.build.module.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The complete VFS content of a module: the scanned tree, the module folder and its parents (always present), the
 * embedded jars in {@code system/modules/<name>/lib/}, and the module resources, i.e. the paths the module owns.
 * Every entry either lies in a module resource (owned) or is a parent folder of one (shared, like
 * {@code /system/}); anything else is an error.
 */
public final class ModuleLayout {

    private static final String SYSTEM = "system";

    private final List<VfsEntry> entries;

    private final List<String> resources;

    private ModuleLayout(List<VfsEntry> entries, List<String> resources) {
        this.entries = List.copyOf(entries);
        this.resources = List.copyOf(resources);
    }

    /**
     * @param moduleName          the module name
     * @param scanned             the entries read from {@code src/main/vfs}
     * @param jars                jars to put into the module's {@code lib/} folder
     * @param additionalResources further module resources (VFS root paths) below {@code /system/}
     */
    public static ModuleLayout of(String moduleName, List<VfsEntry> scanned, List<EmbeddedJar> jars,
        List<String> additionalResources) throws ModulePackagingException {
        String moduleFolder = "system/modules/" + moduleName;
        Map<String, VfsEntry> byPath = new TreeMap<>();
        for (VfsEntry entry : scanned) {
            byPath.put(entry.path(), entry);
        }
        addFolderWithParents(byPath, moduleFolder);
        if (!jars.isEmpty()) {
            addFolderWithParents(byPath, libFolder(moduleName));
        }
        for (EmbeddedJar jar : jars) {
            String path = libFolder(moduleName) + "/" + jar.fileName();
            ModuleNames.requireValidVfsPath(path);
            if (byPath.containsKey(path)) {
                throw new ModulePackagingException("The jar " + jar.fileName() + " would replace " + path
                    + " of the VFS tree; remove that file from src/main/vfs.");
            }
            byPath.put(path, VfsEntry.file(path, jar.file()));
        }
        List<VfsEntry> entries = new ArrayList<>(byPath.values());
        entries.sort(VfsEntry.BY_PATH);
        List<String> resources = moduleResources(moduleFolder, entries, additionalResources);
        ModuleLayout layout = new ModuleLayout(entries, resources);
        layout.requireEveryEntryCovered();
        return layout;
    }

    /** VFS path of the folder for jars, without slashes around it. */
    public static String libFolder(String moduleName) {
        return "system/modules/" + moduleName + "/lib";
    }

    public List<VfsEntry> entries() {
        return entries;
    }

    /** Module resources as root paths, the module folder first. */
    public List<String> resources() {
        return resources;
    }

    /** Whether the entry lies in (or is) a module resource, as opposed to being a shared parent folder. */
    public boolean isOwned(VfsEntry entry) {
        String rootPath = entry.rootPath();
        for (String resource : resources) {
            if (resource.endsWith("/") ? rootPath.startsWith(resource) : rootPath.equals(resource)) {
                return true;
            }
        }
        return false;
    }

    private boolean isParentOfResource(VfsEntry entry) {
        return entry.folder() && resources.stream().anyMatch(r -> r.startsWith(entry.rootPath()));
    }

    private void requireEveryEntryCovered() throws ModulePackagingException {
        for (VfsEntry entry : entries) {
            if (!isOwned(entry) && !isParentOfResource(entry)) {
                throw new ModulePackagingException("VFS entry /" + entry.path() + " belongs to no module resource"
                    + " (module resources: " + resources + "). Move it below " + resources.get(0)
                    + " or add its folder to <additionalResources>.");
            }
        }
    }

    private static List<String> moduleResources(String moduleFolder, List<VfsEntry> entries,
        List<String> additionalResources) throws ModulePackagingException {
        Set<String> resources = new LinkedHashSet<>();
        resources.add("/" + moduleFolder + "/");
        for (VfsEntry entry : entries) {
            if (!entry.path().contains("/") && !SYSTEM.equals(entry.path())) {
                resources.add(entry.rootPath());
            }
        }
        for (String additional : additionalResources) {
            resources.add(normalizeResource(additional, entries));
        }
        return new ArrayList<>(resources);
    }

    private static String normalizeResource(String resource, List<VfsEntry> entries) throws ModulePackagingException {
        String path = resource.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String vfsPath = path;
        VfsEntry entry = entries.stream().filter(e -> e.path().equals(vfsPath)).findFirst().orElseThrow(
            () -> new ModulePackagingException("Additional module resource '" + resource
                + "' is not in the VFS tree src/main/vfs."));
        return entry.rootPath();
    }

    private static void addFolderWithParents(Map<String, VfsEntry> byPath, String folderPath)
        throws ModulePackagingException {
        String path = folderPath;
        while (!path.isEmpty()) {
            VfsEntry existing = byPath.get(path);
            if (existing != null && !existing.folder()) {
                throw new ModulePackagingException("/" + path + " must be a folder, but src/main/vfs has a file there.");
            }
            byPath.putIfAbsent(path, VfsEntry.folder(path));
            int slash = path.lastIndexOf('/');
            path = slash < 0 ? "" : path.substring(0, slash);
        }
    }
}
