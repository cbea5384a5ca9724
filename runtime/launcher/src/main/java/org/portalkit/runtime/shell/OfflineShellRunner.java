package org.portalkit.runtime.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.LogDiagnosis;

/**
 * Runs OpenCms shell commands on a stopped web application, in a separate JVM whose classpath is that
 * web application's WEB-INF/lib (OpenCms is a singleton: one per JVM, and the webapp's own jars decide
 * which OpenCms runs).
 *
 * <p>Commands reach the shell through standard input. The full output goes to a log file; lines that
 * report progress or failure are echoed to the console.</p>
 */
public final class OfflineShellRunner {

    /** Main class of the offline shell, shipped in portalkit-runtime-support (in WEB-INF/lib). */
    public static final String MAIN_CLASS = "org.portalkit.runtime.support.OfflineShell";

    private final Path m_webInf;
    private final Path m_logFile;
    private final Listener m_listener;
    private final List<Path> m_extraClasspath;

    /**
     * @param webInf the WEB-INF folder
     * @param logFile where the complete shell output goes
     * @param listener told about phases and progress lines
     * @param extraClasspath further jars (e.g. the runtime support jar when installing into a foreign webapp)
     */
    public OfflineShellRunner(Path webInf, Path logFile, Listener listener, List<Path> extraClasspath) {
        m_webInf = webInf;
        m_logFile = logFile;
        m_listener = listener;
        m_extraClasspath = List.copyOf(extraClasspath);
    }

    /**
     * Runs a script.
     *
     * @param script the commands
     * @param adminPassword the Admin password (passed through the environment, never written to disk)
     * @param firstStart whether Admin still has the OpenCms default password that must be replaced
     * @throws InstallException if the shell fails or a command reports a failure
     */
    public void run(ShellScript script, String adminPassword, boolean firstStart) throws InstallException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dopencms.logfolder=" + m_webInf.resolve("logs") + "/");
        command.add("-cp");
        StringBuilder classpath = new StringBuilder();
        classpath.append(m_webInf.resolve("classes")).append(java.io.File.pathSeparator).append(m_webInf.resolve("lib")).append("/*");
        for (Path extra : m_extraClasspath) {
            classpath.append(java.io.File.pathSeparator).append(extra);
        }
        command.add(classpath.toString());
        command.add(MAIN_CLASS);
        command.add(m_webInf.toString() + "/");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        builder.directory(m_webInf.toFile());
        builder.environment().put("PORTALKIT_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("PORTALKIT_FIRST_START", Boolean.toString(firstStart));
        List<String> failures = new ArrayList<>();
        List<String> output = new ArrayList<>();
        int status;
        try {
            Files.createDirectories(m_logFile.getParent());
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(script.text().getBytes(StandardCharsets.UTF_8));
            }
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer log = Files.newBufferedWriter(m_logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                String line;
                while ((line = out.readLine()) != null) {
                    log.write(line);
                    log.write('\n');
                    if (output.size() < MAX_KEPT_LINES) {
                        output.add(line);
                    }
                    int marker = line.indexOf(PHASE_MARKER);
                    if (line.startsWith("FAILED ")) {
                        failures.add(line);
                        m_listener.line(line);
                    } else if (marker >= 0) {
                        String[] phase = line.substring(marker + PHASE_MARKER.length()).split(":", 2);
                        m_listener.phase(phase[0].trim(), phase.length > 1 ? phase[1].trim() : "");
                    } else if (IS_PROGRESS.test(line)) {
                        m_listener.line(line.trim());
                    }
                }
            }
            status = process.waitFor();
        } catch (IOException e) {
            throw new InstallException("Could not start the OpenCms shell: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallException("Interrupted while the OpenCms shell was running.", e);
        }
        if (!failures.isEmpty()) {
            throw new InstallException(failures.get(0).substring("FAILED ".length()) + "\nFull shell output: " + m_logFile);
        }
        if (status != 0) {
            String cause = LogDiagnosis.cause(output).orElse("The OpenCms shell ended with status " + status + ".");
            throw new InstallException(cause + "\nFull shell output: " + m_logFile);
        }
    }

    /**
     * Adds a marker to a script: when the shell reaches it, the listener is told that a phase begins.
     *
     * @param script the script
     * @param name the phase name, e.g. {@code import}
     * @param detail what the phase does
     * @return the script
     */
    public static ShellScript phase(ShellScript script, String name, String detail) {
        return script.add("pkPhase", PHASE_MARKER + name + ":" + detail);
    }

    /** Hears what the shell does. */
    public interface Listener {
        /**
         * A phase marker was reached.
         *
         * @param name the phase name
         * @param detail what it does
         */
        void phase(String name, String detail);

        /**
         * A progress or failure line.
         *
         * @param text the line
         */
        void line(String text);
    }

    /** Marker the {@code echo} command prints for a phase. */
    static final String PHASE_MARKER = "@@portalkit-phase:";

    /** Lines kept in memory to find a failure's cause (the full output is in the log). */
    static final int MAX_KEPT_LINES = 20_000;

    /** Progress lines printed by the PortalKit shell commands. */
    static final Predicate<String> IS_PROGRESS = line -> line.startsWith("Installed ")
        || line.startsWith("Importing module ")
        || line.startsWith("Updating module ")
        || line.startsWith("Created ")
        || line.startsWith("Added the ")
        || line.startsWith("Seeded ")
        || line.startsWith("Access control of ")
        || line.startsWith("Published.")
        || line.startsWith("Replaced the default Admin password.")
        || line.startsWith("Setup complete.");
}
