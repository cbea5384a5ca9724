package org.portalkit.runtime.provision;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code ${name}} placeholders in a configuration template.
 *
 * <p>Only the names given are replaced. Placeholders that OpenCms itself resolves at runtime (such as
 * {@code ${CONTEXT_NAME}}) are left alone when they are in the allow-list; any other unknown placeholder
 * is an error, so a typo in a template cannot slip through silently.</p>
 */
public final class TemplateRenderer {

    /** Macros resolved by OpenCms at runtime that templates may contain. */
    public static final java.util.Set<String> OPENCMS_MACROS =
        java.util.Set.of("CONTEXT_NAME", "SERVLET_NAME", "opencms.default.encoding");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

    private final Map<String, String> m_values;

    /**
     * @param values the placeholder values
     */
    public TemplateRenderer(Map<String, String> values) {
        m_values = Map.copyOf(values);
    }

    /**
     * @param templateName the template's name, for error messages
     * @param text the template text
     * @return the text with all placeholders filled
     * @throws IllegalArgumentException if a placeholder is neither given nor an OpenCms macro
     */
    public String render(String templateName, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = m_values.get(name);
            if (value == null) {
                if (!OPENCMS_MACROS.contains(name)) {
                    throw new IllegalArgumentException("Template " + templateName + " uses unknown placeholder ${" + name + "}");
                }
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
