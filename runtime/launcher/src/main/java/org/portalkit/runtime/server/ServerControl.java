package org.portalkit.runtime.server;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.LogDiagnosis;
import org.portalkit.runtime.RuntimeLayout;

/**
 * Starts, stops and inspects the background server of a data directory (pid file {@code server.pid},
 * output in {@code server.log}).
 */
public final class ServerControl {

    /**
     * The server's heap. With 100,031 news the portal's live objects after a full collection were about 300 MiB
     * (OpenCms' caches, the Solr index readers, HSQLDB's in-memory LOB catalogue); 640 MiB keeps the whole process
     * below 1 GiB resident with the JVM's own memory (metaspace, code, threads), where 768 MiB reached 1.1 GiB
     * (docs/benchmarks.md, "Results at 100,031 news").
     */
    static final String HEAP = "-Xmx640m";

    /**
     * Two glibc malloc arenas instead of eight per core: the JVM's native allocations (JIT, zip inflaters, NIO) then
     * keep fewer half-used 64 MiB arenas resident; part of the 1 GiB budget above.
     */
    static final Map<String, String> NATIVE_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final RuntimeLayout m_layout;
    private final List<Path> m_classpath;

    /**
     * @param layout the data directory layout
     * @param classpath the jars of the server JVM (launcher and Tomcat)
     */
    public ServerControl(RuntimeLayout layout, List<Path> classpath) {
        m_layout = layout;
        m_classpath = List.copyOf(classpath);
    }

    /** @return the running server process of this data directory, if any */
    public Optional<ProcessHandle> runningProcess() {
        try {
            if (!Files.exists(m_layout.pidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(m_layout.pidFile()).trim());
            // after a crash or reboot the pid may belong to another program: only trust our server
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(PortalServer.class.getName())).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * @param port a TCP port
     * @return whether something already listens on 127.0.0.1 at that port
     */
    public static boolean isPortInUse(int port) {
        return PortCheck.check(port) != PortCheck.Status.FREE;
    }

    /**
     * Starts the server in the background, detached from this process's terminal and session (so that it
     * outlives the installer however that was run: a closing ssh session or pseudo-terminal sends its
     * hang-up to its own session only), and waits until the home page answers.
     *
     * @param port the HTTP port
     * @param shellPort the remote shell port (must be free as well)
     * @throws InstallException if a port cannot be used or the server does not come up
     */
    public void start(int port, int shellPort) throws InstallException {
        if (runningProcess().isPresent()) {
            throw new InstallException("The portal is already running (pid " + runningProcess().get().pid() + "). Use --stop first.");
        }
        for (int p : new int[] {port, shellPort}) {
            PortCheck.Status status = PortCheck.check(p);
            if (status != PortCheck.Status.FREE) {
                throw new InstallException(PortCheck.explain(p, status));
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP);
        command.add("-XX:+UseSerialGC");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, m_classpath.stream().map(Path::toString).toList()));
        command.add(PortalServer.class.getName());
        command.add(m_layout.dataDir().toString());
        command.add(Integer.toString(port));
        long logStart = LogDiagnosis.sizeOf(m_layout.serverLogFile());
        long consoleStart = LogDiagnosis.sizeOf(m_layout.serverConsoleFile());
        Process process;
        try {
            process = startDetached(command, m_layout.dataDir(), m_layout.serverConsoleFile(), NATIVE_ENVIRONMENT);
            Files.writeString(m_layout.pidFile(), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new InstallException("Could not start the server: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                deletePidFile();
                String cause = LogDiagnosis.sizeOf(m_layout.serverLogFile()) > logStart
                    ? LogDiagnosis.causeInLog(m_layout.serverLogFile(), logStart)
                    : LogDiagnosis.causeInLog(m_layout.serverConsoleFile(), consoleStart);
                throw new InstallException("The server stopped during start-up: " + cause
                    + "\nSee " + m_layout.serverLogFile() + " and " + m_layout.logsDir().resolve("opencms.log"));
            }
            if (httpStatus(port, "/") > 0) {
                return;
            }
            sleep(250);
        }
        process.destroy();
        throw new InstallException("The server did not answer on port " + port + " within " + START_TIMEOUT.toSeconds() + " s. See " + m_layout.serverLogFile());
    }

    /**
     * Starts a program in a session of its own with no terminal: input from /dev/null, output appended to
     * a log file. {@code setsid} (util-linux) gives it its own session; where there is none, {@code nohup}
     * makes it ignore the hang-up signal. Either way the program keeps the process id returned here
     * ({@code setsid} forks only when called by a process group leader, which a child of the JVM is not).
     *
     * @param command the program and its arguments
     * @param directory its working directory
     * @param log the file its output is appended to
     * @return the started process
     * @throws IOException if it cannot be started
     */
    static Process startDetached(List<String> command, Path directory, Path log) throws IOException {
        return startDetached(command, directory, log, Map.of());
    }

    /** {@link #startDetached(List, Path, Path)} with extra environment variables. */
    static Process startDetached(List<String> command, Path directory, Path log, Map<String, String> environment)
        throws IOException {
        List<String> full = new ArrayList<>(detachPrefix());
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full);
        builder.environment().putAll(environment);
        builder.directory(directory.toFile());
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    /** @return the command that detaches a program from this session: setsid, or nohup where it is missing */
    static List<String> detachPrefix() {
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/local/bin"}) {
            if (Files.isExecutable(Paths.get(dir, "setsid"))) {
                return List.of(Paths.get(dir, "setsid").toString());
            }
        }
        for (String dir : new String[] {"/usr/bin", "/bin"}) {
            if (Files.isExecutable(Paths.get(dir, "nohup"))) {
                return List.of(Paths.get(dir, "nohup").toString());
            }
        }
        return List.of();
    }

    /**
     * Stops the background server and waits until it has ended.
     *
     * @return whether a server was running
     */
    public boolean stop() {
        Optional<ProcessHandle> process = runningProcess();
        if (process.isEmpty()) {
            deletePidFile();
            return false;
        }
        process.get().destroy();
        try {
            process.get().onExit().get(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
        deletePidFile();
        return true;
    }

    /**
     * @param port the port
     * @param path the request path
     * @return the HTTP status of a GET request to 127.0.0.1, or -1 if nothing answers
     */
    public static int httpStatus(int port, String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection)new URL("http://127.0.0.1:" + port + path).openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(30000);
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(m_layout.pidFile());
        } catch (IOException e) {
            // harmless: a stale pid file is ignored when its process is gone
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
