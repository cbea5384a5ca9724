package org.portalkit.build.module.internal;

import java.util.Locale;

/**
 * An OpenCms export point: on publish, the VFS folder {@code uri} is written to {@code destination} in the web
 * application (e.g. {@code /system/modules/x/lib/} to {@code WEB-INF/lib/}, or a module's {@code tags/} folder to
 * {@code WEB-INF/tags/<name>/}, where JSPs find the tag files with {@code tagdir="/WEB-INF/tags/<name>"}).
 */
public record ExportPointSpec(String uri, String destination) {

    /**
     * An export point from the pom, checked so that a mistake fails the build instead of silently exporting nothing
     * (or writing somewhere it must not) on publish.
     *
     * @param uri         a VFS folder: a root path with a leading and a trailing {@code /}, e.g.
     *                    {@code /system/modules/org.portalkit.news/tags/}
     * @param destination a folder of the web application, relative to it, with a trailing {@code /}, e.g.
     *                    {@code WEB-INF/tags/portalkit-news/}; neither {@code WEB-INF/} itself nor
     *                    {@code WEB-INF/config/} (OpenCms' own configuration)
     * @return the export point
     * @throws ModulePackagingException if a part is malformed
     */
    public static ExportPointSpec checked(String uri, String destination) throws ModulePackagingException {
        if (uri == null || destination == null) {
            throw new ModulePackagingException("Every <exportPoint> needs a <uri> and a <destination>.");
        }
        String u = uri.strip();
        String d = destination.strip();
        if (!u.startsWith("/") || !u.endsWith("/") || u.length() < 2 || !cleanSegments(u.substring(1))) {
            throw new ModulePackagingException("The exportPoint uri '" + uri + "' is no VFS folder: it needs a leading"
                + " and a trailing '/' (e.g. /system/modules/<moduleName>/tags/), and no empty, '.' or '..' segments.");
        }
        if (d.startsWith("/") || !d.endsWith("/") || !cleanSegments(d)) {
            throw new ModulePackagingException("The exportPoint destination '" + destination + "' is no folder of the"
                + " web application: it is relative to it, without a leading '/', with a trailing '/' (e.g."
                + " WEB-INF/tags/<name>/), and without empty, '.' or '..' segments.");
        }
        String lower = d.toLowerCase(Locale.ROOT);
        if (lower.equals("web-inf/") || lower.startsWith("web-inf/config/")) {
            throw new ModulePackagingException("The exportPoint destination '" + destination + "' would let publishing"
                + " overwrite " + (lower.equals("web-inf/") ? "the whole WEB-INF folder" : "OpenCms' configuration")
                + "; export into a folder of its own, e.g. WEB-INF/tags/<name>/.");
        }
        return new ExportPointSpec(u, d);
    }

    /** @param path {@code a/b/}: segments separated by and ending with {@code /} */
    private static boolean cleanSegments(String path) {
        String[] segments = path.substring(0, path.length() - 1).split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '\\' || c == ':' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                    return false;
                }
            }
        }
        return true;
    }
}
