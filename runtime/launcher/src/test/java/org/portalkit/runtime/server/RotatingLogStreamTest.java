package org.portalkit.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingLogStreamTest {

    @TempDir
    Path m_tmp;

    private static byte[] line(char c, int length) {
        return (String.valueOf(c).repeat(length - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aFileNeverGrowsPastTheLimitAndOnlyTheNewestFilesAreKept() throws Exception {
        Path log = m_tmp.resolve("server.log");
        try (RotatingLogStream out = new RotatingLogStream(log, 100, 2)) {
            for (char c = 'a'; c <= 'j'; c++) {
                out.write(line(c, 40));
            }
        }
        // 10 lines of 40 bytes: a file takes two (80 <= 100), the third rotates it; 2 rotated files are kept
        assertEquals("i".repeat(39) + "\n" + "j".repeat(39) + "\n", Files.readString(log));
        assertEquals("g".repeat(39) + "\n" + "h".repeat(39) + "\n", Files.readString(m_tmp.resolve("server.log.1")));
        assertEquals("e".repeat(39) + "\n" + "f".repeat(39) + "\n", Files.readString(m_tmp.resolve("server.log.2")));
        assertFalse(Files.exists(m_tmp.resolve("server.log.3")), "older files are deleted");
        for (Path p : new Path[] {log, m_tmp.resolve("server.log.1"), m_tmp.resolve("server.log.2")}) {
            assertTrue(Files.size(p) <= 100, p + " is " + Files.size(p) + " bytes");
        }
    }

    @Test
    void aRestartedServerAppendsToTheCurrentFileAndCountsWhatIsThere() throws Exception {
        Path log = m_tmp.resolve("server.log");
        Files.writeString(log, "x".repeat(79) + "\n");
        try (RotatingLogStream out = new RotatingLogStream(log, 100, 3)) {
            out.write(line('y', 10));
            assertEquals(90, Files.size(log), "appended");
            out.write(line('z', 20));
        }
        assertEquals("z".repeat(19) + "\n", Files.readString(log));
        assertTrue(Files.readString(m_tmp.resolve("server.log.1")).startsWith("x".repeat(79) + "\n" + "y"));
    }

    @Test
    void oneWriteLargerThanTheLimitGoesIntoAFileOfItsOwn() throws Exception {
        Path log = m_tmp.resolve("server.log");
        try (RotatingLogStream out = new RotatingLogStream(log, 100, 1)) {
            out.write(line('a', 10));
            out.write(line('b', 500));
            out.write(line('c', 10));
        }
        assertEquals(500, Files.size(m_tmp.resolve("server.log.1")));
        assertEquals(10, Files.size(log));
    }

    @Test
    void nonsensicalLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RotatingLogStream(m_tmp.resolve("a.log"), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RotatingLogStream(m_tmp.resolve("a.log"), 10, 0));
    }
}
