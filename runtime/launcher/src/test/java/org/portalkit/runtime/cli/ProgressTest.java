package org.portalkit.runtime.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The progress reporter, with a hand-driven clock: ticks are called by the test (or by the real ticker thread
 * where that is what is tested), so nothing depends on how fast the machine is.
 */
class ProgressTest {

    private static final String ERASE = "\r\u001B[K";

    private final ByteArrayOutputStream m_bytes = new ByteArrayOutputStream();
    private final PrintStream m_out = new PrintStream(m_bytes, true, UTF_8);
    private final long m_origin = 123_456_789_000L;
    private final AtomicLong m_now = new AtomicLong(m_origin);

    // ------------------------------------------------------------------ header and result

    @Test
    void startPrintsTheHeaderAtOnce() {

        Progress progress = progress(false);
        progress.start("import", "3 module(s): org.portalkit.core, org.portalkit.news, org.portalkit.template");
        assertEquals("[import] 3 module(s): org.portalkit.core, org.portalkit.news, org.portalkit.template\n", output());
        progress.start("publish", "");
        assertTrue(output().endsWith("\n[publish]\n"), output());
    }

    @Test
    void donePrintsTheResultWithTheStepsDuration() {

        Progress progress = progress(false);
        Progress.Step step = progress.start("provision", "OpenCms 11.0.2 in data");
        at(3.4);
        step.done("provisioned");
        assertEquals("[provision] OpenCms 11.0.2 in data\n  provisioned (3.4 s)\n", output());
    }

    @Test
    void aQuickStepShowsNoProgressInEitherMode() {

        for (boolean live : new boolean[] {true, false}) {
            m_bytes.reset();
            m_now.set(m_origin);
            Progress progress = progress(live);
            Progress.Step step = progress.start("verify", "module ZIPs");
            step.status("checking portal-core");
            at(1.9);
            progress.tick();
            step.done("5 module(s) verified");
            assertEquals("[verify] module ZIPs\n  5 module(s) verified (1.9 s)\n", output(), "live=" + live);
        }
    }

    @Test
    void doneAndFailAreIdempotentAndCloseAfterThemChangesNothing() {

        Progress progress = progress(true);
        Progress.Step step = progress.start("start", "Tomcat 9");
        at(0.85);
        step.done("started");
        step.done("started again");
        step.fail();
        step.close();
        assertEquals("[start] Tomcat 9\n  started (850 ms)\n", output());
    }

    // ------------------------------------------------------------------ without a terminal

    @Test
    void nonLiveModeNeverRewritesALine() {

        Progress progress = progress(false);
        Progress.Step step = progress.start("import", "2 module(s)");
        for (int quarter = 0; quarter <= 4 * 125; quarter++) {
            at(quarter / 4.0);
            if (quarter == 4 * 3) {
                step.status("importing org.portalkit.core");
            }
            if (quarter == 4 * 30) {
                step.line("imported org.portalkit.core 0.1.0");
                step.status("importing org.portalkit.news");
            }
            progress.tick();
        }
        step.done("done");
        String out = output();
        assertFalse(out.contains("\r"), out);
        assertFalse(out.contains("\u001B"), out);
        long plainLines = out.lines().filter(line -> line.startsWith("  … ")).count();
        assertEquals(12, plainLines, out);
        assertTrue(out.contains("\n  … 10 s  importing org.portalkit.core\n"), out);
        assertTrue(out.contains("\n  imported org.portalkit.core 0.1.0\n"), out);
        assertTrue(out.contains("\n  … 1 min 00 s  importing org.portalkit.news\n"), out);
        assertTrue(out.endsWith("\n  … 2 min 00 s  importing org.portalkit.news\n  done (2 min 05 s)\n"), out);
    }

    @Test
    void nonLiveModePrintsAPlainLineEveryTenSeconds() {

        Progress progress = progress(false);
        Progress.Step step = progress.start("publish", "Offline project");
        String header = "[publish] Offline project\n";
        at(9.9);
        progress.tick();
        assertEquals(header, output());
        at(10.2);
        progress.tick();
        progress.tick();
        assertEquals(header + "  … 10 s\n", output());
        at(19.9);
        progress.tick();
        assertEquals(header + "  … 10 s\n", output());
        step.status("indexing in Solr");
        at(20.0);
        progress.tick();
        assertEquals(header + "  … 10 s\n  … 20 s  indexing in Solr\n", output());
        // a late tick (a busy machine) prints one line, not the ones it missed
        at(45.0);
        progress.tick();
        assertEquals(header + "  … 10 s\n  … 20 s  indexing in Solr\n  … 40 s  indexing in Solr\n", output());
        at(49.0);
        progress.tick();
        at(50.0);
        progress.tick();
        assertTrue(output().endsWith("  … 40 s  indexing in Solr\n  … 50 s  indexing in Solr\n"), output());
    }

    // ------------------------------------------------------------------ on a terminal

    @Test
    void liveModeShowsTheElapsedTimeAndStatusAfterTwoSeconds() {

        Progress progress = progress(true);
        Progress.Step step = progress.start("import", "1 module(s)");
        at(1.5);
        progress.tick();
        assertEquals("[import] 1 module(s)\n", output());
        at(2.5);
        progress.tick();
        assertEquals("[import] 1 module(s)\n\r  ⠋ 2 s\u001B[K", output());
        step.status("importing org.portalkit.news");
        assertTrue(output().endsWith("\r  ⠋ 2 s  importing org.portalkit.news\u001B[K"), output());
        at(75.0);
        progress.tick();
        assertTrue(output().endsWith("\r  ⠙ 1 min 15 s  importing org.portalkit.news\u001B[K"), output());
        assertEquals(List.of("[import] 1 module(s)", "  ⠙ 1 min 15 s  importing org.portalkit.news"), screen(output()));
    }

    @Test
    void liveModeErasesItsStatusLineBeforeOtherLines() {

        Progress progress = progress(true);
        Progress.Step step = progress.start("import", "2 module(s)");
        step.status("importing org.portalkit.core");
        at(2.5);
        progress.tick();
        step.line("imported org.portalkit.core 0.1.0");
        step.status("importing org.portalkit.news");
        at(3.0);
        progress.tick();
        step.line("imported org.portalkit.news 0.1.0");
        at(5.0);
        step.done("imported");

        String out = output();
        for (String line : List.of("  imported org.portalkit.core 0.1.0\n", "  imported org.portalkit.news 0.1.0\n", "  imported (5.0 s)\n")) {
            assertTrue(out.contains(ERASE + line), "not erased before: " + line + " in " + out);
        }
        assertTrue(out.endsWith(ERASE + "  imported (5.0 s)\n"), out);
        // the live line is drawn again after a line of its own
        assertTrue(out.contains("  imported org.portalkit.core 0.1.0\n\r  ⠋ 2 s  importing org.portalkit.core\u001B[K"), out);
        assertEquals(List.of("[import] 2 module(s)", "  imported org.portalkit.core 0.1.0", "  imported org.portalkit.news 0.1.0",
            "  imported (5.0 s)"), screen(out));
    }

    @Test
    void failErasesTheStatusLineAndPrintsNothingMore() {

        Progress progress = progress(true);
        Progress.Step step = progress.start("seed", "demo content");
        at(4.0);
        progress.tick();
        step.fail();
        assertTrue(output().endsWith(ERASE), output());
        at(8.0);
        progress.tick();
        step.done("seeded");
        assertTrue(output().endsWith(ERASE), output());
        assertEquals(List.of("[seed] demo content"), screen(output()));
    }

    @Test
    void startingAStepEndsTheOneStillRunning() {

        Progress progress = progress(true);
        Progress.Step first = progress.start("import", "1 module(s)");
        at(3.0);
        progress.tick();
        Progress.Step second = progress.start("publish", "Offline project");
        first.done("imported");
        at(3.5);
        second.done("published");
        assertEquals(List.of("[import] 1 module(s)", "[publish] Offline project", "  published (500 ms)"), screen(output()));
    }

    @Test
    void theLiveLineFitsOnOneLineOfTheTerminal() {

        Progress progress = new Progress(m_out, true, true, 30, m_now::get, 0);
        Progress.Step step = progress.start("import", "1 module(s)");
        step.status("importing org.portalkit.a-module-with-a-very-long-name");
        at(12.0);
        progress.tick();
        String drawn = screen(output()).get(1);
        assertTrue(drawn.length() <= 29, drawn);
        assertTrue(drawn.startsWith("  ⠋ 12 s  importing org."), drawn);
    }

    @Test
    void asciiStandInsWhereTheStreamCannotShowUnicode() {

        Progress plain = new Progress(m_out, false, false, 80, m_now::get, 0);
        plain.start("build", "Maven");
        at(10.0);
        plain.tick();
        assertTrue(output().endsWith("\n  ... 10 s\n"), output());

        m_bytes.reset();
        Progress live = new Progress(m_out, true, false, 80, m_now::get, 0);
        live.start("build", "Maven");
        at(13.0);
        live.tick();
        assertTrue(output().endsWith("\r  | 3 s\u001B[K"), output());
    }

    @Test
    void forConsoleIsNotLiveForAnotherStream() {

        assertFalse(Progress.forConsole(m_out).isLive());
        assertTrue(new Progress(m_out, true).isLive());
        assertFalse(new Progress(m_out, false).isLive());
    }

    // ------------------------------------------------------------------ the ticker thread

    @Test
    void closeWithoutDoneStopsTheTicker() throws Exception {

        Progress progress = new Progress(m_out, false, true, 80, m_now::get, 1);
        try (Progress.Step step = progress.start("publish", "Offline project")) {
            assertTrue(progress.isTicking());
            at(10.5);
            awaitOutput("  … 10 s\n");
        }
        assertFalse(progress.isTicking());
        String before = output();
        at(30.0);
        Thread.sleep(50);
        assertEquals(before, output());
        assertEquals("[publish] Offline project\n  … 10 s\n", before);
    }

    @Test
    void theTickerDrawsTheLiveLineAndDoneIsSafeWhileItPrints() throws Exception {

        Progress progress = new Progress(m_out, true, true, 80, m_now::get, 1);
        Progress.Step step = progress.start("import", "lots of lines");
        at(3.0);
        awaitOutput("\r  ⠋ 3 s\u001B[K");
        List<String> expected = new ArrayList<>(List.of("[import] lots of lines"));
        for (int i = 0; i < 300; i++) {
            step.line("line " + i);
            expected.add("  line " + i);
        }
        step.done("imported");
        expected.add("  imported (3.0 s)");
        assertFalse(progress.isTicking());
        String after = output();
        Thread.sleep(30);
        assertEquals(after, output());
        assertEquals(expected, screen(after));
    }

    // ------------------------------------------------------------------ durations

    @Test
    void durationsAreFormattedForPeople() {

        assertEquals("0 ms", Progress.duration(0));
        assertEquals("850 ms", Progress.duration(millis(850)));
        assertEquals("999 ms", Progress.duration(millis(999)));
        assertEquals("1.0 s", Progress.duration(millis(1000)));
        assertEquals("3.4 s", Progress.duration(millis(3400)));
        assertEquals("3.5 s", Progress.duration(millis(3451)));
        assertEquals("59.9 s", Progress.duration(millis(59_940)));
        assertEquals("1 min 00 s", Progress.duration(millis(59_960)));
        assertEquals("1 min 05 s", Progress.duration(millis(65_400)));
        assertEquals("12 min 30 s", Progress.duration(TimeUnit.SECONDS.toNanos(750)));
        assertEquals("2 h 03 min", Progress.duration(TimeUnit.MINUTES.toNanos(123)));

        assertEquals("0 s", Progress.seconds(millis(999)));
        assertEquals("12 s", Progress.seconds(millis(12_900)));
        assertEquals("1 min 05 s", Progress.seconds(TimeUnit.SECONDS.toNanos(65)));
    }

    // ------------------------------------------------------------------ helpers

    private Progress progress(boolean live) {
        return new Progress(m_out, live, true, 80, m_now::get, 0);
    }

    private void at(double seconds) {
        m_now.set(m_origin + Math.round(seconds * 1e9));
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private String output() {
        synchronized (m_out) {
            return m_bytes.toString(UTF_8);
        }
    }

    /** Waits (generously) until the real ticker thread has printed {@code expected}. */
    private void awaitOutput(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!output().contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the ticker did not print " + expected.replace("\r", "\\r") + "; output: " + output());
            }
            Thread.sleep(2);
        }
    }

    /**
     * What a terminal shows after {@code raw}: carriage return, clear to end of line and line feed are
     * interpreted; any other escape sequence fails the test.
     */
    private static List<String> screen(String raw) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int column = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                column = 0;
            } else if (c == '\r') {
                column = 0;
            } else if (c == '\u001B') {
                assertTrue(raw.startsWith("\u001B[K", i), "unexpected escape sequence at " + i + " in " + raw);
                line.setLength(column);
                i += 2;
            } else if (column < line.length()) {
                line.setCharAt(column++, c);
            } else {
                line.append(c);
                column++;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
