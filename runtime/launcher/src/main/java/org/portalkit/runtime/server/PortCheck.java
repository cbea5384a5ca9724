package org.portalkit.runtime.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Locale;

/**
 * Whether this user can serve on a TCP port of 127.0.0.1, and if not, why: the port is taken by another
 * program, or it is a privileged port (below 1024) that only root may bind.
 */
public final class PortCheck {

    /** Ports below this one are privileged on Unix systems. */
    public static final int FIRST_UNPRIVILEGED_PORT = 1024;

    /** The outcome of a check. */
    public enum Status {
        /** Nothing listens there and this user may bind it. */
        FREE,
        /** Another program listens there. */
        IN_USE,
        /** The port is below 1024 and this user may not bind it. */
        PRIVILEGED
    }

    private PortCheck() {
    }

    /**
     * Tries to bind the port on the loopback address (and releases it at once).
     *
     * @param port a TCP port
     * @return what binding it showed
     */
    public static Status check(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return Status.FREE;
        } catch (IOException e) {
            return classify(port, e);
        }
    }

    /**
     * @param port the port that could not be bound
     * @param failure why binding failed
     * @return {@link Status#PRIVILEGED} for a refused low port, otherwise {@link Status#IN_USE}
     */
    static Status classify(int port, IOException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().toLowerCase(Locale.ROOT);
        boolean denied = message.contains("permission denied") || message.contains("access denied")
            || message.contains("not permitted");
        if ((port < FIRST_UNPRIVILEGED_PORT) && denied) {
            return Status.PRIVILEGED;
        }
        return Status.IN_USE;
    }

    /**
     * @param port a port
     * @param status its check result, not {@link Status#FREE}
     * @return one sentence that says what is wrong and what to do
     */
    public static String explain(int port, Status status) {
        return switch (status) {
            case PRIVILEGED -> "Port " + port + " is a privileged port (below " + FIRST_UNPRIVILEGED_PORT
                + "): only root may serve on it. Choose a port from " + FIRST_UNPRIVILEGED_PORT
                + " up with --port N (e.g. --port 8080), or put a web server in front of the portal.";
            case IN_USE -> "Port " + port + " on 127.0.0.1 is in use by another program. Stop that program or choose another port with --port N.";
            case FREE -> "Port " + port + " is free.";
        };
    }
}
