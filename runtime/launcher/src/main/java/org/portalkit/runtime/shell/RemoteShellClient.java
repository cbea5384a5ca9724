package org.portalkit.runtime.shell;

import java.rmi.NotBoundException;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.util.ArrayList;
import java.util.List;

import org.opencms.rmi.CmsShellCommandResult;
import org.opencms.rmi.I_CmsRemoteShell;
import org.opencms.rmi.I_CmsRemoteShellProvider;
import org.portalkit.runtime.InstallException;

/**
 * Runs shell commands in a running OpenCms through its remote shell (RMI, {@code <shell-server>} in
 * opencms-system.xml). Uses only the standard OpenCms shell commands, so it works against any OpenCms
 * 11 installation, not just the PortalKit runtime.
 */
public final class RemoteShellClient implements AutoCloseable {

    private static final String PROVIDER = "RemoteShellProvider";
    private static final String LOGIN_OK_PREFIX = "You are now logged in as user";

    /** The PortalKit shell commands, used when the server has them (the PortalKit runtime does). */
    public static final String PORTALKIT_COMMANDS = "org.portalkit.runtime.support.PortalShellCommands";

    private final I_CmsRemoteShell m_shell;
    private final String m_where;
    private final boolean m_portalKitCommands;

    private RemoteShellClient(I_CmsRemoteShell shell, String where, boolean portalKitCommands) {
        m_shell = shell;
        m_where = where;
        m_portalKitCommands = portalKitCommands;
    }

    /**
     * @return whether the server offers the PortalKit shell commands (pkInstallModule with rollback,
     *     pkPublish); otherwise only the standard OpenCms commands are available
     */
    public boolean hasPortalKitCommands() {
        return m_portalKitCommands;
    }

    /**
     * Connects to a remote shell.
     *
     * @param host host of the OpenCms server
     * @param port port of its RMI registry
     * @return the connected client
     * @throws InstallException if the server cannot be reached
     */
    public static RemoteShellClient connect(String host, int port) throws InstallException {
        String where = host + ":" + port;
        try {
            Registry registry = LocateRegistry.getRegistry(host, port);
            I_CmsRemoteShellProvider provider = (I_CmsRemoteShellProvider)registry.lookup(PROVIDER);
            try {
                return new RemoteShellClient(provider.createShell(PORTALKIT_COMMANDS), where, true);
            } catch (RemoteException e) {
                // a plain OpenCms without the PortalKit runtime support jar
                return new RemoteShellClient(provider.createShell(null), where, false);
            }
        } catch (RemoteException | NotBoundException e) {
            throw new InstallException("Remote OpenCms shell not reachable at " + where
                + ": " + rootMessage(e) + ". Is OpenCms running with <shell-server enabled=\"true\" port=\"" + port + "\"/>?", e);
        }
    }

    /**
     * Logs in; fails with a clear message on a wrong password.
     *
     * @param user the user name
     * @param password the password
     * @throws InstallException if the login fails
     */
    public void login(String user, String password) throws InstallException {
        String output = call("login", user, password).getOutput();
        if ((output == null) || !output.contains(LOGIN_OK_PREFIX)) {
            throw new InstallException("Login as " + user + " at " + m_where + " failed: wrong user name or password.");
        }
    }

    /**
     * Executes one command.
     *
     * @param command the command name
     * @param args the arguments
     * @return the command's output
     * @throws InstallException if the command reports an error or the connection fails
     */
    public String execute(String command, String... args) throws InstallException {
        CmsShellCommandResult result = call(command, args);
        String output = result.getOutput() == null ? "" : result.getOutput();
        if (isFailure(result, output)) {
            throw new InstallException("Remote command '" + command + "' failed at " + m_where + ":\n" + output.trim());
        }
        return output;
    }

    private CmsShellCommandResult call(String command, String... args) throws InstallException {
        try {
            return m_shell.executeCommand(command, new ArrayList<>(List.of(args)));
        } catch (RemoteException e) {
            throw new InstallException("Lost the connection to " + m_where + ": " + rootMessage(e), e);
        }
    }

    /**
     * The OpenCms shell reports a failing command only in its output (it catches the exception and prints
     * it; the result's error flag stays unset and the error code is -1 unless configured), so the output
     * is checked for the shell's failure phrases and the reports' error marker.
     *
     * @param result the command result
     * @param output its output
     * @return whether the command failed
     */
    static boolean isFailure(CmsShellCommandResult result, String output) {
        return result.hasError()
            || (result.getErrorCode() > 0)
            || output.contains("Exception while calling method")
            || output.contains("Requested method not found")
            || output.contains("Login failed!")
            || output.lines().anyMatch(line -> line.startsWith("FAILED "))
            || output.lines().anyMatch(line -> line.startsWith("!!!"));
    }

    @Override
    public void close() {
        try {
            m_shell.end();
        } catch (RemoteException e) {
            // the session ends with the connection anyway
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
