package org.portalkit.runtime.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.modules.ModuleZip;
import org.portalkit.runtime.provision.AdminPassword;
import org.portalkit.runtime.provision.WebappProvisioner;
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
            case DEMO -> demo();
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
            int port = readRuntimePort(layout, m_options.port());
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
            m_out.print("Delete " + layout.dataDir() + " with all portal content? Type 'yes' to confirm: ");
            m_out.flush();
            String answer = readLine();
            if (!"yes".equalsIgnoreCase(answer == null ? "" : answer.trim())) {
                m_out.println("Nothing deleted.");
                return;
            }
        }
        serverControl().stop();
        try (Stream<Path> walk = Files.walk(layout.dataDir())) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new InstallException("Could not delete " + layout.dataDir() + ": " + e.getMessage(), e);
        }
        m_out.println("Deleted " + layout.dataDir() + ".");
    }

    private void demo() throws InstallException {
        RuntimeLayout layout = layout();
        int port = m_options.port();
        int shellPort = port + SHELL_PORT_OFFSET;
        if (shellPort > 65535) {
            throw new InstallException("Port " + port + " is too high: the remote shell needs port " + shellPort + ".", InstallOptions.EXIT_USAGE, null);
        }
        List<ModuleZip> modules = verifyModules();
        ServerControl control = serverControl();
        boolean wasRunning = control.runningProcess().isPresent();
        if (!wasRunning) {
            for (int p : new int[] {port, shellPort}) {
                if (ServerControl.isPortInUse(p)) {
                    throw new InstallException("Port " + p + " on 127.0.0.1 is in use by another program. Stop it or choose another port with --port N.");
                }
            }
        }
        phase("provision", "OpenCms 11.0.2 in " + layout.dataDir());
        if (wasRunning) {
            m_out.println("  stopping the running portal to upgrade it");
            control.stop();
        }
        boolean firstStart = !Files.exists(layout.provisionedMarker());
        long t0 = System.nanoTime();
        new WebappProvisioner(layout, m_dist.webappLibDir(), port, shellPort).provision();
        writeRuntimeProperties(layout, port, shellPort);
        m_out.println("  " + (firstStart ? "provisioned" : "up to date") + " (" + millis(t0) + " ms)");
        String password = readPasswordFile(layout);

        Map<String, String> installed = readInstalledChecksums(layout);
        List<ModuleZip> changed = new ArrayList<>();
        Map<String, String> checksums = new HashMap<>();
        for (ModuleZip module : modules) {
            String sum = ModuleZip.sha256(module.path());
            checksums.put(module.moduleName(), sum);
            if (!sum.equals(installed.get(module.moduleName()))) {
                changed.add(module);
            }
        }
        String demoFingerprint = demoFingerprint(m_options.demoDirs());
        boolean demoChanged = !demoFingerprint.equals(readText(layout.dataDir().resolve("seeded-demo.sha256")));
        if (!firstStart && changed.isEmpty() && !demoChanged) {
            phase("import", "all modules up to date");
            phase("seed", "demo content unchanged");
            phase("publish", "nothing to publish");
        } else {
            ShellScript script = new ShellScript().add("pkLogin").add("pkSetup").add("pkPublish");
            for (ModuleZip module : changed) {
                script.add("pkInstallModule", module.path().toString());
            }
            for (Path demo : m_options.demoDirs()) {
                if (Files.isDirectory(demo)) {
                    script.add("pkSeed", demo.toAbsolutePath().toString());
                }
            }
            script.add("pkPublish");
            phase("import", changed.isEmpty() ? "all modules up to date" : changed.size() + " module(s): "
                + changed.stream().map(ModuleZip::moduleName).collect(Collectors.joining(", ")));
            phase("seed", "demo content that is missing");
            phase("publish", "publish the Offline project and index it in Solr");
            t0 = System.nanoTime();
            new OfflineShellRunner(layout.webInfDir(), layout.dataDir().resolve("install.log"), m_out, m_dist.servletApiJars())
                .run(script, password, firstStart);
            m_out.println("  done (" + millis(t0) + " ms)");
            for (ModuleZip module : changed) {
                installed.put(module.moduleName(), checksums.get(module.moduleName()));
            }
            writeInstalledChecksums(layout, installed);
            writeText(layout.dataDir().resolve("seeded-demo.sha256"), demoFingerprint);
        }
        touch(layout.provisionedMarker());
        configureNameGenerator(layout, modules);

        if (!m_options.serve()) {
            m_out.println("Installed. Start the portal with ./install");
            return;
        }
        phase("start", "Tomcat 9 on 127.0.0.1:" + port);
        t0 = System.nanoTime();
        control.start(port, shellPort);
        m_out.println("  started (" + millis(t0) + " ms)");
        m_out.println();
        m_out.println("PortalKit is running at http://127.0.0.1:" + port + "/");
        m_out.println("  Admin login: user Admin, password in " + layout.adminPasswordFile());
        m_out.println("  Stop it with: ./install --stop");
    }

    private void installIntoWebapp() throws InstallException {
        Path webInf = m_options.webappDir().resolve("WEB-INF").toAbsolutePath().normalize();
        if (!Files.isRegularFile(webInf.resolve("config/opencms.properties"))) {
            throw new InstallException(m_options.webappDir() + " is not an OpenCms web application (no WEB-INF/config/opencms.properties).");
        }
        if (Files.isRegularFile(webInf.resolve("config/opencms-modules.xml")) && isLocked(webInf)) {
            throw new InstallException("The OpenCms at " + m_options.webappDir() + " seems to be running. Stop it first, or use --remote.");
        }
        List<ModuleZip> modules = verifyModules();
        String password = m_passwordSource.get();
        ShellScript script = new ShellScript().add("pkLogin");
        for (ModuleZip module : modules) {
            script.add("pkInstallModule", module.path().toString());
        }
        script.add("pkPublish");
        phase("import", modules.size() + " module(s) into " + m_options.webappDir());
        new OfflineShellRunner(webInf, webInf.resolve("logs/portalkit-install.log"), m_out, withSupportJar(m_dist.servletApiJars()))
            .run(script, password, false);
        m_out.println("Installed. Restart that OpenCms so it loads the module jars.");
    }

    private void installRemote() throws InstallException {
        List<ModuleZip> modules = verifyModules();
        String password = m_passwordSource.get();
        phase("connect", m_options.remoteHost() + ":" + m_options.remotePort());
        try (RemoteShellClient shell = RemoteShellClient.connect(m_options.remoteHost(), m_options.remotePort())) {
            shell.login("Admin", password);
            shell.execute("setSiteRoot", "/");
            shell.execute("setCurrentProject", "Offline");
            String installed = shell.execute("listModules");
            for (ModuleZip module : modules) {
                boolean present = installed.lines().anyMatch(line -> line.trim().equals(module.moduleName()));
                phase("import", (present ? "updating " : "importing ") + module.moduleName() + " " + module.version());
                if (shell.hasPortalKitCommands()) {
                    shell.execute("pkInstallModule", module.path().toString());
                } else {
                    shell.execute(present ? "replaceModule" : "importModule", module.path().toString());
                }
            }
            phase("publish", "Offline project");
            shell.execute(shell.hasPortalKitCommands() ? "pkPublish" : "publishProjectAndWait");
        }
        m_out.println("Installed. Restart that OpenCms so it loads new module jars.");
    }

    /**
     * @return the module ZIPs of the module folder, verified, dependencies first
     * @throws InstallException if a ZIP is missing or corrupt or a dependency is unknown
     */
    List<ModuleZip> verifyModules() throws InstallException {
        List<Path> zips = new ArrayList<>();
        for (Path dir : m_options.moduleDirs()) {
            phase("verify", "module ZIPs in " + dir);
            if (!Files.isDirectory(dir)) {
                throw new InstallException("Module folder not found: " + dir + ". Build first: mvn -B -DskipTests install");
            }
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".zip")).sorted().forEach(zips::add);
            } catch (IOException e) {
                throw new InstallException("Cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        if (zips.isEmpty()) {
            throw new InstallException("No module ZIPs in " + m_options.moduleDirs() + ".");
        }
        Map<String, ModuleZip> byName = new LinkedHashMap<>();
        for (Path zip : zips) {
            ModuleZip module = ModuleZip.verify(zip, true);
            ModuleZip earlier = byName.put(module.moduleName(), module);
            if (earlier != null) {
                throw new InstallException("Module " + module.moduleName() + " is given twice: " + earlier.path() + " and " + zip + ". Keep one.");
            }
        }
        return ModuleOrder.sort(byName);
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

    private static boolean isLocked(Path webInf) {
        return false;
    }

    private String readLine() {
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private void phase(String name, String detail) {
        m_out.println("[" + name + "] " + detail);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String readPasswordFile(RuntimeLayout layout) throws InstallException {
        try {
            return AdminPassword.readOrCreate(layout.adminPasswordFile());
        } catch (IOException e) {
            throw new InstallException("Cannot read " + layout.adminPasswordFile() + ": " + e.getMessage(), e);
        }
    }

    private static int readRuntimePort(RuntimeLayout layout, int fallback) {
        Properties props = new Properties();
        try (var in = Files.newInputStream(layout.runtimePropertiesFile())) {
            props.load(in);
            return Integer.parseInt(props.getProperty("port", Integer.toString(fallback)));
        } catch (Exception e) {
            return fallback;
        }
    }

    private static void writeRuntimeProperties(RuntimeLayout layout, int port, int shellPort) throws InstallException {
        try {
            Files.writeString(layout.runtimePropertiesFile(), "port=" + port + "\nshellPort=" + shellPort + "\n");
        } catch (IOException e) {
            throw new InstallException("Cannot write " + layout.runtimePropertiesFile(), e);
        }
    }

    private static Map<String, String> readInstalledChecksums(RuntimeLayout layout) {
        Map<String, String> result = new HashMap<>();
        Path file = layout.dataDir().resolve("installed-modules.properties");
        if (Files.exists(file)) {
            Properties props = new Properties();
            try (var in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                return result;
            }
            props.stringPropertyNames().forEach(k -> result.put(k, props.getProperty(k)));
        }
        return result;
    }

    private static void writeInstalledChecksums(RuntimeLayout layout, Map<String, String> sums) throws InstallException {
        StringBuilder text = new StringBuilder("# SHA-256 of the module ZIPs installed in this runtime\n");
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> text.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        try {
            Files.writeString(layout.dataDir().resolve("installed-modules.properties"), text);
        } catch (IOException e) {
            throw new InstallException("Cannot record installed modules: " + e.getMessage(), e);
        }
    }

    /**
     * Sets OpenCms' file name generator to the class an installed module asks for (module parameter
     * {@value ModuleZip#PARAM_NAME_GENERATOR}); takes effect when the server starts. OpenCms reads the class
     * at start-up, so this happens only after the module (and its jar in WEB-INF/lib) is installed.
     */
    static void configureNameGenerator(RuntimeLayout layout, List<ModuleZip> modules) throws InstallException {
        String wanted = null;
        for (ModuleZip module : modules) {
            String value = module.parameters().get(ModuleZip.PARAM_NAME_GENERATOR);
            if (value != null && value.matches("[A-Za-z_][A-Za-z0-9_.$]*")) {
                wanted = value;
            }
        }
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

    private static String readText(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "";
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
