package org.portalkit.notices;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** The module's sources as the build packs them: the VFS tree, the module descriptors, the message bundles. */
final class ModuleFiles {

    static final String MODULE = "org.portalkit.notices";
    static final Path VFS = Paths.get("src/main/vfs");
    static final Path MODULE_FOLDER = VFS.resolve("system/modules/" + MODULE);
    static final Path MODULE_SOURCES = Paths.get("src/main/module");
    static final Path BUNDLES = Paths.get("src/main/resources/org/portalkit/notices");

    private ModuleFiles() {
    }

    /** @return the VFS file of a root path such as {@code /system/modules/org.portalkit.notices/schemas/notice.xsd} */
    static Path vfs(String rootPath) {
        return VFS.resolve(rootPath.substring(1));
    }

    static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document xml(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param suffix {@code ""}, {@code "_en"} or {@code "_vi"} */
    static Properties bundle(String suffix) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve("messages" + suffix + ".properties"),
            StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
