package org.portalkit.core.counter.internal;

import java.util.List;
import java.util.Locale;

/**
 * Tells automated clients from people by the {@code User-Agent} header, so that their requests are not counted as
 * views. A client is a bot if its user agent is missing or blank, or contains one of {@link #PATTERNS}, compared
 * case-insensitively.
 *
 * <p>Choices:
 * <ul>
 * <li>{@code headlesschrome}: headless Chrome/Chromium is used by scrapers, pre-renderers and monitoring, and by
 * PortalKit's own page tests (Chromium with {@code --headless=new} still sends {@code HeadlessChrome/...}). Real
 * readers never use it, so it is a bot: page tests do not inflate the demo counters. A test that wants to check
 * counting must send a normal browser user agent (Chromium's {@code --user-agent=...}) or POST with an HTTP
 * client and such a header.</li>
 * <li>The generic HTTP libraries ({@code curl}, {@code wget}, {@code python-requests}, {@code java}, &hellip;) are
 * bots: no person reads news with them.</li>
 * <li>The Vietnamese browser Cốc Cốc ({@code coccoc}) is <em>not</em> matched; its crawler is, by {@code bot}
 * ({@code coccocbot}).</li>
 * <li>Known false positive: phones of the brand Cubot ({@code CUBOT} in the user agent) match {@code bot}. Rare, and
 * it only means their views are not counted.</li>
 * </ul>
 * This is not a defence against a deliberate fake; {@code ViewTracker}'s rate limit is.
 */
public final class BotDetector {

    /** Lower-case substrings that mark a user agent as automated. */
    public static final List<String> PATTERNS = List.of(
        "bot", "crawl", "spider", "slurp", "facebookexternalhit", "headlesschrome", "phantomjs", "lighthouse",
        "curl", "wget", "python-requests", "python-urllib", "aiohttp", "httpclient", "okhttp", "go-http-client",
        "java/", "java-http-client", "libwww", "scrapy", "node-fetch", "axios", "preview", "monitor", "pingdom");

    private BotDetector() {
    }

    /**
     * @param userAgent the {@code User-Agent} header, may be {@code null}
     * @return whether the client is automated
     */
    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String lowerCase = userAgent.toLowerCase(Locale.ROOT);
        for (String pattern : PATTERNS) {
            if (lowerCase.contains(pattern)) {
                return true;
            }
        }
        return false;
    }
}
