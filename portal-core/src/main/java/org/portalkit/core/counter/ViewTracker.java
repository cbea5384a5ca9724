package org.portalkit.core.counter;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.portalkit.core.counter.internal.AddressItemLimit;
import org.portalkit.core.counter.internal.BotDetector;
import org.portalkit.core.counter.internal.RateLimiter;
import org.portalkit.core.counter.internal.RecentViews;
import org.portalkit.core.counter.internal.VisitorIds;
import org.portalkit.core.url.SiteOrigin;

/**
 * Counts page views (news articles now; anything with a counter key later) the way a reader would expect: once per
 * reader and half hour, and not for machines.
 *
 * <p>A view is counted by {@link #record(HttpServletRequest, HttpServletResponse, String, SiteOrigin)} only if all of
 * these hold:
 * <ol>
 * <li>the request is a {@code POST} (a beacon sent by the page's script): a prefetch, a crawler or a link preview
 * fetching the beacon URL with {@code GET}/{@code HEAD} does not count;</li>
 * <li>it comes from a page of the site ({@link SiteOrigin#isFromSite(HttpServletRequest)}: its {@code Origin}, else
 * its {@code Referer}, is exactly one of the site's configured origins), so another site cannot make its readers'
 * browsers count views;</li>
 * <li>the user agent is not a bot ({@link BotDetector}; an empty user agent is a bot);</li>
 * <li>the same visitor (cookie {@value VisitorIds#COOKIE_NAME}, see {@link VisitorIds}; without it, remote address
 * and user agent) has not viewed the same counter within {@link #REPEAT_WINDOW} ({@link RecentViews});</li>
 * <li>neither the remote address nor the visitor has had {@link #MAX_COUNTED_PER_MINUTE} counted views in the current
 * minute ({@link RateLimiter}), so a script loop cannot inflate counts;</li>
 * <li>the remote address has not added {@link #MAX_COUNTED_PER_ADDRESS_AND_ITEM} views to the same counter within
 * {@link #ADDRESS_ITEM_WINDOW} ({@link AddressItemLimit}), whatever visitor cookies and user agents its requests
 * carry: a loop that sends a fresh cookie each time adds at most that many per hour, while the distinct readers of an
 * office behind one NAT address still count, each once, up to that bound.</li>
 * </ol>
 * The remote address is {@code request.getRemoteAddr()}; behind a reverse proxy, let the servlet container put the
 * client address there (Tomcat's {@code RemoteIpValve}), otherwise all readers share the proxy's limit.
 *
 * <p>Thread-safe; use one instance per application ({@link CounterService#viewTracker()}), as it remembers views.
 */
public final class ViewTracker {

    /** How long a visitor's view of a counter is remembered (to the minute: a repeat counts after 30 to 31 min). */
    public static final Duration REPEAT_WINDOW = Duration.ofMinutes(30);

    /** Counted views per remote address and per visitor per minute. */
    public static final int MAX_COUNTED_PER_MINUTE = 60;

    /**
     * Counted views one remote address adds to one counter per {@link #ADDRESS_ITEM_WINDOW} at most (a department's
     * office reading the same article within an hour counts up to 20 readers).
     */
    public static final int MAX_COUNTED_PER_ADDRESS_AND_ITEM = 20;

    /** The window of {@link #MAX_COUNTED_PER_ADDRESS_AND_ITEM}, from the first counted view of an address. */
    public static final Duration ADDRESS_ITEM_WINDOW = Duration.ofHours(1);

    /** How many (address, counter) pairs {@link #MAX_COUNTED_PER_ADDRESS_AND_ITEM} tracks at most. */
    static final int MAX_ADDRESS_ITEM_PAIRS = 200_000;

    /** How many (visitor, counter) pairs are remembered at most. */
    public static final int MAX_REMEMBERED_VIEWS = 500_000;

    /** How many addresses and visitors the rate limit tracks per minute at most. */
    static final int MAX_RATE_LIMITED_SUBJECTS = 100_000;

    private final Counters counters;

    private final RecentViews recentViews;

    private final RateLimiter rateLimiter;

    private final AddressItemLimit addressItemLimit;

    private final VisitorIds visitorIds = new VisitorIds();

    /**
     * @param counters where views are counted
     */
    public ViewTracker(Counters counters) {
        this(counters, Clock.systemUTC());
    }

    /**
     * @param counters where views are counted
     * @param clock    the time source (tests pass a controllable one)
     */
    public ViewTracker(Counters counters, Clock clock) {
        this(counters, clock, MAX_COUNTED_PER_MINUTE, MAX_REMEMBERED_VIEWS);
    }

    /** For tests: other limits. */
    ViewTracker(Counters counters, Clock clock, int maxCountedPerMinute, int maxRememberedViews) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.recentViews = new RecentViews(REPEAT_WINDOW, maxRememberedViews, clock);
        this.rateLimiter = new RateLimiter(maxCountedPerMinute, Duration.ofMinutes(1), MAX_RATE_LIMITED_SUBJECTS, clock);
        this.addressItemLimit = new AddressItemLimit(MAX_COUNTED_PER_ADDRESS_AND_ITEM, ADDRESS_ITEM_WINDOW,
            MAX_ADDRESS_ITEM_PAIRS, clock);
    }

    /**
     * Counts a view if it should count (see the class description) and returns the counter's value. Sets the visitor
     * cookie if the client has none (not for bots, not for requests from other sites).
     *
     * @param request    the beacon request ({@code POST} to count, anything else only reads)
     * @param response   its response, for the visitor cookie; call this before the response is committed
     * @param counterKey the counter, e.g. {@code news.views:<structure id>}
     * @param site       the site the counted page belongs to ({@link SiteOrigin#current}); a request from any other
     *                   origin only reads
     * @return the counter's value, including this view if it was counted
     * @throws IllegalArgumentException if the counter key is not valid
     * @throws CounterStoreException    if the value cannot be read from the database
     */
    public long record(HttpServletRequest request, HttpServletResponse response, String counterKey, SiteOrigin site) {
        CounterKeys.requireValid(counterKey);
        Objects.requireNonNull(site, "site");
        count(request, response, counterKey, site, "POST".equals(request.getMethod()));
        return counters.value(counterKey);
    }

    /**
     * Counts a click on a link that leads through a server endpoint (a banner's click URL), with the rules of
     * {@link #record} except the first: the click is the browser following a link, a {@code GET}.
     * <ol>
     * <li>the request is a {@code GET} or {@code POST} and no prefetch ({@code Sec-Purpose} or {@code Purpose}
     * containing {@code prefetch}, {@code X-Moz: prefetch}, {@code X-Purpose: preview}); {@code HEAD} and other methods
     * never count;</li>
     * <li>it does not come from another site: the same test as {@link #record}
     * ({@link SiteOrigin#isFromSite(HttpServletRequest)}: {@code Sec-Fetch-Site: cross-site} or an {@code Origin} /
     * {@code Referer} of another origin do not count; a request with neither counts, as browsers that were told not
     * to send a referrer send none), so another site cannot make its readers' browsers click the banners;</li>
     * <li>bots, the visitor's repeat window {@link #REPEAT_WINDOW} (per visitor and counter, so a reader who clicks
     * the same banner ten times in half an hour counts once), {@link #MAX_COUNTED_PER_MINUTE} and
     * {@link #MAX_COUNTED_PER_ADDRESS_AND_ITEM} per {@link #ADDRESS_ITEM_WINDOW} exactly as for views (the same
     * memory: use a counter key of its own for clicks, e.g. {@code pk.banner.clicks.<structure id>}).</li>
     * </ol>
     * The caller answers the request (a redirect) whatever this returns; it never reads the counter's value.
     *
     * @param request    the click request
     * @param response   its response, for the visitor cookie; call this before the response is committed
     * @param counterKey the counter, e.g. {@code pk.banner.clicks.<structure id>}
     * @param site       the site the clicked link belongs to
     * @return whether the click was counted
     * @throws IllegalArgumentException if the counter key is not valid
     */
    public boolean recordClick(HttpServletRequest request, HttpServletResponse response, String counterKey,
        SiteOrigin site) {
        CounterKeys.requireValid(counterKey);
        Objects.requireNonNull(site, "site");
        String method = request.getMethod();
        boolean countable = ("GET".equals(method) || "POST".equals(method)) && !isPrefetch(request);
        return count(request, response, counterKey, site, countable);
    }

    /** Whether the request is a browser's prefetch or a link preview rather than somebody following the link. */
    static boolean isPrefetch(HttpServletRequest request) {
        return contains(request.getHeader("Sec-Purpose"), "prefetch") || contains(request.getHeader("Purpose"), "prefetch")
            || contains(request.getHeader("X-Moz"), "prefetch") || contains(request.getHeader("X-Purpose"), "preview");
    }

    private static boolean contains(String header, String word) {
        return header != null && header.toLowerCase(java.util.Locale.ROOT).contains(word);
    }

    /**
     * The rules of the class description after the method test.
     *
     * @param countable whether the request is of a kind that counts (method, no prefetch)
     * @return whether the counter was incremented
     */
    private boolean count(HttpServletRequest request, HttpServletResponse response, String counterKey,
        SiteOrigin site, boolean countable) {
        if (BotDetector.isBot(request.getHeader("User-Agent")) || !site.isFromSite(request)) {
            return false;
        }
        VisitorIds.Visitor visitor = visitorIds.identify(request, response);
        if (countable && recentViews.markIfNew(visitor.key(), counterKey)) {
            String address = request.getRemoteAddr();
            if (addressItemLimit.tryAcquire(address, counterKey)) {
                if (rateLimiter.tryAcquire("address:" + address) && rateLimiter.tryAcquire("visitor:" + visitor.key())) {
                    if (visitor.newKey() != null) {
                        recentViews.markIfNew(visitor.newKey(), counterKey);
                    }
                    counters.increment(counterKey);
                    return true;
                }
                addressItemLimit.release(address, counterKey);
            }
            recentViews.forget(visitor.key(), counterKey);
        }
        return false;
    }
}
