package org.portalkit.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Collectors;

import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.modules.ModuleZip;
import org.portalkit.runtime.provision.AdminPassword;
import org.portalkit.runtime.provision.ConfigBackups;
import org.portalkit.runtime.provision.DataSnapshot;
import org.portalkit.runtime.provision.PortSettings;
import org.portalkit.runtime.provision.WebappProvisioner;
import org.portalkit.runtime.server.PortCheck;
import org.portalkit.runtime.server.ServerControl;
import org.portalkit.runtime.shell.OfflineShellRunner;
import org.portalkit.runtime.shell.ShellScript;

/**
 * The default mode of {@code ./install}: brings the demo portal of a data directory up to date and serves
 * it.
 *
 * <p>Everything is checked before anything is changed (options, ports, module ZIPs, what is installed).
 * A running portal with nothing to change is left alone, without a restart. When something changed, the
 * server is stopped only for the steps that need it, the previous state is saved first, and on a failure
 * it is put back and served again on its previous port before the installer exits with status 1. A port
 * is recorded in {@code runtime.properties} only once the server has started on it.</p>
 */
final class DemoInstaller {

    private static final int SHELL_PORT_OFFSET = Installer.SHELL_PORT_OFFSET;

    private final InstallOptions m_options;
    private final Distribution m_dist;
    private final PrintStream m_out;
    private final Progress m_progress;
    private final Questions m_questions;

    /**
     * @param options the options
     * @param dist the built distribution
     * @param out where messages go
     * @param progress where phases go
     * @param questions how the user is asked
     */
    DemoInstaller(InstallOptions options, Distribution dist, PrintStream out, Progress progress, Questions questions) {
        m_options = options;
        m_dist = dist;
        m_out = out;
        m_progress = progress;
        m_questions = questions;
    }

    /** Folder of the Solr configuration set in the web application. */
    static final String SOLR_CONFIG_SET = "WEB-INF/solr/configsets/";

    /** What a run has to do, found out before anything is changed. */
    record Plan(boolean firstStart, List<String> provisionChanges, List<ModuleZip> changedModules,
        boolean demoChanged, String demoFingerprint, boolean portChange, boolean nameGeneratorChange) {

        boolean isEmpty() {
            return !firstStart && provisionChanges.isEmpty() && changedModules.isEmpty() && !demoChanged && !portChange
                && !nameGeneratorChange;
        }

        boolean needsShell() {
            return firstStart || !changedModules.isEmpty() || demoChanged || solrConfigurationChanged();
        }

        /**
         * Whether an existing installation gets another Solr schema or core configuration: documents indexed before
         * lack the new fields (e.g. the site search's folded fields), so the indexes are rebuilt.
         */
        boolean solrConfigurationChanged() {
            return !firstStart && provisionChanges.stream().anyMatch(change -> change.startsWith(SOLR_CONFIG_SET));
        }

        String summary() {
            if (firstStart) {
                return "first installation";
            }
            List<String> parts = new ArrayList<>();
            if (!changedModules.isEmpty()) {
                parts.add(changedModules.size() + " module(s) to install: "
                    + changedModules.stream().map(ModuleZip::moduleName).collect(Collectors.joining(", ")));
            }
            if (demoChanged) {
                parts.add("demo content changed");
            }
            if (!provisionChanges.isEmpty()) {
                parts.add("runtime files changed: " + shortList(provisionChanges));
            }
            if (solrConfigurationChanged()) {
                parts.add("Solr indexes to rebuild");
            }
            if (portChange) {
                parts.add("port changes");
            }
            if (nameGeneratorChange) {
                parts.add("file name generator to configure");
            }
            return parts.isEmpty() ? "everything up to date" : String.join("; ", parts);
        }

        private static String shortList(List<String> items) {
            return items.size() <= 3 ? String.join(", ", items) : String.join(", ", items.subList(0, 3)) + " and " + (items.size() - 3) + " more";
        }
    }

    /**
     * @throws InstallException on any failure, after the previous state has been put back
     */
    void run() throws InstallException {
        RuntimeLayout layout = RuntimeLayout.of(m_options.dataDir());
        if (!Files.isDirectory(layout.dataDir())) {
            // a first installation: nothing exists that a second installer could disturb, and nothing is
            // created before the checks have passed
            runLocked(layout);
            return;
        }
        // two installers on one data directory would stop, snapshot and restore under each other's feet
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(layout.dataDir().resolve(".install.lock"),
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            java.nio.channels.FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new InstallException("Another ./install is working on " + layout.dataDir() + " right now. Wait until it has finished.");
            }
            runLocked(layout);
        } catch (IOException e) {
            throw new InstallException("Cannot lock " + layout.dataDir().resolve(".install.lock") + ": " + e.getMessage(), e);
        }
    }

    private void runLocked(RuntimeLayout layout) throws InstallException {
        ServerControl control = new ServerControl(layout, m_dist.serverClasspath());
        OptionalInt recorded = recordedPort(layout);
        int port = m_options.portGiven() ? m_options.port() : recorded.orElse(InstallOptions.DEFAULT_PORT);
        int shellPort = port + SHELL_PORT_OFFSET;
        if (shellPort > 65535) {
            throw new InstallException("Port " + port + " is too high: the remote shell needs port " + shellPort + ".", InstallOptions.EXIT_USAGE, null);
        }

        Optional<ProcessHandle> running;
        Integer runningPort;
        List<ModuleZip> modules;
        Plan plan;
        try (Progress.Step check = m_progress.start("check", "module ZIPs, ports and what is installed")) {
            modules = ModuleSet.verify(m_options.moduleDirs(), check::line);
            running = control.runningProcess();
            if (running.isEmpty() && DataSnapshot.restoreInterrupted(layout)) {
                check.line("put back the state saved by an upgrade that did not finish");
                recorded = recordedPort(layout);
            } else if (running.isPresent()) {
                // an upgrade that got as far as starting the server: its saved state is obsolete
                DataSnapshot.discardLeftover(layout);
            }
            runningPort = running.isPresent() ? recorded.orElse(InstallOptions.DEFAULT_PORT) : null;
            boolean moving = (runningPort != null) && (runningPort != port);
            if ((runningPort == null) || moving) {
                for (int p : new int[] {port, shellPort}) {
                    PortCheck.Status status = PortCheck.check(p);
                    if (status != PortCheck.Status.FREE) {
                        throw new InstallException(PortCheck.explain(p, status)
                            + (runningPort != null ? " The portal keeps running on port " + runningPort + "." : ""));
                    }
                }
            }
            plan = plan(layout, modules, port, shellPort, recorded);
            check.done(plan.summary() + (running.isPresent() ? " (the portal runs, pid " + running.get().pid() + ")" : ""));
        }
        if ((runningPort != null) && (runningPort != port) && (port < PortCheck.FIRST_UNPRIVILEGED_PORT)) {
            confirmPrivilegedMove(runningPort, port);
        }

        if (running.isPresent() && plan.isEmpty()) {
            m_out.println();
            m_out.println("PortalKit is running at http://127.0.0.1:" + port + "/ (pid " + running.get().pid()
                + "): nothing changed, so it was not restarted.");
            printHints(layout, port);
            return;
        }
        if (running.isEmpty() && plan.isEmpty() && !m_options.serve()) {
            m_out.println("Everything is installed and up to date. Start the portal with " + command("", layout, port));
            return;
        }

        DataSnapshot snapshot = null;
        try {
            if (running.isPresent()) {
                try (Progress.Step stop = m_progress.start("stop", "the running portal (pid " + running.get().pid() + "), for the upgrade")) {
                    control.stop();
                    stop.done("stopped");
                }
            }
            if (!plan.firstStart() && !plan.isEmpty()) {
                try (Progress.Step save = m_progress.start("save", "the current state, to put it back if the upgrade fails")) {
                    snapshot = DataSnapshot.take(layout);
                    save.done("saved");
                }
            }
            apply(layout, modules, plan, port, shellPort);
            boolean serve = m_options.serve() || (running.isPresent());
            if (serve) {
                try (Progress.Step start = m_progress.start("start", "OpenCms in Tomcat 9 on 127.0.0.1:" + port)) {
                    control.start(port, shellPort);
                    start.done("answering");
                }
                // OpenCms has just copied its configuration to the backup folder again
                pruneConfigBackups(layout);
            }
            writeRuntimeProperties(layout, port, shellPort);
            if (snapshot != null) {
                snapshot.discard();
            }
            m_out.println();
            if (serve) {
                m_out.println("PortalKit is running at http://127.0.0.1:" + port + "/");
                printHints(layout, port);
            } else {
                m_out.println("Installed. Start the portal with " + command("", layout, port));
            }
        } catch (InstallException failure) {
            throw recover(failure, layout, control, snapshot, runningPort);
        }
    }

    private Plan plan(RuntimeLayout layout, List<ModuleZip> modules, int port, int shellPort, OptionalInt recorded) throws InstallException {
        boolean firstStart = !Files.exists(layout.provisionedMarker());
        WebappProvisioner provisioner = new WebappProvisioner(layout, m_dist.webappLibDir(), port, shellPort);
        List<String> provisionChanges = firstStart ? List.of() : provisioner.pendingChanges();
        Map<String, String> installed = readInstalledChecksums(layout);
        List<ModuleZip> changed = new ArrayList<>();
        for (ModuleZip module : modules) {
            String sum = module.sha256();
            if (!sum.equals(installed.get(module.moduleName() + "@" + module.version()))) {
                changed.add(module);
            }
        }
        String demoFingerprint = Installer.demoFingerprint(m_options.demoDirs());
        boolean demoChanged = !demoFingerprint.equals(readText(layout.dataDir().resolve("seeded-demo.sha256")));
        boolean portChange = !firstStart
            && (PortSettings.configuredPort(layout.configDir()).orElse(-1) != port || recorded.orElse(-1) != port);
        boolean nameGeneratorChange = !firstStart && Installer.nameGeneratorPending(layout, modules);
        return new Plan(firstStart, provisionChanges, changed, demoChanged, demoFingerprint, portChange, nameGeneratorChange);
    }

    private void apply(RuntimeLayout layout, List<ModuleZip> modules, Plan plan, int port, int shellPort) throws InstallException {
        try (Progress.Step provision = m_progress.start("provision", "OpenCms 11.0.2 in " + layout.dataDir())) {
            new WebappProvisioner(layout, m_dist.webappLibDir(), port, shellPort).provision();
            PortSettings.apply(layout.configDir(), port, shellPort);
            provision.done(plan.firstStart() ? "provisioned" : plan.provisionChanges().isEmpty() ? "up to date"
                : "updated " + plan.provisionChanges().size() + " runtime file(s)");
        }
        String password = readPasswordFile(layout);
        if (plan.needsShell()) {
            ShellScript script = new ShellScript().add("pkLogin").add("pkSetup").add("pkPublish");
            OfflineShellRunner.phase(script, "import", plan.changedModules().isEmpty() ? "all modules up to date"
                : plan.changedModules().size() + " module(s): " + plan.changedModules().stream().map(ModuleZip::moduleName).collect(Collectors.joining(", ")));
            for (ModuleZip module : plan.changedModules()) {
                script.add("pkInstallModule", module.path().toString());
            }
            if (plan.demoChanged()) {
                OfflineShellRunner.phase(script, "seed", "demo content that is missing");
                for (Path demo : m_options.demoDirs()) {
                    if (Files.isDirectory(demo)) {
                        script.add("pkSeed", demo.toAbsolutePath().toString());
                    }
                }
            }
            OfflineShellRunner.phase(script, "publish", "publish the Offline project and index it in Solr");
            script.add("pkPublish");
            if (plan.solrConfigurationChanged()) {
                OfflineShellRunner.phase(script, "reindex", "rebuild the Solr indexes for the changed Solr schema");
                script.add("rebuildAllIndexes");
            }
            ShellSteps listener = new ShellSteps(m_progress, m_progress.start("boot", "OpenCms 11.0.2 in an offline shell"
                + (plan.firstStart() ? " (first start: setting up)" : "")));
            try {
                new OfflineShellRunner(layout.webInfDir(), layout.dataDir().resolve("install.log"), listener, m_dist.servletApiJars())
                    .run(script, password, plan.firstStart());
                listener.finish();
            } finally {
                listener.close();
            }
            writeText(layout.dataDir().resolve("seeded-demo.sha256"), plan.demoFingerprint());
        }
        touch(layout.provisionedMarker());
        Installer.configureNameGenerator(layout, modules);
        pruneConfigBackups(layout);
    }

    private void pruneConfigBackups(RuntimeLayout layout) {
        try {
            ConfigBackups.prune(layout.configDir().resolve("backup"), ConfigBackups.KEEP_PER_FILE);
        } catch (IOException e) {
            m_out.println("  note: could not prune " + layout.configDir().resolve("backup") + ": " + e.getMessage());
        }
    }

    /**
     * Puts the previous state back after a failure and serves it again if it was served.
     *
     * @return the failure, with what was done about it
     */
    private InstallException recover(InstallException failure, RuntimeLayout layout, ServerControl control, DataSnapshot snapshot,
        Integer previousPort) {
        StringBuilder message = new StringBuilder(failure.getMessage());
        try {
            if (control.runningProcess().isPresent()) {
                control.stop();
            }
            if (snapshot != null) {
                snapshot.restore();
                message.append("\nThe state from before this run was put back: same modules, content and settings.");
            } else if (previousPort != null) {
                PortSettings.apply(layout.configDir(), previousPort, previousPort + SHELL_PORT_OFFSET);
            }
            if (previousPort != null) {
                control.start(previousPort, previousPort + SHELL_PORT_OFFSET);
                pruneConfigBackups(layout);
                message.append("\nThe portal runs again as before at http://127.0.0.1:").append(previousPort).append("/.");
            }
        } catch (InstallException | RuntimeException second) {
            message.append("\nPutting the previous state back failed too: ").append(second.getMessage());
        }
        return new InstallException(message.toString(), failure.getExitStatus(), failure);
    }

    private void confirmPrivilegedMove(int from, int to) throws InstallException {
        Questions.Answer answer = m_questions.ask("The portal runs on port " + from + ". Move it to the privileged port " + to
            + " (below " + PortCheck.FIRST_UNPRIVILEGED_PORT + ")? Type 'yes' to move it: ");
        if (answer != Questions.Answer.YES) {
            throw new InstallException("Nothing changed: the portal keeps running on port " + from + "."
                + (answer == Questions.Answer.NONE ? " There was no terminal to ask; add --yes to move it without asking." : ""));
        }
    }

    private void printHints(RuntimeLayout layout, int port) {
        m_out.println("  Admin login: user Admin, password in " + layout.adminPasswordFile());
        m_out.println("  Stop it with: " + command("--stop", layout, -1));
        m_out.println("  Status:       " + command("--status", layout, -1));
        m_out.println("  Upgrade after a rebuild: " + command("", layout, port) + " (it restarts only if something changed)");
    }

    /**
     * @return {@code ./install} with the flag and, when they are not the defaults, {@code --port} and {@code --data}
     */
    private String command(String flag, RuntimeLayout layout, int port) {
        StringBuilder text = new StringBuilder("./install");
        if (!flag.isEmpty()) {
            text.append(' ').append(flag);
        }
        if ((port > 0) && (port != InstallOptions.DEFAULT_PORT)) {
            text.append(" --port ").append(port);
        }
        Path defaultData = RuntimeLayout.of(java.nio.file.Paths.get("data")).dataDir();
        if (!layout.dataDir().equals(defaultData)) {
            text.append(" --data ").append(layout.dataDir());
        }
        return text.toString();
    }

    static OptionalInt recordedPort(RuntimeLayout layout) {
        Properties props = new Properties();
        try (var in = Files.newInputStream(layout.runtimePropertiesFile())) {
            props.load(in);
            return OptionalInt.of(Integer.parseInt(props.getProperty("port", "").trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static void writeRuntimeProperties(RuntimeLayout layout, int port, int shellPort) throws InstallException {
        try {
            Files.writeString(layout.runtimePropertiesFile(), "port=" + port + "\nshellPort=" + shellPort + "\n");
        } catch (IOException e) {
            throw new InstallException("Cannot write " + layout.runtimePropertiesFile(), e);
        }
    }

    private static String readPasswordFile(RuntimeLayout layout) throws InstallException {
        try {
            return AdminPassword.readOrCreate(layout.adminPasswordFile());
        } catch (IOException e) {
            throw new InstallException("Cannot read " + layout.adminPasswordFile() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param layout the data directory
     * @return {@code name@version} to the SHA-256 of the ZIP it was installed from, as recorded inside the
     *     web application by the shell command that installed it (so installs through --remote and
     *     --webapp count too)
     */
    static Map<String, String> readInstalledChecksums(RuntimeLayout layout) {
        Map<String, String> result = new HashMap<>();
        Path file = layout.webInfDir().resolve("packages").resolve(INSTALLED_MODULES_RECORD);
        if (Files.exists(file)) {
            Properties props = new Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                return result;
            }
            props.stringPropertyNames().forEach(k -> result.put(k, props.getProperty(k)));
        }
        return result;
    }

    /** File in WEB-INF/packages where the PortalKit shell commands record installed module ZIPs. */
    static final String INSTALLED_MODULES_RECORD = "portalkit-installed-modules.properties";

    private static String readText(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void writeText(Path file, String text) throws InstallException {
        try {
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new InstallException("Cannot write " + file, e);
        }
    }

    private static void touch(Path file) throws InstallException {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new InstallException("Cannot write " + file, e);
        }
    }
}
