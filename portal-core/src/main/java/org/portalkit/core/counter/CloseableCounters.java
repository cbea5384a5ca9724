package org.portalkit.core.counter;

/**
 * {@link Counters} that own resources (a flush timer) and must be closed: {@link #close()} stops the timer and writes
 * what is pending.
 */
public interface CloseableCounters extends Counters, AutoCloseable {

    /**
     * Stops the periodic flush and flushes one last time. A failure of that last flush is logged, not thrown: the
     * increments stay in memory and a later {@link #flush()} may still write them. Calling it again does nothing.
     * Increments after closing are kept in memory until the next explicit {@link #flush()}.
     */
    @Override
    void close();
}
