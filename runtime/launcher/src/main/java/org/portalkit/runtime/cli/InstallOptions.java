package org.portalkit.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.portalkit.runtime.InstallException;

/**
 * The parsed command line of {@code ./install}. Parsing never has side effects; every mistake becomes an
 * {@link InstallException} with exit status 2 and a message that names the problem.
 *
 * @param mode what to do
 * @param dataDir the data directory of the embedded runtime
 * @param port the HTTP port of the embedded runtime
 * @param webappDir the target web application for {@link Mode#WEBAPP}
 * @param remoteHost the host for {@link Mode#REMOTE}
 * @param remotePort the remote shell port for {@link Mode#REMOTE}
 * @param moduleDirs the folders holding the module ZIPs
 * @param demoDirs the demo content folders to seed
 * @param assumeYes whether to skip confirmation questions
 * @param serve whether the default mode starts the server at the end
 * @param portGiven whether {@code --port} was given (otherwise the demo keeps the port it was set up with)
 */
public record InstallOptions(
    Mode mode,
    Path dataDir,
    int port,
    Path webappDir,
    String remoteHost,
    int remotePort,
    List<Path> moduleDirs,
    List<Path> demoDirs,
    boolean assumeYes,
    boolean serve,
    boolean portGiven) {

    /** Exit status for command-line mistakes. */
    public static final int EXIT_USAGE = 2;

    /** Default HTTP port. */
    public static final int DEFAULT_PORT = 8080;

    /**
     * The help text, a resource beside this class. ./install prints the same file straight from the source
     * tree (src/main/resources), so that --help answers before anything is built.
     */
    static final String HELP_RESOURCE = "install-help.txt";

    /** What the installer does. */
    public enum Mode {
        /** Provision the embedded runtime, install modules, seed, serve. */
        DEMO,
        /** Install into a stopped OpenCms web application. */
        WEBAPP,
        /** Install into a running OpenCms through its remote shell. */
        REMOTE,
        /** Stop the embedded runtime. */
        STOP,
        /** Report whether the embedded runtime runs. */
        STATUS,
        /** Delete the embedded runtime's data directory. */
        RESET,
        /** Print the help text. */
        HELP
    }

    /**
     * Parses the arguments.
     *
     * @param args the command-line arguments
     * @param defaultModuleDir the module folder of the build
     * @param defaultDemoDirs the demo content folders of the build
     * @return the options
     * @throws InstallException for unknown flags, missing or invalid values, conflicting modes
     */
    public static InstallOptions parse(String[] args, Path defaultModuleDir, List<Path> defaultDemoDirs) throws InstallException {
        Mode mode = Mode.DEMO;
        Path dataDir = Paths.get("data");
        int port = DEFAULT_PORT;
        Path webappDir = null;
        String remoteHost = null;
        int remotePort = -1;
        List<Path> moduleDirs = new ArrayList<>(List.of(defaultModuleDir));
        List<Path> demoDirs = new ArrayList<>(defaultDemoDirs);
        boolean assumeYes = false;
        boolean serve = true;
        boolean portGiven = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> mode = setMode(mode, Mode.HELP, arg);
                case "--stop" -> mode = setMode(mode, Mode.STOP, arg);
                case "--status" -> mode = setMode(mode, Mode.STATUS, arg);
                case "--reset" -> mode = setMode(mode, Mode.RESET, arg);
                case "--yes" -> assumeYes = true;
                case "--no-serve" -> serve = false;
                case "--port" -> {
                    port = parsePort(value(args, ++i, arg), arg);
                    portGiven = true;
                }
                case "--data" -> dataDir = Paths.get(value(args, ++i, arg));
                case "--modules" -> {
                    moduleDirs.clear();
                    for (String dir : value(args, ++i, arg).split(",")) {
                        if (!dir.isBlank()) {
                            moduleDirs.add(Paths.get(dir.trim()));
                        }
                    }
                    if (moduleDirs.isEmpty()) {
                        throw usage("Option --modules needs at least one folder.");
                    }
                }
                case "--demo" -> {
                    demoDirs.clear();
                    for (String dir : value(args, ++i, arg).split(",")) {
                        if (!dir.isBlank()) {
                            demoDirs.add(Paths.get(dir.trim()));
                        }
                    }
                }
                case "--webapp" -> {
                    mode = setMode(mode, Mode.WEBAPP, arg);
                    webappDir = Paths.get(value(args, ++i, arg));
                }
                case "--remote" -> {
                    mode = setMode(mode, Mode.REMOTE, arg);
                    String target = value(args, ++i, arg);
                    int colon = target.lastIndexOf(':');
                    if (colon <= 0 || colon == target.length() - 1) {
                        throw usage("--remote needs HOST:PORT (for example 127.0.0.1:1100), not '" + target + "'.");
                    }
                    remoteHost = target.substring(0, colon);
                    remotePort = parsePort(target.substring(colon + 1), arg);
                }
                default -> throw usage("Unknown option '" + arg + "'. Run ./install --help for the options.");
            }
        }
        return new InstallOptions(mode, dataDir, port, webappDir, remoteHost, remotePort, List.copyOf(moduleDirs), List.copyOf(demoDirs), assumeYes, serve, portGiven);
    }

    private static Mode setMode(Mode current, Mode wanted, String flag) throws InstallException {
        if (current != Mode.DEMO && current != wanted) {
            throw usage("Option " + flag + " cannot be combined with --" + current.name().toLowerCase() + ".");
        }
        return wanted;
    }

    private static String value(String[] args, int index, String flag) throws InstallException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw usage("Option " + flag + " needs a value.");
        }
        return args[index];
    }

    private static int parsePort(String text, String flag) throws InstallException {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw usage("Option " + flag + ": port " + port + " is outside 1–65535.");
            }
            return port;
        } catch (NumberFormatException e) {
            throw usage("Option " + flag + ": '" + text + "' is not a port number.");
        }
    }

    private static InstallException usage(String message) {
        return new InstallException(message, EXIT_USAGE, null);
    }

    /** @return the help text (the resource {@value #HELP_RESOURCE} beside this class) */
    public static String helpText() {
        try (InputStream in = InstallOptions.class.getResourceAsStream(HELP_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The launcher lacks its help text " + HELP_RESOURCE + "; rebuild it.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the help text " + HELP_RESOURCE, e);
        }
    }
}
