package org.portalkit.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.RuntimeLayout;
import org.portalkit.runtime.cli.Distribution;
import org.portalkit.runtime.cli.InstallOptions;
import org.portalkit.runtime.cli.Installer;
import org.portalkit.runtime.server.ServerControl;

/**
 * The real PortalKit runtime, provisioned and started once per test run (shared by all test classes):
 * OpenCms 11.0.2 on HSQLDB with Solr, served by Tomcat 9 in a forked JVM, with the PortalKit modules and
 * the integration-test fixture module installed through the same installer that {@code ./install} uses.
 */
public final class RunningPortal implements ExtensionContext.Store.CloseableResource {

    /** Module name of the fixture. */
    public static final String FIXTURE_MODULE = "org.portalkit.itfixture";

    private static final String PROBE = "/system/modules/org.portalkit.itfixture/elements/probe.jsp";

    private final Distribution m_dist;
    private final RuntimeLayout m_layout;
    private final int m_port;
    private final String m_adminPassword;
    private final HttpClient m_http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningPortal(Distribution dist, RuntimeLayout layout, int port, String adminPassword) {
        m_dist = dist;
        m_layout = layout;
        m_port = port;
        m_adminPassword = adminPassword;
    }

    /**
     * Provisions a fresh data directory and starts the portal.
     *
     * @return the running portal
     * @throws Exception if it cannot start
     */
    static RunningPortal start() throws Exception {
        Distribution dist = new Distribution(Paths.get(System.getProperty("portalkit.dist")));
        Path data = Paths.get(System.getProperty("portalkit.it.data"));
        deleteTree(data);
        int port = freePortPair();
        String[] args = {
            "--data", data.toString(),
            "--port", Integer.toString(port),
            "--modules", dist.moduleDir() + "," + fixtureV1(),
            "--demo", dist.demoDirs().stream().map(Path::toString).collect(Collectors.joining(","))};
        InstallOptions options = InstallOptions.parse(args, dist.moduleDir(), dist.demoDirs());
        new Installer(options, dist, System.out).run();
        RuntimeLayout layout = RuntimeLayout.of(data);
        String password = Files.readString(layout.adminPasswordFile()).trim();
        return new RunningPortal(dist, layout, port, password);
    }

    @Override
    public void close() {
        new ServerControl(m_layout, m_dist.serverClasspath()).stop();
    }

    public static Path fixtureV1() {
        return Paths.get(System.getProperty("portalkit.fixture.v1"));
    }

    public static Path fixtureBroken() {
        return Paths.get(System.getProperty("portalkit.fixture.broken"));
    }

    public static Path fixtureV2() {
        return Paths.get(System.getProperty("portalkit.fixture.v2"));
    }

    public Distribution dist() {
        return m_dist;
    }

    public RuntimeLayout layout() {
        return m_layout;
    }

    public int port() {
        return m_port;
    }

    public int shellPort() {
        return m_port + Installer.SHELL_PORT_OFFSET;
    }

    public String adminPassword() {
        return m_adminPassword;
    }

    /**
     * @param path a path on the portal, e.g. {@code /it/a.xml}
     * @return the response
     * @throws IOException on connection problems
     * @throws InterruptedException if interrupted
     */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m_port + path))
            .timeout(Duration.ofSeconds(60)).GET().build();
        return m_http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * @param method  {@code GET}, {@code POST}, {@code HEAD}
     * @param path    a path on the portal with its query
     * @param headers request headers as alternating names and values (an empty value leaves the header out)
     * @return the response, not following redirects
     * @throws IOException on connection problems
     * @throws InterruptedException if interrupted
     */
    public HttpResponse<String> send(String method, String path, String... headers)
        throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m_port + path))
            .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null && !headers[i + 1].isEmpty()) {
                builder.header(headers[i], headers[i + 1]);
            }
        }
        return m_http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Calls the fixture's probe JSP, which runs OpenCms API calls inside the server.
     *
     * @param params form parameters, {@code action} first
     * @return the probe's answer
     * @throws Exception on HTTP errors
     */
    public String probe(Map<String, String> params) throws Exception {
        String form = params.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m_port + "/opencms" + PROBE))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = m_http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("probe " + params.get("action") + " -> HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body().trim();
    }

    /**
     * Runs the installer against this portal with the given arguments, capturing its output.
     *
     * @param password the Admin password the installer is given for --remote/--webapp
     * @param args the command line
     * @return the output; an InstallException propagates
     * @throws InstallException from the installer
     */
    public String runInstaller(String password, String... args) throws InstallException {
        InstallOptions options = InstallOptions.parse(args, m_dist.moduleDir(), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new Installer(options, m_dist, out, () -> password).run();
        } finally {
            System.out.print(bytes.toString(StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            int shell = port + Installer.SHELL_PORT_OFFSET;
            if (shell <= 65535 && !ServerControl.isPortInUse(port) && !ServerControl.isPortInUse(shell)) {
                return port;
            }
        }
        throw new IOException("no free port pair found");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
