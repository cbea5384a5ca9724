package org.portalkit.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built runtime distribution ({@code runtime/launcher/target/portalkit-runtime}):
 * {@code lib/} (launcher and Tomcat), {@code webapp-lib/} (OpenCms and what the web application needs),
 * {@code modules/} (module ZIPs with .sha256 files) and {@code demo/} (demo content per module).
 *
 * @param home the distribution folder
 */
public record Distribution(Path home) {

    public Path libDir() {
        return home.resolve("lib");
    }

    public Path webappLibDir() {
        return home.resolve("webapp-lib");
    }

    public Path moduleDir() {
        return home.resolve("modules");
    }

    public Path demoDir() {
        return home.resolve("demo");
    }

    /** @return the demo content folders, one per module that has demo content */
    public List<Path> demoDirs() {
        if (!Files.isDirectory(demoDir())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(demoDir())) {
            return list.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** @return the runtime support jar (offline shell and PortalKit shell commands) */
    public Path supportJar() {
        try (Stream<Path> list = Files.list(webappLibDir())) {
            return list.filter(p -> p.getFileName().toString().startsWith("portalkit-runtime-support")).findFirst()
                .orElseThrow(() -> new IllegalStateException("portalkit-runtime-support jar missing in " + webappLibDir()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the jars providing the servlet, JSP and EL APIs, which an offline OpenCms shell needs on its
     *     classpath (inside a servlet container the container provides them)
     */
    public List<Path> servletApiJars() {
        return serverClasspath().stream()
            .filter(p -> p.getFileName().toString().startsWith("tomcat-embed-"))
            .collect(Collectors.toList());
    }

    /**
     * @return the classpath of the server JVM: the launcher's jars and the runtime support jar (its
     *     loopback-only RMI socket factory is installed before OpenCms starts)
     */
    public List<Path> serverClasspath() {
        List<Path> cp = new ArrayList<>();
        try (Stream<Path> list = Files.list(libDir())) {
            list.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(cp::add);
        } catch (IOException e) {
            throw new IllegalStateException("Runtime libraries missing in " + libDir(), e);
        }
        if (Files.isDirectory(webappLibDir())) {
            try (Stream<Path> list = Files.list(webappLibDir())) {
                list.filter(p -> p.getFileName().toString().startsWith("portalkit-runtime-support")).forEach(cp::add);
            } catch (IOException e) {
                throw new IllegalStateException("Runtime libraries missing in " + webappLibDir(), e);
            }
        }
        return cp;
    }
}
