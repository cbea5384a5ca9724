package org.portalkit.runtime.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of OpenCms shell commands with their arguments, quoted the way the OpenCms shell reads them.
 */
public final class ShellScript {

    private final List<String> m_lines = new ArrayList<>();

    /**
     * Appends a command.
     *
     * @param command the command name
     * @param args its arguments
     * @return this script
     */
    public ShellScript add(String command, String... args) {
        StringBuilder line = new StringBuilder(command);
        for (String arg : args) {
            if (arg.indexOf('"') >= 0 || arg.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("Shell arguments cannot contain quotes or line breaks: " + arg);
            }
            line.append(" \"").append(arg).append('"');
        }
        m_lines.add(line.toString());
        return this;
    }

    /** @return the command lines */
    public List<String> lines() {
        return List.copyOf(m_lines);
    }

    /** @return the script text, one command a line, ending with {@code exit} */
    public String text() {
        return String.join("\n", m_lines) + "\nexit\n";
    }
}
