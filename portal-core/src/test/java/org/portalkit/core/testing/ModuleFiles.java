package org.portalkit.core.testing;

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

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A PortalKit module's sources as the build packs them (shared through portal-core's test jar): the VFS tree
 * ({@code src/main/vfs}, with the module folder {@code system/modules/<module>}), the module descriptors
 * ({@code src/main/module}) and the message bundles ({@code src/main/resources/<module as path>/messages*.properties}).
 *
 * <p>A module's tests name their module once, e.g. {@code ModuleFiles.of("org.portalkit.news")}: the paths are
 * relative to the working directory, which is the module's project folder when Maven runs the tests.
 * {@link #of(Path, String)} reads a module laid out the same way below another folder (the fixtures of portal-core's
 * own tests).
 */
public final class ModuleFiles {

    private final String m_module;
    private final Path m_vfs;
    private final Path m_sources;
    private final Path m_bundles;

    private ModuleFiles(Path project, String module) {
        m_module = module;
        m_vfs = project.resolve("src/main/vfs");
        m_sources = project.resolve("src/main/module");
        m_bundles = project.resolve("src/main/resources/" + module.replace('.', '/'));
    }

    /**
     * @param module the OpenCms module name, e.g. {@code org.portalkit.news}
     * @return the module whose project folder is the working directory
     */
    public static ModuleFiles of(String module) {
        return of(Paths.get(""), module);
    }

    /**
     * @param project the folder holding {@code src/main/…}
     * @param module  the OpenCms module name
     * @return that module's files
     */
    public static ModuleFiles of(Path project, String module) {
        return new ModuleFiles(project, module);
    }

    /** @return the OpenCms module name, e.g. {@code org.portalkit.news} */
    public String module() {
        return m_module;
    }

    /** @return {@code src/main/vfs/system/modules/<module>} */
    public Path folder() {
        return m_vfs.resolve("system/modules/" + m_module);
    }

    /** @return {@code src/main/module}: the descriptors ({@code resourcetypes.xml}, {@code explorertypes.xml}, …) */
    public Path sources() {
        return m_sources;
    }

    /** @return the folder of the module's message bundles, e.g. {@code src/main/resources/org/portalkit/news} */
    public Path bundles() {
        return m_bundles;
    }

    /** @return the VFS file of a root path such as {@code /system/modules/org.portalkit.news/schemas/news.xsd} */
    public Path vfs(String rootPath) {
        return m_vfs.resolve(rootPath.substring(1));
    }

    /**
     * @param suffix {@code ""} (the default bundle), {@code "_en"} or {@code "_vi"}
     * @return {@code messages<suffix>.properties}, read as UTF-8 (as Java 9+ reads property bundles)
     */
    public Properties bundle(String suffix) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(m_bundles.resolve("messages" + suffix + ".properties"),
            StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * @param folder a folder
     * @param suffix the end of the names, e.g. {@code .xsd}
     * @return the files below the folder (subfolders included) whose names end so, sorted
     */
    public static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file parsed namespace aware, without DOCTYPEs */
    public static Document xml(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the file's text, read as UTF-8 */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the stripped text of the document's only element of that name
     * @throws AssertionError when there is none or more than one
     */
    public static String text(Document doc, String element) {
        NodeList list = doc.getElementsByTagName(element);
        if (list.getLength() != 1) {
            throw new AssertionError(element + ": " + list.getLength() + " elements, expected 1");
        }
        return list.item(0).getTextContent().strip();
    }

    /**
     * The structure id that the module packaging gives a file of the module (a name-based UUID of module name and
     * path, see the module plugin's {@code StableUuids}), as formatter configurations must name it in their links.
     *
     * @param rootPath e.g. {@code /system/modules/<module>/formatters/detail.jsp}
     * @return the id
     */
    public java.util.UUID structureId(String rootPath) {
        return java.util.UUID.nameUUIDFromBytes((m_module + ":" + rootPath.substring(1) + ":structure")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
