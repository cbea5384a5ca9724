package org.portalkit.runtime.support;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.opencms.main.CmsShell;

/**
 * Boots OpenCms on a stopped web application, runs the shell commands read from standard input and
 * exits with status 1 if any PortalKit command failed.
 *
 * <p>Usage: {@code java -cp WEB-INF/lib/*:WEB-INF/classes org.portalkit.runtime.support.OfflineShell <WEB-INF path>}.
 * Commands come from standard input so that nothing secret has to be written to a script file.</p>
 */
public final class OfflineShell {

    /** Exit status when a command failed. */
    public static final int EXIT_FAILED = 1;

    /** Exit status for wrong usage. */
    public static final int EXIT_USAGE = 2;

    private OfflineShell() {
    }

    /**
     * @param args one argument: the WEB-INF folder of the web application
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: OfflineShell <WEB-INF folder>  (commands on standard input)");
            System.exit(EXIT_USAGE);
        }
        try {
            // OpenCms opens its remote shell here too when opencms-system.xml enables it: loopback only
            LoopbackRmiSocketFactory.install();
        } catch (java.io.IOException e) {
            System.err.println("Cannot restrict the remote shell to the loopback interface: " + e.getMessage());
            System.exit(EXIT_FAILED);
        }
        PortalShellCommands commands = new PortalShellCommands();
        CmsShell shell = new CmsShell(args[0], "/opencms/*", "ROOT", "portalkit> ", commands, System.out, System.err, false);
        shell.execute(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        shell.exit();
        int status = commands.getFailures().isEmpty() ? 0 : EXIT_FAILED;
        System.exit(status);
    }
}
