package org.portalkit.core.counter;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.portalkit.core.counter.internal.AddressItemLimit;
import org.portalkit.core.counter.internal.BotDetector;
import org.portalkit.core.counter.internal.RateLimiter;
import org.portalkit.core.counter.internal.RecentViews;
import org.portalkit.core.counter.internal.VisitorIds;
import org.portalkit.core.url.SiteOrigin;

/**
 * The visitor counter of a site: the total of visits, the visits of today and the visitors online now.
 *
 * <p>A visit is counted by {@link #record} (the site's visit beacon, sent by the page script from every page that
 * shows the counter, so the count stays right when the HTML comes from a cache) only if
 * <ol>
 * <li>the request is a {@code POST}; anything else only reads;</li>
 * <li>it comes from a page of the site ({@link SiteOrigin#isFromSite(HttpServletRequest)});</li>
 * <li>the user agent is no bot and not empty (the rules of {@link ViewTracker});</li>
 * <li>the same visitor (cookie {@value VisitorIds#COOKIE_NAME}, else address and user agent) has not visited the
 * site within {@link #REPEAT_WINDOW};</li>
 * <li>neither the address nor the visitor has had {@link #MAX_COUNTED_PER_MINUTE} counted visits this minute;</li>
 * <li>the address has not added {@link #MAX_COUNTED_PER_ADDRESS_AND_SITE} visits to the site within
 * {@link #ADDRESS_SITE_WINDOW}, whatever cookies and user agents it sends (a loop with fresh cookies).</li>
 * </ol>
 * A counted visit adds one to the counters {@link #totalKey(String)} and {@link #dayKey(String, LocalDate)} (the day
 * in the zone given to the constructor). A visitor is online while a beacon of a counted visitor (a first visit or
 * a repeat within the window) arrived within {@link #ONLINE_WINDOW}; requests refused by a flood rule never make
 * anybody online. The online visitors are kept in memory only, at most {@link #MAX_ONLINE_PER_SITE} per site.
 *
 * <p>Thread-safe; one instance per application ({@link CounterService#siteVisits()}).
 */
public final class SiteVisits {

    /** One visit per visitor and this time (to the minute, as {@link ViewTracker#REPEAT_WINDOW}). */
    public static final Duration REPEAT_WINDOW = Duration.ofMinutes(30);

    /** A visitor seen within this time is online. */
    public static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);

    /** Counted visits per remote address and per visitor per minute, over all sites. */
    public static final int MAX_COUNTED_PER_MINUTE = 60;

    /** Counted visits one address adds to one site per {@link #ADDRESS_SITE_WINDOW} at most. */
    public static final int MAX_COUNTED_PER_ADDRESS_AND_SITE = 30;

    /** The window of {@link #MAX_COUNTED_PER_ADDRESS_AND_SITE}, from the address's first counted visit. */
    public static final Duration ADDRESS_SITE_WINDOW = Duration.ofHours(1);

    /** How many online visitors are tracked per site at most. */
    public static final int MAX_ONLINE_PER_SITE = 100_000;

    /** Prefix of the total counter of a site. */
    public static final String TOTAL_PREFIX = "pk.site.visits.total.";

    /** Prefix of the daily counters of a site ({@code <prefix><site id>.<yyyy-mm-dd>}). */
    public static final String DAY_PREFIX = "pk.site.visits.day.";

    /** The longest site id (so that the day key stays within {@link CounterKeys#MAX_LENGTH}). */
    static final int MAX_SITE_ID_LENGTH = 150;

    static final int MAX_REMEMBERED_VISITS = 500_000;

    static final int MAX_RATE_LIMITED_SUBJECTS = 100_000;

    static final int MAX_ADDRESS_SITE_PAIRS = 100_000;

    /** The numbers of a site's counter. */
    public record Numbers(long total, long today, long online) {
    }

    private final Counters counters;
    private final Clock clock;
    private final ZoneId zone;
    private final RecentViews recentVisits;
    private final RateLimiter rateLimiter;
    private final AddressItemLimit addressSiteLimit;
    private final VisitorIds visitorIds = new VisitorIds();

    /** Online visitors per site id (site ids come from OpenCms's site configuration, so they are few). */
    private final Map<String, Cache<String, Boolean>> online = new ConcurrentHashMap<>();

    /** The cookie key a visitor without cookie (address key) was given, so that it is online once. */
    private final Cache<String, String> aliases;

    /** Start values already applied in this JVM, per site id. */
    private final Map<String, Long> appliedStarts = new ConcurrentHashMap<>();

    /**
     * @param counters where visits are counted
     * @param clock    the time source (tests pass a controllable one)
     * @param zone     the zone in which a day begins
     */
    public SiteVisits(Counters counters, Clock clock, ZoneId zone) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.recentVisits = new RecentViews(REPEAT_WINDOW, MAX_REMEMBERED_VISITS, clock);
        this.rateLimiter = new RateLimiter(MAX_COUNTED_PER_MINUTE, Duration.ofMinutes(1), MAX_RATE_LIMITED_SUBJECTS,
            clock);
        this.addressSiteLimit = new AddressItemLimit(MAX_COUNTED_PER_ADDRESS_AND_SITE, ADDRESS_SITE_WINDOW,
            MAX_ADDRESS_SITE_PAIRS, clock);
        this.aliases = Caffeine.newBuilder().expireAfterAccess(ONLINE_WINDOW).maximumSize(MAX_ONLINE_PER_SITE)
            .ticker(this::nanos).executor(Runnable::run).build();
    }

    /**
     * The id of a site in counter keys: the site root without {@code /sites/}, {@code /} as {@code .}, other
     * characters that keys cannot have as {@code _}, lower case, at most {@value #MAX_SITE_ID_LENGTH} characters;
     * {@code root} for the root site.
     *
     * @param siteRoot a site root, e.g. {@code /sites/default}
     * @return e.g. {@code default}
     */
    public static String siteId(String siteRoot) {
        String path = siteRoot == null ? "" : siteRoot.strip();
        if (path.startsWith("/sites/")) {
            path = path.substring("/sites/".length());
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return "root";
        }
        StringBuilder id = new StringBuilder();
        for (char c : path.toLowerCase(Locale.ROOT).toCharArray()) {
            id.append(c == '/' ? '.' : CounterKeys.isAllowed(c) ? c : '_');
            if (id.length() == MAX_SITE_ID_LENGTH) {
                break;
            }
        }
        return id.toString();
    }

    /** @return the counter of all visits of a site */
    public static String totalKey(String siteId) {
        return CounterKeys.requireValid(TOTAL_PREFIX + siteId);
    }

    /** @return the counter of a site's visits on a day */
    public static String dayKey(String siteId, LocalDate day) {
        return CounterKeys.requireValid(DAY_PREFIX + siteId + "." + day);
    }

    /** @return today in the zone of this counter */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Counts a visit if it should count (see the class description) and returns the site's numbers. Sets the
     * visitor cookie if a counted {@code POST} has none.
     *
     * @param request  the beacon request ({@code POST} to count, anything else only reads)
     * @param response its response, for the visitor cookie; call this before the response is committed
     * @param siteId   the site ({@link #siteId(String)})
     * @param site     the site's origins; a request from any other origin only reads
     * @return the numbers, including this visit if it was counted
     * @throws CounterStoreException if the counters cannot be read
     */
    public Numbers record(HttpServletRequest request, HttpServletResponse response, String siteId, SiteOrigin site) {
        String totalKey = totalKey(siteId);
        Objects.requireNonNull(site, "site");
        if ("POST".equals(request.getMethod()) && !BotDetector.isBot(request.getHeader("User-Agent"))
            && site.isFromSite(request)) {
            count(request, response, siteId, totalKey);
        }
        return read(siteId);
    }

    private void count(HttpServletRequest request, HttpServletResponse response, String siteId, String totalKey) {
        VisitorIds.Visitor visitor = visitorIds.identify(request, response);
        if (!recentVisits.markIfNew(visitor.key(), totalKey)) {
            seen(siteId, visitor);
            return;
        }
        String address = request.getRemoteAddr();
        if (addressSiteLimit.tryAcquire(address, totalKey)) {
            if (rateLimiter.tryAcquire("address:" + address) && rateLimiter.tryAcquire("visitor:" + visitor.key())) {
                if (visitor.newKey() != null) {
                    recentVisits.markIfNew(visitor.newKey(), totalKey);
                }
                counters.increment(totalKey);
                counters.increment(dayKey(siteId, today()));
                seen(siteId, visitor);
                return;
            }
            addressSiteLimit.release(address, totalKey);
        }
        recentVisits.forget(visitor.key(), totalKey);
    }

    /** Marks a counted visitor online, once whether or not the client keeps the cookie. */
    private void seen(String siteId, VisitorIds.Visitor visitor) {
        String key = aliases.getIfPresent(visitor.key());
        if (key == null) {
            key = visitor.key();
            if (visitor.newKey() != null) {
                aliases.put(visitor.key(), visitor.newKey());
                key = visitor.newKey();
            }
        }
        onlineOf(siteId).put(key, Boolean.TRUE);
    }

    private Cache<String, Boolean> onlineOf(String siteId) {
        return online.computeIfAbsent(siteId, id -> Caffeine.newBuilder().expireAfterWrite(ONLINE_WINDOW)
            .maximumSize(MAX_ONLINE_PER_SITE).ticker(this::nanos).executor(Runnable::run).build());
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }

    /**
     * @param siteId the site
     * @return the visitors seen within {@link #ONLINE_WINDOW}
     */
    public long online(String siteId) {
        Cache<String, Boolean> visitors = online.get(siteId);
        if (visitors == null) {
            return 0;
        }
        visitors.cleanUp();
        return visitors.estimatedSize();
    }

    /**
     * @param siteId the site
     * @return its numbers now
     * @throws CounterStoreException if the counters cannot be read
     */
    public Numbers read(String siteId) {
        return new Numbers(counters.value(totalKey(siteId)), counters.value(dayKey(siteId, today())), online(siteId));
    }

    /**
     * Imports the total a migrated site had ({@link Counters#setStartValue}: the stored total becomes {@code start}
     * unless it is higher already). Writes the database only the first time a value is applied to a site in this
     * JVM, so it can be called on every request.
     *
     * @param siteId the site
     * @param start  the start value; 0 or less does nothing
     * @throws IllegalArgumentException if it is larger than the store allows
     * @throws CounterStoreException    if the database cannot be written (it is tried again next time)
     */
    public void applyStartValue(String siteId, long start) {
        if (start <= 0 || Long.valueOf(start).equals(appliedStarts.get(siteId))) {
            return;
        }
        counters.setStartValue(totalKey(siteId), start);
        appliedStarts.put(siteId, start);
    }
}
