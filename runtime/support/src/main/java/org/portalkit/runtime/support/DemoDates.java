package org.portalkit.runtime.support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of demo content relative to the day it is seeded: {@code ${now-3d}} in a demo XML content becomes the epoch
 * milliseconds of three days before now (to the minute), {@code ${now+10d}} ten days after, {@code ${now}} now. So
 * a freshly installed demo has notices that are new, deadlines still to come and expiries already passed, whenever
 * it is installed.
 */
public final class DemoDates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{now(?:([+-])(\\d{1,4})([dh]))?\\}");

    private DemoDates() {
    }

    /**
     * @param text a demo file's text
     * @param now  the seeding time
     * @return the text with every placeholder replaced; other text unchanged
     */
    public static String resolve(String text, Instant now) {
        if (text.indexOf("${now") < 0) {
            return text;
        }
        Instant base = now.truncatedTo(ChronoUnit.MINUTES);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Instant at = base;
            if (m.group(1) != null) {
                long amount = Long.parseLong(m.group(2));
                Duration step = "d".equals(m.group(3)) ? Duration.ofDays(amount) : Duration.ofHours(amount);
                at = "+".equals(m.group(1)) ? base.plus(step) : base.minus(step);
            }
            m.appendReplacement(out, Long.toString(at.toEpochMilli()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
