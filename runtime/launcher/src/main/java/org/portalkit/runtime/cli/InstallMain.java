package org.portalkit.runtime.cli;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.portalkit.runtime.InstallException;

/**
 * Entry point of {@code ./install}. The script passes the distribution folder in the system property
 * {@code portalkit.dist}.
 */
public final class InstallMain {

    private InstallMain() {
    }

    /**
     * @param args the command line of ./install
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * @param args the command line
     * @return the exit status
     */
    public static int run(String[] args) {
        Distribution dist = new Distribution(Paths.get(System.getProperty("portalkit.dist", "runtime/launcher/target/portalkit-runtime")));
        try {
            InstallOptions options = InstallOptions.parse(args, dist.moduleDir(), dist.demoDirs());
            new Installer(options, dist, System.out).run();
            return 0;
        } catch (InstallException e) {
            System.err.println("install: " + e.getMessage());
            return e.getExitStatus();
        }
    }

}
