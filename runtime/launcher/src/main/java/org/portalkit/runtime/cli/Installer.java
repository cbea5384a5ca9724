package org.portalkit.runtime.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.portalkit.runtime.FileTrees;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.modules.ModuleZip;
import org.portalkit.runtime.server.ServerControl;
import org.portalkit.runtime.shell.OfflineShellRunner;
import org.portalkit.runtime.shell.RemoteShellClient;
import org.portalkit.runtime.shell.ShellScript;

/**
 * Carries out what {@link InstallOptions} asks for, printing each phase.
 */
public final class Installer {

    /** Offset of the remote shell port from the HTTP port. */
    public static final int SHELL_PORT_OFFSET = 10000;

    private final InstallOptions m_options;
    private final Distribution m_dist;
    private final PrintStream m_out;
    private final AdminPasswordSource m_passwordSource;
    private final Progress m_progress;

    /** Where the Admin password of a foreign OpenCms (--webapp, --remote) comes from. */
    @FunctionalInterface
    public interface AdminPasswordSource {
        /**
         * @return the password
         * @throws InstallException if none can be obtained
         */
        String get() throws InstallException;
    }

    /**
     * @param options the parsed options
     * @param dist the built runtime distribution
     * @param out where progress goes
     */
    public Installer(InstallOptions options, Distribution dist, PrintStream out) {
        this(options, dist, out, Installer::adminPasswordFromUser);
    }

    /**
     * @param options the parsed options
     * @param dist the built runtime distribution
     * @param out where progress goes
     * @param passwordSource the Admin password for --webapp and --remote
     */
    public Installer(InstallOptions options, Distribution dist, PrintStream out, AdminPasswordSource passwordSource) {
        m_options = options;
        m_dist = dist;
        m_out = out;
        m_passwordSource = passwordSource;
        m_progress = out == System.out ? Progress.forConsole(out) : new Progress(out, false);
    }

    /**
     * @throws InstallException on any failure
     */
    public void run() throws InstallException {
        switch (m_options.mode()) {
            case HELP -> m_out.print(InstallOptions.helpText());
            case STATUS -> status();
            case STOP -> stop();
            case RESET -> reset();
            case WEBAPP -> installIntoWebapp();
            case REMOTE -> installRemote();
            case DEMO -> new DemoInstaller(m_options, m_dist, m_out, m_progress, Questions.onConsole(m_out, m_options.assumeYes())).run();
            default -> throw new IllegalStateException(m_options.mode().name());
        }
    }

    private RuntimeLayout layout() {
        return RuntimeLayout.of(m_options.dataDir());
    }

    private ServerControl serverControl() {
        return new ServerControl(layout(), m_dist.serverClasspath());
    }

    private void status() {
        var process = serverControl().runningProcess();
        RuntimeLayout layout = layout();
        if (process.isPresent()) {
            int port = DemoInstaller.recordedPort(layout).orElse(m_options.port());
            m_out.println("PortalKit is running (pid " + process.get().pid() + ") at http://127.0.0.1:" + port + "/");
            m_out.println("Data directory: " + layout.dataDir());
        } else if (Files.exists(layout.provisionedMarker())) {
            m_out.println("PortalKit is stopped. Data directory: " + layout.dataDir() + ". Start it with ./install");
        } else {
            m_out.println("PortalKit is not installed in " + layout.dataDir() + ". Run ./install");
        }
    }

    private void stop() {
        if (serverControl().stop()) {
            m_out.println("PortalKit stopped.");
        } else {
            m_out.println("PortalKit was not running.");
        }
    }

    private void reset() throws InstallException {
        RuntimeLayout layout = layout();
        if (!Files.exists(layout.dataDir())) {
            m_out.println("Nothing to reset: " + layout.dataDir() + " does not exist.");
            return;
        }
        if (!m_options.assumeYes()) {
            Questions.Answer answer = Questions.onConsole(m_out, false)
                .ask("Delete " + layout.dataDir() + " with all portal content? Type 'yes' to confirm: ");
            if (answer != Questions.Answer.YES) {
                m_out.println(answer == Questions.Answer.NONE
                    ? "Nothing deleted: there was no answer (no terminal). To delete without a question: ./install --reset --yes"
                    : "Nothing deleted.");
                return;
            }
        }
        serverControl().stop();
        try {
            FileTrees.delete(layout.dataDir());
        } catch (IOException e) {
            throw new InstallException("Could not delete " + layout.dataDir() + ": " + e.getMessage(), e);
        }
        m_out.println("Deleted " + layout.dataDir() + ".");
    }

    private void installIntoWebapp() throws InstallException {
        Path webInf = m_options.webappDir().resolve("WEB-INF").toAbsolutePath().normalize();
        if (!Files.isRegularFile(webInf.resolve("config/opencms.properties"))) {
            throw new InstallException(m_options.webappDir() + " is not an OpenCms web application (no WEB-INF/config/opencms.properties).");
        }
        Optional<String> inUse = WebappLock.inUse(webInf);
        if (inUse.isPresent()) {
            throw new InstallException("The OpenCms at " + m_options.webappDir() + " is running (" + inUse.get()
                + "): stop the running OpenCms first (for the demo portal: ./install --stop), or install into it while it runs with --remote HOST:PORT.");
        }
        List<ModuleZip> modules = verifyModules();
        String password = m_passwordSource.get();
        ShellScript script = new ShellScript().add("pkLogin");
        OfflineShellRunner.phase(script, "import", modules.size() + " module(s) into " + m_options.webappDir());
        for (ModuleZip module : modules) {
            script.add("pkInstallModule", module.path().toString());
        }
        OfflineShellRunner.phase(script, "publish", "the Offline project");
        script.add("pkPublish");
        try (Progress.Step boot = m_progress.start("boot", "that OpenCms, in an offline shell")) {
            ShellSteps listener = new ShellSteps(m_progress, boot);
            try {
                new OfflineShellRunner(webInf, webInf.resolve("logs/portalkit-install.log"), listener, withSupportJar(m_dist.servletApiJars()))
                    .run(script, password, false);
                listener.finish();
            } finally {
                listener.close();
            }
        }
        m_out.println("Installed. Restart that OpenCms so it loads the module jars.");
    }

    private void installRemote() throws InstallException {
        List<ModuleZip> modules = verifyModules();
        String password = m_passwordSource.get();
        try (Progress.Step connect = m_progress.start("connect", m_options.remoteHost() + ":" + m_options.remotePort());
            RemoteShellClient shell = RemoteShellClient.connect(m_options.remoteHost(), m_options.remotePort())) {
            shell.login("Admin", password);
            shell.execute("setSiteRoot", "/");
            shell.execute("setCurrentProject", "Offline");
            String installed = shell.execute("listModules");
            Map<String, String> installedZips = shell.hasPortalKitCommands() ? installedZipChecksums(shell.execute("pkModuleInfo")) : Map.of();
            connect.done(shell.hasPortalKitCommands() ? "connected"
                : "connected (this OpenCms has no PortalKit shell commands: installed checksums cannot be compared, every module is imported)");
            int imported = 0;
            for (ModuleZip module : modules) {
                String sum = module.sha256();
                if (sum.equals(installedZips.get(module.moduleName() + "@" + module.version()))) {
                    m_out.println("[import] " + module.moduleName() + " " + module.version() + " is installed from this very ZIP: skipped");
                    continue;
                }
                boolean present = installed.lines().anyMatch(line -> line.trim().equals(module.moduleName()));
                try (Progress.Step step = m_progress.start("import", (present ? "updating " : "importing ") + module.moduleName() + " " + module.version())) {
                    if (shell.hasPortalKitCommands()) {
                        shell.execute("pkInstallModule", module.path().toString());
                    } else {
                        shell.execute(present ? "replaceModule" : "importModule", module.path().toString());
                    }
                    step.done("installed");
                }
                imported++;
            }
            if (imported == 0) {
                m_out.println("Nothing to install: every module is up to date.");
                return;
            }
            try (Progress.Step publish = m_progress.start("publish", "the Offline project")) {
                shell.execute(shell.hasPortalKitCommands() ? "pkPublish" : "publishProjectAndWait");
                publish.done("published");
            }
        }
        m_out.println("Installed. Restart that OpenCms so it loads new module jars.");
    }

    /**
     * @param moduleInfo the output of the pkModuleInfo shell command
     * @return {@code name@version} to the SHA-256 of the ZIP it was installed from
     */
    static Map<String, String> installedZipChecksums(String moduleInfo) {
        Map<String, String> result = new java.util.HashMap<>();
        for (String line : moduleInfo.lines().toList()) {
            String[] parts = line.trim().split("\\s+");
            if ((parts.length == 4) && "MODULE".equals(parts[0]) && parts[3].matches("[0-9a-f]{64}")) {
                result.put(parts[1] + "@" + parts[2], parts[3]);
            }
        }
        return result;
    }

    /**
     * @return the module ZIPs of the module folder, verified, dependencies first
     * @throws InstallException if a ZIP is missing or corrupt or a dependency is unknown
     */
    List<ModuleZip> verifyModules() throws InstallException {
        try (Progress.Step verify = m_progress.start("verify", "module ZIPs in " + m_options.moduleDirs().stream().map(Path::toString).collect(Collectors.joining(", ")))) {
            List<ModuleZip> modules = ModuleSet.verify(m_options.moduleDirs(), verify::line);
            verify.done(modules.size() + " module(s) verified");
            return modules;
        }
    }

    /**
     * @return the Admin password from PORTALKIT_ADMIN_PASSWORD or a terminal prompt
     * @throws InstallException if there is neither
     */
    public static String adminPasswordFromUser() throws InstallException {
        String password = System.getenv("PORTALKIT_ADMIN_PASSWORD");
        if (password != null && !password.isEmpty()) {
            return password;
        }
        Console console = System.console();
        if (console == null) {
            throw new InstallException("No Admin password: set PORTALKIT_ADMIN_PASSWORD or run ./install in a terminal.");
        }
        char[] typed = console.readPassword("Admin password: ");
        if (typed == null || typed.length == 0) {
            throw new InstallException("No Admin password given.");
        }
        return new String(typed);
    }

    private List<Path> withSupportJar(List<Path> jars) {
        List<Path> all = new ArrayList<>(jars);
        all.add(m_dist.supportJar());
        return all;
    }

    /**
     * Sets OpenCms' file name generator to the class an installed module asks for (module parameter
     * {@value ModuleZip#PARAM_NAME_GENERATOR}); takes effect when the server starts. OpenCms reads the class
     * at start-up, so this happens only after the module (and its jar in WEB-INF/lib) is installed.
     */
    static void configureNameGenerator(RuntimeLayout layout, List<ModuleZip> modules) throws InstallException {
        String wanted = wantedNameGenerator(modules);
        if (wanted == null) {
            return;
        }
        Path vfs = layout.configDir().resolve("opencms-vfs.xml");
        try {
            String xml = Files.readString(vfs, StandardCharsets.UTF_8);
            String element = "<namegenerator class=\"" + wanted + "\"/>";
            String updated;
            if (xml.contains(element)) {
                return;
            } else if (xml.matches("(?s).*<namegenerator\\s[^>]*/>.*")) {
                updated = xml.replaceFirst("<namegenerator\\s[^>]*/>", java.util.regex.Matcher.quoteReplacement(element));
            } else if (xml.contains("</collectors>")) {
                updated = xml.replaceFirst("</collectors>", java.util.regex.Matcher.quoteReplacement("</collectors>\n      " + element));
            } else {
                updated = xml.replaceFirst("</resourcetypes>", java.util.regex.Matcher.quoteReplacement("</resourcetypes>\n      " + element));
            }
            Files.writeString(vfs, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InstallException("Cannot configure the file name generator in " + vfs + ": " + e.getMessage(), e);
        }
    }

    private static String wantedNameGenerator(List<ModuleZip> modules) {
        String wanted = null;
        for (ModuleZip module : modules) {
            String value = module.parameters().get(ModuleZip.PARAM_NAME_GENERATOR);
            if (value != null && value.matches("[A-Za-z_][A-Za-z0-9_.$]*")) {
                wanted = value;
            }
        }
        return wanted;
    }

    /**
     * @param layout the data directory
     * @param modules the modules to install
     * @return whether {@link #configureNameGenerator} would change opencms-vfs.xml
     */
    static boolean nameGeneratorPending(RuntimeLayout layout, List<ModuleZip> modules) {
        String wanted = wantedNameGenerator(modules);
        if (wanted == null) {
            return false;
        }
        try {
            return !Files.readString(layout.configDir().resolve("opencms-vfs.xml"), StandardCharsets.UTF_8)
                .contains("<namegenerator class=\"" + wanted + "\"/>");
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * @param dirs demo content folders
     * @return a SHA-256 over every file's relative path and content, so that changed demo content is seeded
     * @throws InstallException if a file cannot be read
     */
    static String demoFingerprint(List<Path> dirs) throws InstallException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
                }
                for (Path file : files) {
                    digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte)0);
                    digest.update(Files.readAllBytes(file));
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new InstallException("Cannot read the demo content: " + e.getMessage(), e);
        }
    }

}
