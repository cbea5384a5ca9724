package org.portalkit.notices;

import java.time.ZoneId;

import org.opencms.main.OpenCms;
import org.opencms.module.CmsModule;
import org.portalkit.core.text.DisplayDates;

/**
 * The module's parameters (set in the module's configuration of the workplace, or in the manifest):
 * <ul>
 * <li>{@code timezone}: time zone of the shown dates, default {@code Asia/Ho_Chi_Minh};</li>
 * <li>{@code newDays}: for how many days after its issue date a notice carries the "Mới" (new) badge, default
 * {@value #DEFAULT_NEW_DAYS}, 0 switches the badge off, at most {@value #MAX_NEW_DAYS}.</li>
 * </ul>
 */
final class NoticeSettings {

    /** The module name. */
    static final String MODULE = "org.portalkit.notices";

    /** Default of {@code newDays}. */
    static final int DEFAULT_NEW_DAYS = 7;

    /** Largest {@code newDays}. */
    static final int MAX_NEW_DAYS = 365;

    private NoticeSettings() {
    }

    /** @return the time zone of shown dates */
    static ZoneId zone() {
        return DisplayDates.zoneOr(parameter("timezone"));
    }

    /** @return the days of the "new" badge, {@value #DEFAULT_NEW_DAYS} when the parameter is missing or wrong */
    static int newDays() {
        return newDays(parameter("newDays"));
    }

    /**
     * @param value a parameter value, may be {@code null}
     * @return it as a number of days between 0 and {@value #MAX_NEW_DAYS}, else {@value #DEFAULT_NEW_DAYS}
     */
    static int newDays(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_NEW_DAYS;
        }
        try {
            int days = Integer.parseInt(value.strip());
            return days < 0 || days > MAX_NEW_DAYS ? DEFAULT_NEW_DAYS : days;
        } catch (NumberFormatException e) {
            return DEFAULT_NEW_DAYS;
        }
    }

    private static String parameter(String name) {
        CmsModule module = OpenCms.getModuleManager() == null ? null
            : OpenCms.getModuleManager().getModule(MODULE);
        return module == null ? null : module.getParameter(name);
    }
}
