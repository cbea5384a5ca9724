package org.portalkit.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding check every PortalKit module runs on its JSPs and tag files (shared through portal-core's test jar):
 * every EL expression written into the page is an attribute of a tag that encodes or writes nothing (JSTL
 * {@code c:}, OpenCms {@code cms:}, portal-core's {@code pkc:} (pkc:frame), or the module's own tag prefix, whose tag files encode typed attributes), or is
 * wrapped in {@code fn:escapeXml}, or is one of the module's few values that are safe by construction (named by the
 * module's test, each with its reason); and every {@code <%= … %>} stands inside such a tag's attribute.
 */
public final class JspEncodingCheck {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");

    private final Set<String> m_safe;
    private final List<String> m_tagPrefixes;

    /**
     * @param safe      expressions that are safe by construction, e.g. {@code ${' '}}
     * @param tagPrefix the module's own tag prefix, e.g. {@code pkn}
     */
    public JspEncodingCheck(Set<String> safe, String tagPrefix) {
        m_safe = Set.copyOf(safe);
        m_tagPrefixes = List.of("<c:", "<cms:", "<pkc:", "<" + tagPrefix + ":");
    }

    /**
     * @param folder a module's VFS folder
     * @param suffix {@code .jsp} or {@code .tag}
     * @return the files below it, sorted
     */
    public static List<Path> files(Path folder, String suffix) {
        return ModuleFiles.files(folder, suffix);
    }

    /**
     * @param files JSPs and tag files
     * @return one line {@code file: expression} per value written unencoded, and per {@code <%=} outside a tag
     *         attribute; empty when all is well
     */
    public List<String> violations(List<Path> files) {
        List<String> violations = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher m = EXPRESSION.matcher(text);
            while (m.find()) {
                String expression = m.group();
                if (!m_safe.contains(expression) && !expression.startsWith("${fn:escapeXml(")
                    && !insideTag(text, m.start())) {
                    violations.add(file.getFileName() + ": " + expression);
                }
            }
            for (int at = text.indexOf("<%="); at >= 0; at = text.indexOf("<%=", at + 1)) {
                if (!insideTag(text, at)) {
                    violations.add(file.getFileName() + ": <%= outside a tag attribute");
                }
            }
        }
        return violations;
    }

    /** Whether the position lies inside the start tag of an encoding tag (skipping scriptlets on the way back). */
    boolean insideTag(String text, int position) {
        int open = text.lastIndexOf('<', position - 1);
        while (open >= 0 && text.startsWith("<%", open)) {
            open = text.lastIndexOf('<', open - 1);
        }
        if (open < 0) {
            return false;
        }
        int start = open;
        if (m_tagPrefixes.stream().noneMatch(prefix -> text.startsWith(prefix, start))) {
            return false;
        }
        String between = text.substring(open, position);
        return between.indexOf('>') < 0 || between.lastIndexOf('>') < between.lastIndexOf("%>") + 2
            && !between.substring(between.lastIndexOf("%>") + 2).contains(">");
    }
}
