package org.portalkit.runtime;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds, in the output of an OpenCms shell or of the server, the one line that says why it failed, so a
 * failure message can name its cause instead of only pointing at a log file.
 *
 * <p>Known causes get a sentence that also says what to do (a database locked by a running OpenCms, a
 * port taken); otherwise the first error OpenCms reported is quoted.</p>
 */
public final class LogDiagnosis {

    /** Longest quoted log text; OpenCms's messages can carry whole object dumps. */
    static final int MAX_QUOTE = 300;

    /** The most of a log that is read from its end when looking for a cause. */
    static final long MAX_READ = 4L * 1024 * 1024;

    private LogDiagnosis() {
    }

    /**
     * @param lines the output, oldest first
     * @return the cause in one or two lines, if the output shows one
     */
    public static Optional<String> cause(List<String> lines) {
        for (String line : lines) {
            if (line.contains("Database lock acquisition failure") || line.contains("LockHeldExternallyException")) {
                return Optional.of("The database is in use by an OpenCms that is running" + lockFile(line)
                    + ": stop the running OpenCms first (for the demo portal: ./install --stop), or install into it while it runs with --remote HOST:PORT.");
            }
        }
        for (String line : lines) {
            if (line.contains("Address already in use")) {
                return Optional.of("A port the server needs is in use by another program (" + quote(line) + ").");
            }
        }
        for (String line : lines) {
            if (line.startsWith("FAILED ")) {
                return Optional.of(quote(line.substring("FAILED ".length())));
            }
        }
        for (String line : lines) {
            int marker = line.indexOf(" ERROR [");
            if (marker >= 0) {
                int end = line.indexOf("] ", marker);
                String text = end > 0 ? line.substring(end + 2) : line.substring(marker + 1);
                if (!text.isBlank()) {
                    return Optional.of("OpenCms reported: " + quote(text));
                }
            }
            if (line.startsWith("PortalKit server failed to start: ")) {
                return Optional.of(quote(line));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a log from a byte offset (the size it had before the failed step began) and finds the cause.
     *
     * @param log the log file
     * @param fromOffset where the failed step's output begins
     * @return the cause, or a sentence saying the log does not show one
     */
    public static String causeInLog(Path log, long fromOffset) {
        List<String> lines = readFrom(log, fromOffset);
        return cause(lines).orElseGet(() -> lines.isEmpty() ? "it wrote nothing to its log"
            : "its last output was: " + quote(lastNonBlank(lines)));
    }

    /**
     * @param log a log file
     * @return its current size, 0 if it does not exist
     */
    public static long sizeOf(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static List<String> readFrom(Path log, long fromOffset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(fromOffset, file.length() - MAX_READ);
            start = Math.max(0, Math.min(start, file.length()));
            byte[] bytes = new byte[(int)(file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String lockFile(String line) {
        int at = line.indexOf("file =");
        if (at < 0) {
            return "";
        }
        int end = line.indexOf(',', at);
        return " (lock file " + line.substring(at + "file =".length(), end > at ? end : line.length()).trim() + ")";
    }

    private static String lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return "";
    }

    /**
     * @param text log text
     * @return the text trimmed and cut to {@value #MAX_QUOTE} characters
     */
    static String quote(String text) {
        String trimmed = text.trim();
        return trimmed.length() <= MAX_QUOTE ? trimmed : trimmed.substring(0, MAX_QUOTE) + " …";
    }
}
