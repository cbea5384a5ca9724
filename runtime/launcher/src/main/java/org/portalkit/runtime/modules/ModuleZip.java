package org.portalkit.runtime.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.portalkit.runtime.InstallException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An OpenCms module ZIP that has been checked before anything is imported: its SHA-256 matches the
 * {@code .sha256} file written by the build, it opens as a ZIP, its {@code manifest.xml} parses, names a
 * module and a version, and every file the manifest lists is present.
 *
 * @param path the ZIP file
 * @param moduleName the module name from the manifest
 * @param version the module version from the manifest
 * @param dependencies names of the modules this one depends on
 * @param parameters the module parameters of the manifest
 */
public record ModuleZip(Path path, String moduleName, String version, List<String> dependencies, java.util.Map<String, String> parameters) {

    /** Module parameter naming the OpenCms file name generator class the module asks for. */
    public static final String PARAM_NAME_GENERATOR = "opencms.namegenerator";

    /**
     * A module without parameters.
     *
     * @param path the ZIP file
     * @param moduleName the module name
     * @param version the version
     * @param dependencies the modules it depends on
     */
    public ModuleZip(Path path, String moduleName, String version, List<String> dependencies) {
        this(path, moduleName, version, dependencies, java.util.Map.of());
    }

    /**
     * Verifies a module ZIP.
     *
     * @param zip the ZIP file
     * @param requireChecksum whether a missing {@code .sha256} file is an error
     * @return the verified module
     * @throws InstallException with a clear message if the ZIP is missing, corrupt or incomplete
     */
    public static ModuleZip verify(Path zip, boolean requireChecksum) throws InstallException {
        if (!Files.isRegularFile(zip)) {
            throw new InstallException("Module ZIP not found: " + zip);
        }
        Path checksumFile = zip.resolveSibling(zip.getFileName() + ".sha256");
        if (Files.isRegularFile(checksumFile)) {
            String expected = readExpectedChecksum(checksumFile);
            String actual = sha256(zip);
            if (!actual.equalsIgnoreCase(expected)) {
                throw new InstallException("Module ZIP " + zip.getFileName() + " is corrupt: its SHA-256 is " + actual
                    + " but " + checksumFile.getFileName() + " says " + expected + ". Rebuild it (mvn -B package) or download it again.");
            }
        } else if (requireChecksum) {
            throw new InstallException("Checksum file missing for " + zip.getFileName() + ": expected " + checksumFile);
        }
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            ZipEntry manifestEntry = zipFile.getEntry("manifest.xml");
            if (manifestEntry == null) {
                throw new InstallException("Module ZIP " + zip.getFileName() + " has no manifest.xml: it is not an OpenCms module.");
            }
            Document manifest;
            try (InputStream in = zipFile.getInputStream(manifestEntry)) {
                manifest = newSafeBuilder().parse(in);
            }
            Element module = firstElement(manifest.getDocumentElement(), "module");
            if (module == null) {
                throw new InstallException("manifest.xml in " + zip.getFileName() + " has no <module> element.");
            }
            String name = childText(module, "name");
            String version = childText(module, "version");
            if (name.isEmpty() || version.isEmpty()) {
                throw new InstallException("manifest.xml in " + zip.getFileName() + " lacks a module name or version.");
            }
            List<String> dependencies = new ArrayList<>();
            NodeList deps = module.getElementsByTagName("dependency");
            for (int i = 0; i < deps.getLength(); i++) {
                dependencies.add(((Element)deps.item(i)).getAttribute("name"));
            }
            NodeList sources = manifest.getElementsByTagName("source");
            for (int i = 0; i < sources.getLength(); i++) {
                String source = sources.item(i).getTextContent().trim();
                if (!source.isEmpty() && (zipFile.getEntry(source) == null)) {
                    throw new InstallException("Module ZIP " + zip.getFileName() + " is incomplete: manifest lists " + source + " but the ZIP lacks it.");
                }
            }
            java.util.Map<String, String> parameters = new java.util.TreeMap<>();
            NodeList params = module.getElementsByTagName("param");
            for (int i = 0; i < params.getLength(); i++) {
                Element param = (Element)params.item(i);
                parameters.put(param.getAttribute("name"), param.getTextContent().trim());
            }
            return new ModuleZip(zip.toAbsolutePath(), name, version, List.copyOf(dependencies), java.util.Map.copyOf(parameters));
        } catch (InstallException e) {
            throw e;
        } catch (Exception e) {
            throw new InstallException("Module ZIP " + zip.getFileName() + " is corrupt: " + e.getMessage(), e);
        }
    }

    /**
     * @param file any file
     * @return its SHA-256 as lower-case hex
     * @throws InstallException if the file cannot be read
     */
    public static String sha256(Path file) throws InstallException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new InstallException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readExpectedChecksum(Path checksumFile) throws InstallException {
        try {
            String text = Files.readString(checksumFile).trim();
            String hex = text.split("\\s+")[0];
            if (!hex.matches("[0-9a-fA-F]{64}")) {
                throw new InstallException("Checksum file " + checksumFile + " does not hold a SHA-256.");
            }
            return hex;
        } catch (IOException e) {
            throw new InstallException("Cannot read " + checksumFile + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder newSafeBuilder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // report problems through the exception only, not as "[Fatal Error]" lines on stderr
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }

            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return builder;
    }

    private static Element firstElement(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        return list.getLength() > 0 ? (Element)list.item(0) : null;
    }

    private static String childText(Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if ((node instanceof Element) && name.equals(node.getNodeName())) {
                return node.getTextContent().trim();
            }
        }
        return "";
    }
}
