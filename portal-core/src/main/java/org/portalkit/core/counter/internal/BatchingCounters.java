package org.portalkit.core.counter.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.portalkit.core.counter.CloseableCounters;
import org.portalkit.core.counter.CounterKeys;
import org.portalkit.core.counter.CounterStore;
import org.portalkit.core.counter.CounterValue;
import org.portalkit.core.counter.Counters;

/**
 * {@link Counters} that count in memory and write to a {@link CounterStore} in batches.
 *
 * <ul>
 * <li>{@link #increment(String)} is lock-free and never touches the database ({@link PendingDeltas}).</li>
 * <li>A daemon thread flushes every {@code flushInterval} (default {@link #DEFAULT_FLUSH_INTERVAL}); {@link #close()}
 * flushes a last time.</li>
 * <li>A flush writes all pending deltas in one {@link CounterStore#add(Map)} call. If that fails, the deltas are
 * added back to the pending ones, so nothing is lost and the next flush tries again.</li>
 * <li>{@link #value(String)} and {@link #top(String, int)} combine the stored values with the pending deltas. They
 * hold a read lock and a flush holds the write lock while it moves deltas from memory to the store, so a reader
 * never sees a delta twice or not at all.</li>
 * </ul>
 */
public final class BatchingCounters implements CloseableCounters {

    /** How often the pending increments are written when nothing else is said. */
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(10);

    private static final Log LOG = LogFactory.getLog(BatchingCounters.class);

    private static final Comparator<CounterValue> HIGHEST_FIRST =
        Comparator.comparingLong(CounterValue::value).reversed().thenComparing(CounterValue::key);

    private final CounterStore store;

    private final PendingDeltas pending = new PendingDeltas();

    private final ReentrantReadWriteLock flushLock = new ReentrantReadWriteLock();

    private final ScheduledExecutorService timer;

    private volatile boolean closed;

    private int failedFlushesInARow;

    /**
     * @param store         where the counts are stored
     * @param flushInterval how often to flush; zero or negative for no timer (only explicit {@link #flush()} and
     *                      {@link #close()})
     */
    public BatchingCounters(CounterStore store, Duration flushInterval) {
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(flushInterval, "flushInterval");
        if (flushInterval.isZero() || flushInterval.isNegative()) {
            timer = null;
        } else {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "portalkit-counters-flush");
                thread.setDaemon(true);
                return thread;
            });
            long millis = Math.max(1, flushInterval.toMillis());
            timer.scheduleWithFixedDelay(this::flushFromTimer, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void increment(String key) {
        pending.add(CounterKeys.requireValid(key), 1);
    }

    @Override
    public long value(String key) {
        CounterKeys.requireValid(key);
        flushLock.readLock().lock();
        try {
            return store.read(key) + pending.get(key);
        } finally {
            flushLock.readLock().unlock();
        }
    }

    @Override
    public void setStartValue(String key, long value) {
        CounterKeys.requireValid(key);
        if (value < 0) {
            throw new IllegalArgumentException("A start value must not be negative: " + value);
        }
        flushLock.writeLock().lock();
        try {
            store.raiseTo(key, value);
        } finally {
            flushLock.writeLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Exact: the store's top {@code limit} plus every counter with pending increments under the prefix (with its
     * stored value) are merged; a counter outside both groups cannot beat the store's {@code limit}-th entry.
     */
    @Override
    public List<CounterValue> top(String keyPrefix, int limit) {
        CounterKeys.requireValidPrefix(keyPrefix);
        int capped = Math.min(limit, MAX_TOP);
        if (capped <= 0) {
            return List.of();
        }
        flushLock.readLock().lock();
        try {
            Map<String, Long> totals = new HashMap<>();
            for (CounterValue stored : store.top(keyPrefix, capped)) {
                totals.put(stored.key(), stored.value());
            }
            Map<String, Long> pendingDeltas = pending.withPrefix(keyPrefix);
            List<String> notInStoredTop = new ArrayList<>();
            for (String key : pendingDeltas.keySet()) {
                if (!totals.containsKey(key)) {
                    notInStoredTop.add(key);
                }
            }
            if (!notInStoredTop.isEmpty()) {
                totals.putAll(store.read(notInStoredTop));
            }
            pendingDeltas.forEach((key, delta) -> totals.merge(key, delta, Long::sum));
            return totals.entrySet().stream()
                .map(entry -> new CounterValue(entry.getKey(), entry.getValue()))
                .sorted(HIGHEST_FIRST)
                .limit(capped)
                .toList();
        } finally {
            flushLock.readLock().unlock();
        }
    }

    @Override
    public void flush() {
        flushLock.writeLock().lock();
        try {
            Map<String, Long> deltas = pending.drain();
            if (deltas.isEmpty()) {
                return;
            }
            try {
                store.add(deltas);
            } catch (RuntimeException | Error e) {
                deltas.forEach(pending::add);
                throw e;
            }
        } finally {
            flushLock.writeLock().unlock();
        }
    }

    /** @return how many counters have increments that are not yet written (an estimate under concurrent use) */
    public int pendingCounters() {
        return pending.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (timer != null) {
            timer.shutdown();
            try {
                if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("The counter flush timer did not stop within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error("Could not write the pending counts of " + pending.size()
                + " counter(s) when closing; they are lost unless flush() is called again", e);
        }
    }

    /** The timer's task: flushes, logs failures and never throws (a throwing task would stop the timer). */
    private void flushFromTimer() {
        try {
            flush();
            if (failedFlushesInARow > 0) {
                LOG.info("Counters are written again after " + failedFlushesInARow + " failed flush(es)");
            }
            failedFlushesInARow = 0;
        } catch (RuntimeException e) {
            failedFlushesInARow++;
            if (failedFlushesInARow == 1) {
                LOG.error("Could not write the counters; the counts stay in memory and are retried", e);
            } else {
                LOG.warn("Could not write the counters (" + failedFlushesInARow + " failures in a row, "
                    + pending.size() + " counters pending): " + e);
            }
        }
    }
}
