package org.portalkit.banners;

import java.util.function.UnaryOperator;

import org.portalkit.core.url.SafeLink;

/**
 * Where the click endpoint redirects to: the link stored in the banner, checked again with portal-core's
 * {@link SafeLink} (content stored before the rule existed, or imported without validation, never becomes a redirect
 * to somewhere else), a site path turned into the site's link by OpenCms's link substitution. Nothing of the request
 * takes part.
 */
public final class ClickTarget {

    private ClickTarget() {
    }

    /**
     * @param stored   the banner's {@code Link} value, may be {@code null}
     * @param sitePath the link substitution for a site path without query and fragment ({@code /tin-tuc/} →
     *                 {@code /tin-tuc/}, or with a servlet prefix)
     * @return the redirect location, or {@code null} when the banner has no safe link
     */
    public static String location(String stored, UnaryOperator<String> sitePath) {
        SafeLink link = SafeLink.check(stored);
        if (!link.isSafe()) {
            return null;
        }
        if (link.kind() == SafeLink.Kind.ABSOLUTE) {
            return link.link();
        }
        String value = link.link();
        int end = value.length();
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '?' || value.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        String substituted = sitePath.apply(value.substring(0, end));
        if (substituted == null || substituted.isEmpty()) {
            return null;
        }
        String location = substituted + value.substring(end);
        // what the substitution wrote must still be a safe link (a server-relative path or the site's http(s) URL)
        return SafeLink.check(location).isSafe() ? location : null;
    }
}
