package org.portalkit.core.counter;

import java.time.Duration;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.portalkit.core.counter.internal.BatchingCounters;
import org.portalkit.core.counter.internal.JdbcCounterStore;
import org.portalkit.core.counter.internal.OpenCmsPoolConnections;

/**
 * The access point to the counters of the running OpenCms, and factories for other uses.
 *
 * <p>{@link #get()} creates, on first use, {@link Counters} that batch increments in memory and write them every
 * {@value #FLUSH_INTERVAL_SECONDS} seconds into OpenCms's table {@code CMS_COUNTERS} through OpenCms's own connection
 * pool. The last counts are written when OpenCms shuts down: the module action of {@code org.portalkit.core}
 * ({@code CoreModuleAction}) calls {@link #shutdown()} from OpenCms's module shutdown, which runs while the database
 * pool is still open; a JVM shutdown hook does the same if the JVM ends without an OpenCms shutdown.
 *
 * <p>Tests and tools can {@link #install(CloseableCounters)} their own instance, or build separate ones with
 * {@link #create(CounterStore, Duration)} and {@link #jdbcStore(ConnectionSource)}.
 */
public final class CounterService {

    /** Seconds between two flushes of the shared instance. */
    public static final int FLUSH_INTERVAL_SECONDS = 10;

    private static final Log LOG = LogFactory.getLog(CounterService.class);

    private static final Object LOCK = new Object();

    /** Guarded by LOCK. */
    private static CloseableCounters instance;

    /** Guarded by LOCK. */
    private static ViewTracker viewTracker;

    /** Guarded by LOCK. */
    private static SiteVisits siteVisits;

    /** Guarded by LOCK; registered while {@link #instance} was created by {@link #get()}. */
    private static Thread shutdownHook;

    private CounterService() {
    }

    /**
     * @return the shared counters, created on first use (backed by OpenCms's database pool unless
     *         {@link #install(CloseableCounters)} put others in place)
     */
    public static Counters get() {
        synchronized (LOCK) {
            if (instance == null) {
                instance = create(jdbcStore(new OpenCmsPoolConnections()),
                    Duration.ofSeconds(FLUSH_INTERVAL_SECONDS));
                shutdownHook = new Thread(CounterService::shutdownFromHook, "portalkit-counters-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
            return instance;
        }
    }

    /** @return the shared view tracker on top of {@link #get()} */
    public static ViewTracker viewTracker() {
        synchronized (LOCK) {
            if (viewTracker == null) {
                viewTracker = new ViewTracker(get());
            }
            return viewTracker;
        }
    }

    /**
     * @return the shared site visitor counter on top of {@link #get()}; days begin in
     *         {@link org.portalkit.core.text.DisplayDates#DEFAULT_ZONE}
     */
    public static SiteVisits siteVisits() {
        synchronized (LOCK) {
            if (siteVisits == null) {
                siteVisits = new SiteVisits(get(), java.time.Clock.systemUTC(),
                    org.portalkit.core.text.DisplayDates.DEFAULT_ZONE);
            }
            return siteVisits;
        }
    }

    /**
     * Makes {@link #get()} return the given counters (tests, tools). The previous shared instance, if any, is
     * closed (flushed) first.
     *
     * @param counters the counters to share; {@link #shutdown()} closes them
     */
    public static void install(CloseableCounters counters) {
        Objects.requireNonNull(counters, "counters");
        synchronized (LOCK) {
            shutdown();
            instance = counters;
        }
    }

    /**
     * Closes the shared instance (writing what is pending) and forgets it; the next {@link #get()} creates a new one.
     * Called when OpenCms shuts down. Does nothing if there is no shared instance.
     */
    public static void shutdown() {
        synchronized (LOCK) {
            if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down already; the hook runs anyway and finds nothing to do
                }
            }
            shutdownHook = null;
            viewTracker = null;
            siteVisits = null;
            if (instance != null) {
                CloseableCounters closing = instance;
                instance = null;
                closing.close();
            }
        }
    }

    /**
     * @param store         where to store
     * @param flushInterval how often to flush; zero for no timer
     * @return new counters that batch increments and flush them to the store; close them when done
     */
    public static CloseableCounters create(CounterStore store, Duration flushInterval) {
        return new BatchingCounters(store, flushInterval);
    }

    /**
     * @param connections where to get connections
     * @return a store that keeps counters in the table {@code CMS_COUNTERS} of that database
     */
    public static CounterStore jdbcStore(ConnectionSource connections) {
        return new JdbcCounterStore(connections);
    }

    private static void shutdownFromHook() {
        try {
            shutdown();
        } catch (RuntimeException e) {
            LOG.error("Could not write the counters at JVM shutdown", e);
        }
    }
}
