package org.portalkit.core.html.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.owasp.html.ElementPolicy;

/**
 * Sets the {@code rel} attribute of a sanitized link: {@code noopener noreferrer} when the link opens a new window
 * ({@code target="_blank"}, the only target the policy keeps), and {@code nofollow} when it leads to another site (an
 * absolute {@code http}/{@code https} or scheme-relative URL). A {@code rel} from the input never reaches this policy
 * (the attribute is not allowed), so the result is fully decided here.
 */
final class LinkRelPolicy implements ElementPolicy {

    static final LinkRelPolicy INSTANCE = new LinkRelPolicy();

    private LinkRelPolicy() {
    }

    @Override
    public String apply(String elementName, List<String> attrs) {
        String href = null;
        boolean hasTarget = false;
        int relIndex = -1;
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            switch (attrs.get(i)) {
                case "href" -> href = attrs.get(i + 1);
                case "target" -> hasTarget = true;
                case "rel" -> relIndex = i;
                default -> {
                    // other attributes are not our concern
                }
            }
        }
        if (relIndex >= 0) {
            attrs.subList(relIndex, relIndex + 2).clear();
        }
        Set<String> rels = new LinkedHashSet<>();
        if (href != null && UrlScheme.isExternalWebUrl(href)) {
            rels.add("nofollow");
        }
        if (hasTarget) {
            rels.add("noopener");
            rels.add("noreferrer");
        }
        if (!rels.isEmpty()) {
            attrs.add("rel");
            attrs.add(String.join(" ", rels));
        }
        return elementName;
    }
}
