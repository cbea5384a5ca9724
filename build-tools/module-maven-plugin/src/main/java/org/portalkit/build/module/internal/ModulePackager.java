package org.portalkit.build.module.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds a module ZIP from a {@link PackagingRequest}: reads the VFS tree and the files of
 * {@code src/main/module}, assembles and writes the manifest, writes the zip and its checksum.
 */
public final class ModulePackager {

    public static final String RESOURCE_TYPES_FILE = "resourcetypes.xml";

    public static final String EXPLORER_TYPES_FILE = "explorertypes.xml";

    public static final String TYPES_FILE = "types.properties";

    public static final String PROPERTIES_FILE = "properties.properties";

    private ModulePackager() {
    }

    public static PackagingResult pack(PackagingRequest request) throws ModulePackagingException {
        ModuleLayout layout = layoutOf(request);
        Manifest manifest = assemble(request, layout);
        ModuleDescriptor module = manifest.module();
        Path zip = request.outputDirectory().resolve(zipFileName(module.name(), module.version()));
        ModuleZipWriter.write(zip, ManifestWriter.write(manifest), layout, request.timestamp());
        Path checksum = Sha256File.writeFor(zip);
        return new PackagingResult(zip, checksum, manifest);
    }

    /** Reads all inputs and assembles the manifest, without writing anything. */
    public static Manifest buildManifest(PackagingRequest request) throws ModulePackagingException {
        return assemble(request, layoutOf(request));
    }

    public static String zipFileName(String moduleName, String moduleVersion) {
        return moduleName + "_" + moduleVersion + ".zip";
    }

    private static Manifest assemble(PackagingRequest request, ModuleLayout layout) throws ModulePackagingException {
        ModuleDescriptor configured = request.module();
        ModuleVersion.requireValid(configured.version(), "version '" + configured.version() + "'");
        Path sources = request.moduleSources();
        ModuleDescriptor module = configured.withTypeFragments(
            XmlFragment.readIfPresent(sources.resolve(RESOURCE_TYPES_FILE), "resourcetypes", "type"),
            XmlFragment.readIfPresent(sources.resolve(EXPLORER_TYPES_FILE), "explorertypes", "explorertype"));
        ManifestAssembler assembler = new ManifestAssembler(request.creator(), request.opencmsVersion(),
            request.timestamp());
        return assembler.assemble(module, layout, ResourceTypeRules.load(sources.resolve(TYPES_FILE)),
            PropertyAssignments.load(sources.resolve(PROPERTIES_FILE)));
    }

    private static ModuleLayout layoutOf(PackagingRequest request) throws ModulePackagingException {
        ModuleNames.requireValidModuleName(request.module().name());
        List<VfsEntry> scanned = VfsTreeScanner.scan(request.vfsRoot());
        return ModuleLayout.of(request.module().name(), scanned, request.jars(), request.additionalResources());
    }
}
