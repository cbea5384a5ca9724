package org.portalkit.build.module.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds small module source trees and packaging requests for the tests.
 */
final class TestModules {

    static final String NEWS = "org.portalkit.news";

    private TestModules() {
    }

    /** Writes a file (creating parent folders) and returns its path. */
    static Path write(Path root, String relativePath, String content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder(Path root, String relativePath) {
        try {
            return Files.createDirectories(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A news module project: VFS tree with a schema, a formatter, a JSP, an image and placeholder folders. */
    static Path newsProject(Path base) {
        String module = "src/main/vfs/system/modules/" + NEWS + "/";
        write(base, module + "schemas/news.xsd", "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"/>\n");
        write(base, module + "formatters/news-detail.xml", "<formatter/>\n");
        write(base, module + "formatters/news-detail.jsp", "<%@ page pageEncoding=\"UTF-8\" %>\n");
        write(base, module + "elements/.gitkeep", "");
        write(base, module + "i18n/messages.properties", "title=News\n");
        write(base, module + "resources/logo.png", "not really a png");
        write(base, module + ".config", "<ModuleConfigurations/>\n");
        return base;
    }

    static ModuleDescriptor newsDescriptor() {
        return new ModuleDescriptor(NEWS, "PortalKit News", "PortalKit", null, "News articles & lists",
            "1.2.0", "PortalKit team", "dev@portalkit.org", null,
            List.of(new DependencySpec("org.portalkit.core", "0.1.0")),
            List.of(new ExportPointSpec("/system/modules/" + NEWS + "/classes/", "WEB-INF/classes/")),
            List.of(), new TreeMap<>(java.util.Map.of("cache", "true")), null, null);
    }

    static PackagingRequest request(Path base, ModuleDescriptor module, List<EmbeddedJar> jars) {
        return new PackagingRequest(module, base.resolve("src/main/vfs"), base.resolve("src/main/module"), jars,
            List.of(), base.resolve("target"), BuildTimestamp.of(BuildTimestamp.DEFAULT), "Admin", "11.0.2");
    }
}
