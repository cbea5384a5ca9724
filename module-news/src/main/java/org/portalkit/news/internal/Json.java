package org.portalkit.news.internal;

import java.util.List;
import java.util.Map;

import org.portalkit.core.html.Encode;

/**
 * Writes maps, lists, strings, numbers and booleans as JSON. Strings go through {@link Encode#json(String)}, so the
 * result may be placed inside an HTML {@code <script>} element as it is ({@code <}, {@code >}, {@code &}, {@code /}
 * and the line separators are escaped).
 */
public final class Json {

    private Json() {
    }

    /**
     * @param value a {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code Number}, {@code Boolean} or
     *              {@code null}, nested as deep as needed
     * @return the JSON text
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(512);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append(Encode.json(s));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(Encode.json(String.valueOf(entry.getKey()))).append(':');
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
        }
    }
}
