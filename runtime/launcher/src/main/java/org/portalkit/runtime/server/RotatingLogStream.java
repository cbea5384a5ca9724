package org.portalkit.runtime.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A log file that cannot grow without bound: appends to {@code name}, and when the next write would take
 * it past the size limit, renames it to {@code name.1} (shifting older ones up to {@code name.<keep>}, the
 * oldest is deleted) and starts a new file. The server's standard output and error go through it.
 */
public final class RotatingLogStream extends OutputStream {

    /** Default size of one file. */
    public static final long DEFAULT_LIMIT = 10L * 1024 * 1024;

    /** Default number of rotated files kept beside the current one. */
    public static final int DEFAULT_KEEP = 4;

    private final Path m_file;
    private final long m_limit;
    private final int m_keep;
    private OutputStream m_out;
    private long m_size;

    /**
     * @param file the current log file
     * @param limit the most bytes one file holds (a single larger write still goes into one file)
     * @param keep how many rotated files are kept
     * @throws IOException if the file cannot be opened
     */
    public RotatingLogStream(Path file, long limit, int keep) throws IOException {
        if (limit < 1 || keep < 1) {
            throw new IllegalArgumentException("limit and keep must be positive");
        }
        m_file = file;
        m_limit = limit;
        m_keep = keep;
        open();
    }

    private void open() throws IOException {
        m_out = Files.newOutputStream(m_file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        m_size = Files.size(m_file);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte)b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if ((m_size > 0) && (m_size + length > m_limit)) {
            rotate();
        }
        m_out.write(bytes, offset, length);
        m_size += length;
    }

    private void rotate() throws IOException {
        m_out.close();
        Files.deleteIfExists(rotated(m_keep));
        for (int i = m_keep - 1; i >= 1; i--) {
            if (Files.exists(rotated(i))) {
                Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(m_file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    private Path rotated(int index) {
        return m_file.resolveSibling(m_file.getFileName() + "." + index);
    }

    @Override
    public synchronized void flush() throws IOException {
        m_out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        m_out.close();
    }
}
