package org.portalkit.runtime.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanFilter;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.support.LoopbackRmiSocketFactory;

/**
 * Serves the provisioned OpenCms web application with an embedded Tomcat 9 on 127.0.0.1.
 *
 * <p>Usage: {@code PortalServer <data directory> <port>}. A JVM shutdown hook (SIGTERM, Ctrl-C) stops
 * Tomcat, which shuts OpenCms down cleanly (flushing caches, closing the database and Solr).</p>
 */
public final class PortalServer {

    private final RuntimeLayout m_layout;
    private final int m_port;
    private Tomcat m_tomcat;
    private boolean m_stopped;

    /**
     * @param layout the data directory layout
     * @param port the HTTP port (bound on 127.0.0.1)
     */
    public PortalServer(RuntimeLayout layout, int port) {
        m_layout = layout;
        m_port = port;
    }

    /**
     * Starts Tomcat and the OpenCms web application; returns once the application has started.
     *
     * @throws Exception if Tomcat or OpenCms cannot start
     */
    public void start() throws Exception {
        clearJspRepository();
        Path tomcatBase = m_layout.dataDir().resolve("tomcat");
        Files.createDirectories(tomcatBase);
        m_tomcat = new Tomcat();
        m_tomcat.setBaseDir(tomcatBase.toString());
        Connector connector = new Connector();
        connector.setPort(m_port);
        connector.setProperty("address", "127.0.0.1");
        connector.setURIEncoding("UTF-8");
        connector.setProperty("maxThreads", "100");
        // no Server header: Tomcat sends none of its own, and this removes the one OpenCms sets
        connector.setProperty("serverRemoveAppProvidedValues", "true");
        m_tomcat.setConnector(connector);
        m_tomcat.getHost().setAutoDeploy(false);
        // errors outside the web application's error pages: a friendly page, no stack trace, no version
        ((org.apache.catalina.core.StandardHost) m_tomcat.getHost()).setErrorReportValveClass(PortalErrorReportValve.class.getName());
        Context context = m_tomcat.addWebapp("", m_layout.webappDir().toString());
        StandardJarScanner scanner = new StandardJarScanner();
        scanner.setScanManifest(false);
        StandardJarScanFilter filter = new StandardJarScanFilter();
        // Only the OpenCms and JSTL jars carry tag libraries; skipping the rest saves seconds at start-up.
        filter.setTldSkip("*.jar");
        filter.setTldScan("opencms-core-*.jar,javax.servlet.jsp.jstl-*.jar,jstl-*.jar");
        filter.setPluggabilitySkip("*.jar");
        scanner.setJarScanFilter(filter);
        context.setJarScanner(scanner);
        context.setSessionCookiePathUsesTrailingSlash(false);
        m_tomcat.start();
        if (!context.getState().isAvailable()) {
            throw new IllegalStateException("The OpenCms web application did not start; see " + m_layout.logsDir().resolve("opencms.log"));
        }
    }

    /**
     * Empties WEB-INF/jsp, OpenCms' file cache of JSPs taken from the VFS. OpenCms refreshes a cached JSP
     * only when the VFS resource is newer than the file, so after an offline install that replaced a JSP
     * by an older-dated one (a downgrade, or a restore of a previous release) the cache could serve the
     * wrong code. It is rebuilt from the VFS on first use.
     */
    private void clearJspRepository() throws java.io.IOException {
        org.portalkit.runtime.FileTrees.delete(m_layout.webInfDir().resolve("jsp"));
    }

    /** Stops Tomcat and OpenCms; later calls do nothing. */
    public synchronized void stop() {
        if (m_tomcat != null && !m_stopped) {
            m_stopped = true;
            try {
                m_tomcat.stop();
                m_tomcat.destroy();
            } catch (Exception e) {
                System.err.println("Error while stopping: " + e);
            }
        }
    }

    /**
     * @param args data directory and port
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: PortalServer <data directory> <port>");
            System.exit(2);
        }
        RuntimeLayout layout = RuntimeLayout.of(Paths.get(args[0]));
        int port = Integer.parseInt(args[1]);
        // everything the server prints (Tomcat's console logging included, which binds System.err when it
        // starts) goes to a log that rotates by size: a flood of failing requests cannot fill the disk
        java.io.PrintStream log = new java.io.PrintStream(new RotatingLogStream(layout.serverLogFile(),
            RotatingLogStream.DEFAULT_LIMIT, RotatingLogStream.DEFAULT_KEEP), true, java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(log);
        System.setErr(log);
        System.setProperty("opencms.logfolder", layout.logsDir().toString() + File.separator);
        System.setProperty("java.awt.headless", "true");
        LoopbackRmiSocketFactory.install();
        PortalServer server = new PortalServer(layout, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "portalkit-shutdown"));
        try {
            server.start();
        } catch (Exception e) {
            System.err.println("PortalKit server failed to start: " + e.getMessage());
            server.stop();
            System.exit(1);
        }
        System.out.println("PortalKit serving http://127.0.0.1:" + port + "/");
        server.m_tomcat.getServer().await();
    }
}
