package org.portalkit.runtime.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Tells whether an OpenCms web application is in use by a running OpenCms, before an offline shell is
 * started on it (which would fail on the locked database). It can tell for a HSQLDB file database (the
 * PortalKit runtime's): a running HSQLDB refreshes its lock file every 10 seconds. For other databases
 * it cannot tell; the shell's failure is then explained from its output.
 */
final class WebappLock {

    /** A lock file touched within this time belongs to a running database. */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private WebappLock() {
    }

    /**
     * @param webInf the WEB-INF folder
     * @return why the web application is in use, empty if it does not seem to be
     */
    static Optional<String> inUse(Path webInf) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(webInf.resolve("config/opencms.properties"), StandardCharsets.ISO_8859_1)) {
            props.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        String url = props.getProperty("db.pool.default.jdbcUrl", "").trim();
        String prefix = "jdbc:hsqldb:file:";
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        String file = url.substring(prefix.length());
        int semicolon = file.indexOf(';');
        Path lock = Paths.get((semicolon >= 0 ? file.substring(0, semicolon) : file) + ".lck");
        try {
            if (Files.isRegularFile(lock)
                && Files.getLastModifiedTime(lock).toInstant().isAfter(Instant.now().minus(HEARTBEAT))) {
                return Optional.of("its database is locked by a running HSQLDB: " + lock);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
