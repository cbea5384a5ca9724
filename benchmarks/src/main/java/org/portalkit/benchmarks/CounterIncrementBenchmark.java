package org.portalkit.benchmarks;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.portalkit.core.counter.CloseableCounters;
import org.portalkit.core.counter.CounterService;

/**
 * Increments per second of the batching counters ({@code CounterService.create}, the implementation behind
 * {@code CounterService.get()}) with 1, 4 and 64 threads, on one hot key or spread over 10,000 keys. The counters
 * flush every 10 s, as in production, into an in-memory HSQLDB {@code CMS_COUNTERS}.
 *
 * <p>Every iteration starts with a fresh database and ends with a check: after closing (the final flush) the sum of
 * all counters in the table must equal the number of increments the threads made in that iteration, otherwise the
 * run fails. Iterations are 5 s so that even the hot key stays below the {@code INT} maximum of the column.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CounterIncrementBenchmark {

    /** 1 = every thread increments the same key; 10000 = each increment picks one of 10,000 keys at random. */
    @Param({"1", "10000"})
    public int keys;

    private String[] keyNames;

    private final List<Caller> callers = new CopyOnWriteArrayList<>();

    private CountersTable table;

    private CloseableCounters counters;

    private long baseline;

    /** One benchmark thread: picks keys and counts its own increments. */
    @State(Scope.Thread)
    public static class Caller {

        long increments;

        private String[] names;

        private long seed;

        /**
         * @param benchmark the shared state, to register with
         */
        @Setup(Level.Trial)
        public void register(CounterIncrementBenchmark benchmark) {
            names = benchmark.keyNames;
            seed = ThreadLocalRandom.current().nextLong() | 1;
            benchmark.callers.add(this);
        }

        String nextKey() {
            if (names.length == 1) {
                return names[0];
            }
            // xorshift64: cheap, no shared state
            seed ^= seed << 13;
            seed ^= seed >>> 7;
            seed ^= seed << 17;
            return names[(int) ((seed >>> 1) % names.length)];
        }
    }

    /** Builds the key names, like news view counters with structure ids. */
    @Setup(Level.Trial)
    public void keyNames() {
        keyNames = new String[keys];
        for (int i = 0; i < keys; i++) {
            keyNames[i] = String.format("news.views:00000000-0000-0000-0000-%012d", i);
        }
    }

    /** A fresh database and counters for each iteration. */
    @Setup(Level.Iteration)
    public void start() {
        table = new CountersTable();
        counters = CounterService.create(CounterService.jdbcStore(table),
            Duration.ofSeconds(CounterService.FLUSH_INTERVAL_SECONDS));
        baseline = madeSoFar();
    }

    /**
     * Closes the counters (final flush) and checks that no increment was lost.
     *
     * @throws SQLException if the check cannot read the table
     */
    @TearDown(Level.Iteration)
    public void verifyNoneLost() throws SQLException {
        counters.close();
        long made = madeSoFar() - baseline;
        long[] rowsAndSum = table.rowsAndSum();
        table.close();
        if (rowsAndSum[1] != made) {
            throw new IllegalStateException("Lost increments: made " + made + ", stored " + rowsAndSum[1]);
        }
        System.out.println("\n  verified: " + made + " increments made, " + rowsAndSum[1] + " stored in "
            + rowsAndSum[0] + " row(s), none lost");
    }

    private long madeSoFar() {
        long sum = 0;
        for (Caller caller : callers) {
            sum += caller.increments;
        }
        return sum;
    }

    /**
     * @param caller the thread's state
     */
    @Benchmark
    @Threads(1)
    public void threads1(Caller caller) {
        increment(caller);
    }

    /**
     * @param caller the thread's state
     */
    @Benchmark
    @Threads(4)
    public void threads4(Caller caller) {
        increment(caller);
    }

    /**
     * @param caller the thread's state
     */
    @Benchmark
    @Threads(64)
    public void threads64(Caller caller) {
        increment(caller);
    }

    private void increment(Caller caller) {
        counters.increment(caller.nextKey());
        caller.increments++;
    }
}
