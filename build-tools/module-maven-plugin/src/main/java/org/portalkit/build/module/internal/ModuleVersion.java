package org.portalkit.build.module.internal;

import java.util.regex.Pattern;

/**
 * Turns a Maven project version into an OpenCms module version (one to four dotted numbers, each 0-999).
 */
public final class ModuleVersion {

    private static final String SNAPSHOT_SUFFIX = "-SNAPSHOT";

    private static final Pattern OPENCMS_VERSION = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,3}");

    private ModuleVersion() {
    }

    public static String fromProjectVersion(String projectVersion) throws ModulePackagingException {
        String version = projectVersion == null ? "" : projectVersion.trim();
        if (version.endsWith(SNAPSHOT_SUFFIX)) {
            version = version.substring(0, version.length() - SNAPSHOT_SUFFIX.length());
        }
        return requireValid(version, "project version '" + projectVersion + "'");
    }

    public static String requireValid(String version, String what) throws ModulePackagingException {
        if (version == null || !OPENCMS_VERSION.matcher(version).matches()) {
            throw new ModulePackagingException("Cannot use " + what + " as OpenCms module version: it must be one to four"
                + " dotted numbers between 0 and 999 (a trailing -SNAPSHOT is dropped), e.g. 1.2.0.");
        }
        return version;
    }
}
