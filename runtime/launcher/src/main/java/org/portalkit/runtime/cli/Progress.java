package org.portalkit.runtime.cli;

import java.io.PrintStream;

/** Temporary plain progress reporter (replaced by the live one). */
public final class Progress {

    private final PrintStream m_out;

    public Progress(PrintStream out, boolean live) {
        m_out = out;
    }

    public static Progress forConsole(PrintStream out) {
        return new Progress(out, false);
    }

    public Step start(String phase, String detail) {
        m_out.println("[" + phase + "] " + detail);
        long t0 = System.nanoTime();
        return new Step() {
            private boolean m_ended;

            @Override
            public void line(String text) {
                m_out.println("  " + text);
            }

            @Override
            public void status(String text) {
                // plain mode shows no status
            }

            @Override
            public void done(String result) {
                m_ended = true;
                m_out.println("  " + result + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms)");
            }

            @Override
            public void fail() {
                m_ended = true;
            }

            @Override
            public void close() {
                if (!m_ended) {
                    fail();
                }
            }
        };
    }

    public interface Step extends AutoCloseable {
        void line(String text);

        void status(String text);

        void done(String result);

        void fail();

        @Override
        void close();
    }
}
