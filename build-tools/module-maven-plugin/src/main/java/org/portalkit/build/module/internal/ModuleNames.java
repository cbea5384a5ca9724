package org.portalkit.build.module.internal;

import java.util.regex.Pattern;

/**
 * Naming rules that OpenCms enforces for module names and VFS resource names.
 */
public final class ModuleNames {

    private static final Pattern MODULE_NAME = Pattern.compile("[a-zA-Z0-9._-]+");

    /** OpenCms accepts letters, digits and "-._~$" in a resource name; we keep to ASCII letters. */
    private static final Pattern RESOURCE_NAME = Pattern.compile("[a-zA-Z0-9._~$-]+");

    private static final Pattern ONLY_DOTS = Pattern.compile("\\.+");

    private ModuleNames() {
    }

    public static String requireValidModuleName(String moduleName) throws ModulePackagingException {
        if (moduleName == null || !MODULE_NAME.matcher(moduleName).matches()) {
            throw new ModulePackagingException("Invalid OpenCms module name '" + moduleName
                + "': it must match [a-zA-Z0-9._-]+ (for example org.portalkit.news).");
        }
        return moduleName;
    }

    /**
     * Checks every segment of a VFS path (without leading slash) against the OpenCms resource name rules.
     */
    public static String requireValidVfsPath(String vfsPath) throws ModulePackagingException {
        if (vfsPath.isEmpty()) {
            throw new ModulePackagingException("Empty VFS path.");
        }
        for (String segment : vfsPath.split("/", -1)) {
            if (!RESOURCE_NAME.matcher(segment).matches() || ONLY_DOTS.matcher(segment).matches()) {
                throw new ModulePackagingException("VFS resource '" + vfsPath + "' has the name '" + segment
                    + "' that OpenCms would reject: use only the letters a-z and A-Z, digits and the characters - . _ ~ $"
                    + " (no spaces, no names made only of dots).");
            }
        }
        return vfsPath;
    }
}
