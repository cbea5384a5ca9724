package org.portalkit.build.module.internal;

import java.util.regex.Pattern;

/**
 * A glob over VFS paths without leading slash: {@code **} matches any number of folders, {@code *} any characters
 * within one name, {@code ?} one character within a name. {@code **}{@code /x} also matches {@code x} at the top.
 */
public final class PathGlob {

    private final String glob;

    private final Pattern regex;

    private PathGlob(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    public static PathGlob compile(String glob) {
        String normalized = glob.startsWith("/") ? glob.substring(1) : glob;
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < normalized.length()) {
            char c = normalized.charAt(i);
            if (normalized.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (normalized.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return new PathGlob(glob, Pattern.compile(regex.toString()));
    }

    public boolean matches(String vfsPath) {
        return regex.matcher(vfsPath).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
