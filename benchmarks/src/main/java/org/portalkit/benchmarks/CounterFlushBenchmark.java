package org.portalkit.benchmarks;

import java.sql.SQLException;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.Warmup;
import org.portalkit.core.counter.CloseableCounters;
import org.portalkit.core.counter.CounterService;

/**
 * Time of one flush of 10,000 dirty counters into an in-memory HSQLDB {@code CMS_COUNTERS}:
 * <ul>
 * <li>{@code update}: the rows exist (the steady state): one JDBC batch of 10,000 {@code UPDATE}s in one
 * transaction;</li>
 * <li>{@code insert}: a fresh table (the first flush after new content): the {@code UPDATE} batch finds nothing,
 * then the missing rows are looked up ({@code IN} lists of 100) and inserted in batches.</li>
 * </ul>
 * The increments themselves happen in the untimed per-invocation setup; each invocation's result is checked.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CounterFlushBenchmark {

    /** How many counters are dirty at each flush. */
    @Param({"10000"})
    public int dirtyKeys;

    /** {@code update}: the rows exist; {@code insert}: they do not. */
    @Param({"update", "insert"})
    public String rows;

    private String[] keyNames;

    private CountersTable table;

    private CloseableCounters counters;

    private long flushes;

    /** Key names and, for {@code update}, the table with all rows. */
    @Setup(Level.Trial)
    public void prepare() {
        keyNames = new String[dirtyKeys];
        for (int i = 0; i < dirtyKeys; i++) {
            keyNames[i] = String.format("news.views:00000000-0000-0000-0000-%012d", i);
        }
        if ("update".equals(rows)) {
            open();
            dirtyAll();
            counters.flush();
        }
    }

    /** Makes every key dirty (a fresh table first for {@code insert}). */
    @Setup(Level.Invocation)
    public void dirty() {
        if ("insert".equals(rows)) {
            open();
        }
        dirtyAll();
    }

    /** The measured operation. */
    @Benchmark
    public void flush() {
        counters.flush();
        flushes++;
    }

    /**
     * Checks the table after each {@code insert} flush.
     *
     * @throws SQLException if the table cannot be read
     */
    @TearDown(Level.Invocation)
    public void checkInsert() throws SQLException {
        if ("insert".equals(rows)) {
            expect(1);
            closeTable();
        }
    }

    /**
     * Checks the table after all {@code update} flushes.
     *
     * @throws SQLException if the table cannot be read
     */
    @TearDown(Level.Trial)
    public void checkUpdate() throws SQLException {
        if ("update".equals(rows)) {
            expect(flushes + 1);
            closeTable();
        }
    }

    private void open() {
        table = new CountersTable();
        counters = CounterService.create(CounterService.jdbcStore(table), Duration.ZERO);
    }

    private void dirtyAll() {
        for (String key : keyNames) {
            counters.increment(key);
        }
    }

    private void expect(long perKey) throws SQLException {
        long[] rowsAndSum = table.rowsAndSum();
        if (rowsAndSum[0] != dirtyKeys || rowsAndSum[1] != perKey * dirtyKeys) {
            throw new IllegalStateException("Expected " + dirtyKeys + " rows with " + perKey + " each, found "
                + rowsAndSum[0] + " rows with a sum of " + rowsAndSum[1]);
        }
    }

    private void closeTable() throws SQLException {
        counters.close();
        table.close();
    }
}
