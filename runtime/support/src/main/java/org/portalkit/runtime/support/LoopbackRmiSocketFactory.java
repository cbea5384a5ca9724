package org.portalkit.runtime.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * Makes every RMI server socket of this JVM listen on the loopback interface only, so the OpenCms remote
 * shell (which has no transport security) cannot be reached from other hosts. Used by the server JVM and by
 * the offline shell (OpenCms starts its remote shell server in both when opencms-system.xml enables it).
 */
public final class LoopbackRmiSocketFactory extends RMISocketFactory {

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return new Socket(host, port);
    }

    /**
     * Installs the factory for the whole JVM; call before anything exports an RMI object.
     *
     * @throws IOException if a factory was installed already
     */
    public static void install() throws IOException {
        System.setProperty("java.rmi.server.hostname", "127.0.0.1");
        RMISocketFactory.setSocketFactory(new LoopbackRmiSocketFactory());
    }
}
