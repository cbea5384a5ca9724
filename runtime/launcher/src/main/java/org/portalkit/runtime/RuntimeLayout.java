package org.portalkit.runtime;

import java.nio.file.Path;

/**
 * Where things live in a PortalKit data directory (default {@code ./data}).
 *
 * <pre>
 * data/
 *   admin-password          the generated Admin password (mode 0600)
 *   runtime.properties      port and shell port of this runtime
 *   server.pid, server.log  the background server, while it runs (server.log rotates: server.log.1 … .4)
 *   server-console.log      what the server JVM itself prints before its log is set up (or on a crash)
 *   db/                     the HSQLDB file database
 *   webapp/                 the OpenCms web application (WEB-INF/config, lib, solr, index, logs)
 * </pre>
 *
 * @param dataDir the data directory
 */
public record RuntimeLayout(Path dataDir) {

    /** @return the layout of the given data directory, made absolute */
    public static RuntimeLayout of(Path dataDir) {
        return new RuntimeLayout(dataDir.toAbsolutePath().normalize());
    }

    public Path webappDir() {
        return dataDir.resolve("webapp");
    }

    public Path webInfDir() {
        return webappDir().resolve("WEB-INF");
    }

    public Path configDir() {
        return webInfDir().resolve("config");
    }

    public Path libDir() {
        return webInfDir().resolve("lib");
    }

    public Path classesDir() {
        return webInfDir().resolve("classes");
    }

    public Path logsDir() {
        return webInfDir().resolve("logs");
    }

    public Path databaseDir() {
        return dataDir.resolve("db");
    }

    /** @return the HSQLDB file database path prefix (files opencms.script, opencms.properties, …) */
    public Path databaseFile() {
        return databaseDir().resolve("opencms");
    }

    public Path adminPasswordFile() {
        return dataDir.resolve("admin-password");
    }

    public Path runtimePropertiesFile() {
        return dataDir.resolve("runtime.properties");
    }

    /** @return where the server process's raw output goes (the JVM's own messages, a crash) */
    public Path serverConsoleFile() {
        return dataDir.resolve("server-console.log");
    }

    public Path pidFile() {
        return dataDir.resolve("server.pid");
    }

    public Path serverLogFile() {
        return dataDir.resolve("server.log");
    }

    /** @return the marker written when first-start setup has completed */
    public Path provisionedMarker() {
        return dataDir.resolve(".provisioned");
    }

    /** @return the list of runtime jars the provisioner copied into WEB-INF/lib */
    public Path copiedLibsList() {
        return libDir().resolve(".portalkit-runtime-jars");
    }
}
