package org.portalkit.runtime.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.portalkit.runtime.InstallException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An OpenCms module ZIP that has been checked before anything is imported. {@link #verify} refuses a ZIP unless
 * <ul>
 * <li>its SHA-256 matches the {@code .sha256} file the build writes next to it (a missing one is an error only when
 * required);</li>
 * <li>it opens as a ZIP, every entry can be read to its end, holds the size the ZIP says and matches its stored CRC-32,
 * no entry name occurs twice, and it stays within modest ZIP bomb limits ({@link ZipIntegrityCheck});</li>
 * <li>its {@code manifest.xml} parses (without external entities or DTDs) and names a module and a version;</li>
 * <li>a file name of the form {@code <module name>_<version>.zip}, as the module build and OpenCms' own export name
 * their ZIPs, names the module and version of the manifest;</li>
 * <li>every {@code <source>} the manifest lists is in the ZIP, and every file in the ZIP is listed by a
 * {@code <file>} of the manifest (OpenCms would silently skip any other file).</li>
 * </ul>
 *
 * <p>The checksum proves the ZIP is the one the checksum was written for (integrity), not who made it (origin):
 * whoever can change the ZIP can change its {@code .sha256} too. The other checks catch damage and mix-ups that a
 * rewritten checksum would hide.
 *
 * @param path the ZIP file
 * @param moduleName the module name from the manifest
 * @param version the module version from the manifest
 * @param dependencies names of the modules this one depends on
 * @param parameters the module parameters of the manifest
 * @param sha256 the SHA-256 of the ZIP, computed once by {@link #verify} (checked against its {@code .sha256} file)
 */
public record ModuleZip(Path path, String moduleName, String version, List<String> dependencies, java.util.Map<String, String> parameters,
    String sha256) {

    /** Module parameter naming the OpenCms file name generator class the module asks for. */
    public static final String PARAM_NAME_GENERATOR = "opencms.namegenerator";

    /** What to do about a ZIP that fails a check; ends every such message. */
    static final String REMEDY = "Rebuild it (mvn -B -DskipTests install) or download it again.";

    /** The manifest entry of a module ZIP. */
    private static final String MANIFEST_ENTRY = "manifest.xml";

    /**
     * {@code <module name>_<version>.zip}: the module name is everything before the last underscore (module names may
     * contain underscores, versions may not), the version is dotted numbers as OpenCms writes them.
     */
    private static final Pattern BUILT_FILE_NAME = Pattern.compile("(.+)_(\\d+(?:\\.\\d+)*)\\.zip");

    /** At most this many unlisted files are named in a message. */
    private static final int MAX_NAMED_UNLISTED = 5;

    /**
     * A module without parameters.
     *
     * @param path the ZIP file
     * @param moduleName the module name
     * @param version the version
     * @param dependencies the modules it depends on
     */
    public ModuleZip(Path path, String moduleName, String version, List<String> dependencies) {
        this(path, moduleName, version, dependencies, java.util.Map.of(), null);
    }

    /**
     * A module whose checksum is not known (not read through {@link #verify}).
     *
     * @param path the ZIP file
     * @param moduleName the module name
     * @param version the version
     * @param dependencies the modules it depends on
     * @param parameters the module parameters
     */
    public ModuleZip(Path path, String moduleName, String version, List<String> dependencies, java.util.Map<String, String> parameters) {
        this(path, moduleName, version, dependencies, parameters, null);
    }

    /**
     * Verifies a module ZIP (see the class comment for what is checked).
     *
     * <p>File names: the module build names a ZIP {@code <module name>_<version>.zip} (for example
     * {@code org.portalkit.news_1.2.0.zip}). A file name of that form, split at its last underscore, must give exactly
     * the manifest's {@code <module><name>} and {@code <version>}, or the ZIP is refused as not the module it claims to
     * be. Any other file name (a ZIP the user renamed, or the {@code artifactId-version.zip} names of the runtime's
     * {@code modules/} directory) is accepted: then only the manifest counts.
     *
     * @param zip the ZIP file
     * @param requireChecksum whether a missing {@code .sha256} file is an error
     * @return the verified module
     * @throws InstallException with a message naming the ZIP, the problem and what to do, if the ZIP is missing,
     *         corrupt, damaged, incomplete or not the module its file name says
     */
    public static ModuleZip verify(Path zip, boolean requireChecksum) throws InstallException {
        if (!Files.isRegularFile(zip)) {
            throw new InstallException("Module ZIP not found: " + zip);
        }
        String sha256 = checkChecksumFile(zip, requireChecksum);
        String fileName = zip.getFileName().toString();
        try (ZipFile zipFile = open(zip)) {
            List<String> entries = ZipIntegrityCheck.withDefaultLimits().check(zipFile, fileName);
            ZipEntry manifestEntry = zipFile.getEntry(MANIFEST_ENTRY);
            if (manifestEntry == null) {
                throw new InstallException("Module ZIP " + fileName + " has no manifest.xml: it is not an OpenCms module."
                    + " Remove it from the modules directory, or rebuild or download the module again.");
            }
            Document manifest = parseManifest(zipFile, manifestEntry, fileName);
            Element module = firstElement(manifest.getDocumentElement(), "module");
            if (module == null) {
                throw new InstallException("manifest.xml in " + fileName + " has no <module> element. " + REMEDY);
            }
            String name = childText(module, "name");
            String version = childText(module, "version");
            if (name.isEmpty() || version.isEmpty()) {
                throw new InstallException("manifest.xml in " + fileName + " lacks a module name or version. " + REMEDY);
            }
            checkFileName(fileName, name, version);
            checkListedFiles(manifest, zipFile, entries, fileName);
            List<String> dependencies = new ArrayList<>();
            NodeList deps = module.getElementsByTagName("dependency");
            for (int i = 0; i < deps.getLength(); i++) {
                dependencies.add(((Element)deps.item(i)).getAttribute("name"));
            }
            java.util.Map<String, String> parameters = new java.util.TreeMap<>();
            NodeList params = module.getElementsByTagName("param");
            for (int i = 0; i < params.getLength(); i++) {
                Element param = (Element)params.item(i);
                parameters.put(param.getAttribute("name"), param.getTextContent().trim());
            }
            return new ModuleZip(zip.toAbsolutePath(), name, version, List.copyOf(dependencies), java.util.Map.copyOf(parameters), sha256);
        } catch (IOException e) {
            // closing the ZIP failed; everything was read already
            throw new InstallException("Cannot read " + zip + ": " + e.getMessage(), e);
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

    /** @return the ZIP's SHA-256, computed once and checked against its {@code .sha256} file if there is one */
    private static String checkChecksumFile(Path zip, boolean requireChecksum) throws InstallException {
        Path checksumFile = zip.resolveSibling(zip.getFileName() + ".sha256");
        if (Files.isRegularFile(checksumFile)) {
            String expected = readExpectedChecksum(checksumFile);
            String actual = sha256(zip);
            if (!actual.equalsIgnoreCase(expected)) {
                throw new InstallException("Module ZIP " + zip.getFileName() + " is corrupt: its SHA-256 is " + actual
                    + " but " + checksumFile.getFileName() + " says " + expected + ". " + REMEDY);
            }
            return actual;
        } else if (requireChecksum) {
            throw new InstallException("Checksum file missing for " + zip.getFileName() + ": expected " + checksumFile
                + ". Rebuild the module (mvn -B -DskipTests install), or download the ZIP together with its .sha256 file.");
        }
        return sha256(zip);
    }

    private static ZipFile open(Path zip) throws InstallException {
        try {
            return new ZipFile(zip.toFile());
        } catch (IOException e) {
            throw new InstallException("Module ZIP " + zip.getFileName() + " is corrupt: it cannot be opened as a ZIP ("
                + e.getMessage() + "); it is truncated or not a ZIP at all. " + REMEDY, e);
        }
    }

    private static Document parseManifest(ZipFile zipFile, ZipEntry manifestEntry, String fileName) throws InstallException {
        try (InputStream in = zipFile.getInputStream(manifestEntry)) {
            return newSafeBuilder().parse(in);
        } catch (SAXParseException e) {
            throw new InstallException("Module ZIP " + fileName + " is corrupt: its manifest.xml is not well-formed XML (line "
                + e.getLineNumber() + ": " + e.getMessage() + "). " + REMEDY, e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new InstallException("Module ZIP " + fileName + " is corrupt: its manifest.xml cannot be read ("
                + e.getMessage() + "). " + REMEDY, e);
        }
    }

    /** See {@link #verify}: a file name of the build's form must name the manifest's module and version. */
    private static void checkFileName(String fileName, String name, String version) throws InstallException {
        Matcher matcher = BUILT_FILE_NAME.matcher(fileName);
        if (matcher.matches() && !(matcher.group(1).equals(name) && matcher.group(2).equals(version))) {
            throw new InstallException("Module ZIP " + fileName + " says module " + matcher.group(1) + " " + matcher.group(2)
                + " in its file name but its manifest says " + name + " " + version
                + ", so it is not the module it claims to be. " + REMEDY);
        }
    }

    /**
     * Every {@code <source>} of the manifest must be in the ZIP, and every file in the ZIP (other than
     * {@code manifest.xml} and folder entries) must be the {@code <source>} of a {@code <file>}.
     */
    private static void checkListedFiles(Document manifest, ZipFile zipFile, List<String> entries, String fileName)
        throws InstallException {
        Set<String> listed = new HashSet<>();
        NodeList sources = manifest.getElementsByTagName("source");
        for (int i = 0; i < sources.getLength(); i++) {
            String source = sources.item(i).getTextContent().trim();
            if (source.isEmpty()) {
                continue;
            }
            if (zipFile.getEntry(source) == null) {
                throw new InstallException("Module ZIP " + fileName + " is incomplete: manifest lists " + source
                    + " but the ZIP lacks it. " + REMEDY);
            }
            org.w3c.dom.Node parent = sources.item(i).getParentNode();
            if ((parent instanceof Element) && "file".equals(parent.getNodeName())) {
                listed.add(source);
            }
        }
        List<String> unlisted = new ArrayList<>();
        for (String entry : entries) {
            if (!MANIFEST_ENTRY.equals(entry) && !entry.endsWith("/") && !listed.contains(entry)) {
                unlisted.add(entry);
            }
        }
        if (!unlisted.isEmpty()) {
            String named = String.join(", ", unlisted.subList(0, Math.min(MAX_NAMED_UNLISTED, unlisted.size())));
            String more = unlisted.size() > MAX_NAMED_UNLISTED ? " and " + (unlisted.size() - MAX_NAMED_UNLISTED) + " more" : "";
            throw new InstallException("Module ZIP " + fileName + " contains " + unlisted.size() + (unlisted.size() == 1
                ? " file its manifest does not list: " : " files its manifest does not list: ") + named + more
                + "; OpenCms would not import " + (unlisted.size() == 1 ? "it" : "them")
                + ", so the ZIP is not the one that was built. " + REMEDY);
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

    private static DocumentBuilder newSafeBuilder() throws ParserConfigurationException {
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
