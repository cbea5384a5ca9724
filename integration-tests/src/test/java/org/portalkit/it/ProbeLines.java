package org.portalkit.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of a probe action that writes one {@code "<key> <value>"} line per fact (for example {@code total 12},
 * {@code page 2/5}, {@code item <path>\t<title>}), as the list and search actions of the fixture's probe do.
 */
final class ProbeLines {

    private final Map<String, List<String>> m_values = new LinkedHashMap<>();
    private final String m_raw;

    private ProbeLines(String raw) {
        m_raw = raw;
        for (String line : raw.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                m_values.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>()).add(line.substring(space + 1));
            }
        }
    }

    /**
     * Posts a probe action with its parameters and reads the answer.
     *
     * @param portal    the running portal
     * @param action    the probe's action
     * @param keyValues further parameters, name and value in turn
     * @return the answer
     */
    static ProbeLines post(RunningPortal portal, String action, String... keyValues) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("action", action);
        for (int i = 0; i < keyValues.length; i += 2) {
            form.put(keyValues[i], keyValues[i + 1]);
        }
        return new ProbeLines(portal.probe(form));
    }

    /** @return the whole answer, for messages */
    String raw() {
        return m_raw;
    }

    /** @return the first value of the key, or {@code fallback} */
    String text(String key, String fallback) {
        List<String> values = m_values.get(key);
        return values == null ? fallback : values.get(0);
    }

    /** @return the first value of the key as a number, or {@code -1} */
    long number(String key) {
        String value = text(key, null);
        return value == null ? -1 : Long.parseLong(value);
    }

    /** @return the current page and the last page of a {@code page <n>/<last>} line ({@code 0, 0} without one) */
    int[] page() {
        String value = text("page", null);
        if (value == null) {
            return new int[] {0, 0};
        }
        String[] parts = value.split("/");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /** @return the values of every line of the key, each split at {@code separator} (a regular expression) */
    List<String[]> rows(String key, String separator) {
        List<String[]> rows = new ArrayList<>();
        for (String value : m_values.getOrDefault(key, List.of())) {
            rows.add(value.split(separator, -1));
        }
        return rows;
    }
}
