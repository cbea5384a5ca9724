package org.portalkit.runtime.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Prints the phases of {@code ./install} and, while a phase takes long, that it is still working.
 *
 * <p>Each phase is a {@link Step}: {@link #start} prints {@code [phase] detail} at once, {@link Step#done}
 * prints {@code   result (3.4 s)}. A step that runs longer than about 2 s shows its elapsed time (and an
 * optional status such as the module being imported):
 * <ul>
 * <li>live (a terminal): one line, {@code   ⠋ 12 s  importing org.portalkit.news}, rewritten in place a few
 * times a second and erased before any other output and when the step ends;</li>
 * <li>otherwise (a file, a pipe, CI): nothing is rewritten; a plain line {@code   … 10 s} (plus the status) every
 * 10 s, so that logs stay readable.</li>
 * </ul>
 *
 * <p>While a step runs, its output must go through {@link Step#line} (not straight to the stream), so that it is
 * never mixed into the live line. Steps do not nest: starting a step ends the ticking of one still running.
 * All printing is synchronized on this object; a daemon thread does the ticking and ends when no step runs.
 *
 * <p>Hand-written rather than me.tongfei:progressbar 0.10.1 (which resolves from Maven Central): without a
 * terminal that library still rewrites its bar with '\r' and colour codes into the log, its indeterminate
 * bar shows meaningless "? %" and "0/?" counters, it cannot share the stream with other lines, and it would
 * add jline-terminal and jline-native (about 450 kB, plus a hold on the process' terminal) for one status line.
 */
public final class Progress {

    /** How often the ticker wakes up by default. */
    static final long DEFAULT_TICK_MILLIS = 250;

    /** A step shows its live line once it has run this long. */
    static final long LIVE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** Without a terminal, a step prints a plain line each time this much more time has passed. */
    static final long PLAIN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Carriage return and clear to the end of the line. */
    static final String ERASE = "\r\u001B[K";

    private static final String SPINNER_UNICODE = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private static final String SPINNER_ASCII = "|/-\\";

    private final PrintStream m_out;
    private final boolean m_live;
    private final boolean m_unicode;
    private final int m_width;
    private final LongSupplier m_clock;
    private final long m_tickMillis;

    /** The ticker thread; created on first use, its thread ends when idle. Guarded by this. */
    private ScheduledThreadPoolExecutor m_ticker;

    /** The step that owns the ticker and the live line, or null. Guarded by this. */
    private StepImpl m_current;

    /** A step of the installer. */
    public interface Step extends AutoCloseable {

        /**
         * Prints {@code   text} as a line of its own (erasing the live line first and drawing it again after).
         *
         * @param text the line
         */
        void line(String text);

        /**
         * Sets a short status shown with the elapsed time, e.g. {@code importing org.portalkit.news}.
         *
         * @param text the status, or null for none
         */
        void status(String text);

        /**
         * Ends the step: stops ticking and prints {@code   result (3.4 s)}.
         *
         * @param result what the step achieved, e.g. {@code provisioned}
         */
        void done(String result);

        /** Ends the step without a result line (the caller reports the error); stops ticking. */
        void fail();

        /** {@link #fail()} unless {@link #done} or {@link #fail} was called. */
        @Override
        void close();
    }

    /**
     * @param out where to print
     * @param live whether to rewrite a status line in place (only for a terminal)
     */
    public Progress(PrintStream out, boolean live) {
        this(out, live, canEncode(Charset.defaultCharset()), terminalWidth(), System::nanoTime, DEFAULT_TICK_MILLIS);
    }

    /**
     * For tests and special streams.
     *
     * @param out where to print
     * @param live whether to rewrite a status line in place
     * @param unicode whether the stream can show "⠋" and "…" (else ASCII stand-ins are used)
     * @param width the terminal width; the live line is cut to fit one line
     * @param clock nanosecond clock, like {@link System#nanoTime()}
     * @param tickMillis how often the ticker thread wakes up; 0 for no ticker thread (tests call {@link #tick()})
     */
    Progress(PrintStream out, boolean live, boolean unicode, int width, LongSupplier clock, long tickMillis) {
        m_out = out;
        m_live = live;
        m_unicode = unicode;
        m_width = Math.max(width, 20);
        m_clock = clock;
        m_tickMillis = tickMillis;
    }

    /**
     * @param out where to print
     * @return progress that is live if {@code out} is the terminal: {@link System#out}, a {@link System#console()}
     *     exists and TERM is not "dumb"
     */
    public static Progress forConsole(PrintStream out) {
        boolean live = out == System.out && System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new Progress(out, live);
    }

    /** @return whether the status line is rewritten in place */
    boolean isLive() {
        return m_live;
    }

    /**
     * Starts a step and prints {@code [phase] detail} at once.
     *
     * @param phase the phase, e.g. {@code import}
     * @param detail what it does, e.g. {@code 3 module(s): …}
     * @return the step; end it with {@link Step#done} or {@link Step#fail} (or try-with-resources)
     */
    public synchronized Step start(String phase, String detail) {
        if (m_current != null) {
            m_current.finish(null);
        }
        println("[" + phase + "]" + (detail == null || detail.isEmpty() ? "" : " " + detail));
        StepImpl step = new StepImpl(m_clock.getAsLong());
        m_current = step;
        if (m_tickMillis > 0) {
            step.m_future = ticker().scheduleWithFixedDelay(this::tick, m_tickMillis, m_tickMillis, TimeUnit.MILLISECONDS);
        }
        return step;
    }

    /** Shows the progress of the running step if it is due; called by the ticker thread. */
    synchronized void tick() {
        StepImpl step = m_current;
        if (step == null) {
            return;
        }
        long elapsed = m_clock.getAsLong() - step.m_start;
        if (m_live) {
            if (elapsed >= LIVE_AFTER_NANOS) {
                step.m_frame++;
                drawLive(step, elapsed);
            }
        } else if (elapsed >= step.m_nextPlain) {
            long due = elapsed / PLAIN_EVERY_NANOS * PLAIN_EVERY_NANOS;
            step.m_nextPlain = due + PLAIN_EVERY_NANOS;
            println("  " + (m_unicode ? "…" : "...") + " " + seconds(due) + suffix(step.m_status));
        }
    }

    /** @return whether a step's ticker is scheduled (for tests) */
    synchronized boolean isTicking() {
        return m_current != null && m_current.m_future != null && !m_current.m_future.isDone();
    }

    private ScheduledExecutorService ticker() {
        if (m_ticker == null) {
            m_ticker = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "install-progress");
                thread.setDaemon(true);
                return thread;
            });
            m_ticker.setRemoveOnCancelPolicy(true);
            m_ticker.setKeepAliveTime(1, TimeUnit.SECONDS);
            m_ticker.allowCoreThreadTimeOut(true);
        }
        return m_ticker;
    }

    private void drawLive(StepImpl step, long elapsed) {
        String spinner = m_unicode ? SPINNER_UNICODE : SPINNER_ASCII;
        int frame = step.m_frame % spinner.length();
        String text = "  " + spinner.charAt(frame) + " " + seconds(elapsed) + suffix(step.m_status);
        if (text.length() > m_width - 1) {
            text = text.substring(0, m_width - 1);
        }
        m_out.print("\r" + text + "\u001B[K");
        m_out.flush();
        step.m_shown = true;
    }

    private void eraseLive(StepImpl step) {
        if (step.m_shown) {
            m_out.print(ERASE);
            step.m_shown = false;
        }
    }

    private void println(String text) {
        m_out.println(text);
        m_out.flush();
    }

    private static String suffix(String status) {
        return status == null || status.isEmpty() ? "" : "  " + status;
    }

    /**
     * @param nanos a duration
     * @return e.g. "850 ms", "3.4 s", "1 min 05 s", "1 h 02 min"
     */
    static String duration(long nanos) {
        long millis = Math.max(0, nanos) / 1_000_000;
        if (millis < 1000) {
            return millis + " ms";
        }
        long tenths = (millis + 50) / 100;
        if (tenths < 600) {
            return String.format(Locale.ROOT, "%d.%d s", tenths / 10, tenths % 10);
        }
        return seconds(TimeUnit.MILLISECONDS.toNanos(millis + 500));
    }

    /**
     * @param nanos a duration
     * @return whole seconds, e.g. "12 s", "1 min 05 s", "1 h 02 min"
     */
    static String seconds(long nanos) {
        long s = Math.max(0, nanos) / 1_000_000_000L;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    private static boolean canEncode(Charset charset) {
        return charset.canEncode() && charset.newEncoder().canEncode(SPINNER_UNICODE + "…");
    }

    private static int terminalWidth() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** One step; all its state is guarded by the enclosing Progress. */
    private final class StepImpl implements Step {

        final long m_start;
        ScheduledFuture<?> m_future;
        String m_status;
        boolean m_shown;
        boolean m_finished;
        int m_frame = -1;
        long m_nextPlain = PLAIN_EVERY_NANOS;

        StepImpl(long start) {
            m_start = start;
        }

        @Override
        public void line(String text) {
            synchronized (Progress.this) {
                StepImpl live = m_current;
                boolean redraw = live != null && live.m_shown;
                if (redraw) {
                    eraseLive(live);
                }
                println("  " + text);
                if (redraw) {
                    drawLive(live, m_clock.getAsLong() - live.m_start);
                }
            }
        }

        @Override
        public void status(String text) {
            synchronized (Progress.this) {
                m_status = text;
                if (m_shown && m_current == this) {
                    drawLive(this, m_clock.getAsLong() - m_start);
                }
            }
        }

        @Override
        public void done(String result) {
            synchronized (Progress.this) {
                if (!m_finished) {
                    finish(result + " (" + duration(m_clock.getAsLong() - m_start) + ")");
                }
            }
        }

        @Override
        public void fail() {
            synchronized (Progress.this) {
                finish(null);
            }
        }

        @Override
        public void close() {
            fail();
        }

        /** Stops ticking, erases the live line, prints the result line if any. Caller holds the lock. */
        void finish(String resultLine) {
            if (m_finished) {
                return;
            }
            m_finished = true;
            if (m_future != null) {
                m_future.cancel(false);
            }
            eraseLive(this);
            if (m_current == this) {
                m_current = null;
            }
            if (resultLine != null) {
                println("  " + resultLine);
            }
            m_out.flush();
        }
    }
}
