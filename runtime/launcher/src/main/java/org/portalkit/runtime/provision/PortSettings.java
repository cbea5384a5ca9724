package org.portalkit.runtime.provision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portalkit.runtime.InstallException;

/**
 * The values in WEB-INF/config that depend on the runtime's ports: the site and workplace server URLs
 * (opencms-sites.xml), the remote shell port (opencms-system.xml) and the 404 export URL
 * (opencms-importexport.xml). These files are written from the templates only on the first provision
 * (OpenCms rewrites them later), so a later port change is applied here, in place, to exactly these
 * values.
 */
public final class PortSettings {

    private static final Pattern SHELL_PORT = Pattern.compile("(<shell-server\\b[^>]{0,200}?\\bport=\")(\\d{1,5})(\")");
    private static final Pattern LOOPBACK_URL = Pattern.compile("(http://127\\.0\\.0\\.1:)(\\d{1,5})\\b");
    // the whole attribute value, in the template's form and in OpenCms' own (<alias server="..." redirect="false"/>)
    private static final Pattern LOCALHOST_URL = Pattern.compile("(http://localhost:)(\\d{1,5})(\")");

    private PortSettings() {
    }

    /**
     * @param configDir WEB-INF/config
     * @return the HTTP port the site configuration names, if it can be read
     */
    public static OptionalInt configuredPort(Path configDir) {
        try {
            Matcher m = Pattern.compile("<site\\b[^>]{0,300}?server=\"http://127\\.0\\.0\\.1:(\\d{1,5})\"")
                .matcher(Files.readString(configDir.resolve("opencms-sites.xml"), StandardCharsets.UTF_8));
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Sets the ports in the configuration.
     *
     * @param configDir WEB-INF/config
     * @param port the HTTP port
     * @param shellPort the remote shell port
     * @return whether any file changed
     * @throws InstallException if a file cannot be read or written
     */
    public static boolean apply(Path configDir, int port, int shellPort) throws InstallException {
        Map<String, String> updated = new LinkedHashMap<>();
        boolean changed = false;
        try {
            for (String name : new String[] {"opencms-sites.xml", "opencms-system.xml", "opencms-importexport.xml"}) {
                Path file = configDir.resolve(name);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String before = Files.readString(file, StandardCharsets.UTF_8);
                String after = replacePorts(before, port, shellPort);
                if (!after.equals(before)) {
                    updated.put(name, after);
                }
            }
            // all files are computed before any is written: a failure leaves the configuration consistent
            for (Map.Entry<String, String> entry : updated.entrySet()) {
                Path file = configDir.resolve(entry.getKey());
                Path temp = file.resolveSibling(entry.getKey() + ".portalkit-tmp");
                Files.writeString(temp, entry.getValue(), StandardCharsets.UTF_8);
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                changed = true;
            }
        } catch (IOException e) {
            throw new InstallException("Cannot set the port in " + configDir + ": " + e.getMessage(), e);
        }
        return changed;
    }

    /**
     * @param xml a configuration file's text
     * @param port the HTTP port
     * @param shellPort the remote shell port
     * @return the text with the port values replaced
     */
    static String replacePorts(String xml, int port, int shellPort) {
        String text = SHELL_PORT.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + shellPort + m.group(3)));
        text = LOOPBACK_URL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + port));
        return LOCALHOST_URL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + port + m.group(3)));
    }
}
