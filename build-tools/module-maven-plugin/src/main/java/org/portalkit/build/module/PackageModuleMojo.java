package org.portalkit.build.module;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.inject.Inject;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.portalkit.build.module.internal.BuildTimestamp;
import org.portalkit.build.module.internal.DependencySpec;
import org.portalkit.build.module.internal.EmbeddedJar;
import org.portalkit.build.module.internal.ExportPointSpec;
import org.portalkit.build.module.internal.ModuleDescriptor;
import org.portalkit.build.module.internal.ModuleNames;
import org.portalkit.build.module.internal.ModulePackager;
import org.portalkit.build.module.internal.ModulePackagingException;
import org.portalkit.build.module.internal.ModuleVersion;
import org.portalkit.build.module.internal.PackagingRequest;
import org.portalkit.build.module.internal.PackagingResult;

/**
 * Packages the project as an installable OpenCms module ZIP, {@code target/<moduleName>_<moduleVersion>.zip}, with
 * a {@code .sha256} file beside it, and attaches the zip to the project (type {@code zip}) together with its checksum (type {@code zip.sha256}).
 */
@Mojo(name = "package-module", defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PackageModuleMojo extends AbstractMojo {

    private static final Set<String> JAR_PACKAGINGS = Set.of("jar", "bundle");

    /** OpenCms module name, e.g. {@code org.portalkit.news}. */
    @Parameter(required = true)
    private String moduleName;

    /** Name shown in the module manager. */
    @Parameter(defaultValue = "${project.name}")
    private String niceName;

    /** Module group. */
    @Parameter(defaultValue = "PortalKit")
    private String group;

    /** Module description. */
    @Parameter(defaultValue = "${project.description}")
    private String description;

    @Parameter
    private String authorName;

    @Parameter
    private String authorEmail;

    /** Module action class (implements {@code I_CmsModuleAction}), optional. */
    @Parameter
    private String actionClass;

    /** Site root the module is imported into; when unset, the importing user's site is used. */
    @Parameter
    private String importSite;

    /** Module version; by default the project version without {@code -SNAPSHOT}. */
    @Parameter
    private String moduleVersion;

    /** OpenCms modules this module needs; a dependency without version needs this module's own version. */
    @Parameter
    private List<ModuleDependency> dependencies = new ArrayList<>();

    /** Export points in addition to the automatic {@code lib/} to {@code WEB-INF/lib/} one. */
    @Parameter
    private List<ExportPoint> exportPoints = new ArrayList<>();

    /** Module parameters. */
    @Parameter
    private Map<String, String> parameters = new TreeMap<>();

    /** Module resources (VFS root paths below /system/) besides the module folder and top-level VFS folders. */
    @Parameter
    private List<String> additionalResources = new ArrayList<>();

    /** ArtifactIds of (runtime) dependencies whose jars are shipped in the module's {@code lib/} folder. */
    @Parameter
    private List<String> extraJars = new ArrayList<>();

    /** Whether the project's own jar goes into the module's {@code lib/} folder. */
    @Parameter(defaultValue = "true")
    private boolean embedProjectJar;

    @Parameter(defaultValue = "${project.basedir}/src/main/vfs")
    private File vfsDirectory;

    @Parameter(defaultValue = "${project.basedir}/src/main/module")
    private File moduleSourceDirectory;

    @Parameter(defaultValue = "${project.build.directory}")
    private File outputDirectory;

    /** The one date written into the manifest and the zip; see Maven's reproducible builds. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** Name of the export creator and of the user that created and last modified every resource. */
    @Parameter(defaultValue = "Admin")
    private String creator;

    @Parameter(defaultValue = "11.0.2")
    private String opencmsVersion;

    /** Whether the zip is attached to the project, so that install and deploy handle it. */
    @Parameter(defaultValue = "true")
    private boolean attach;

    @Parameter(property = "portalkit.module.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    private final MavenProjectHelper projectHelper;

    @Inject
    public PackageModuleMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the OpenCms module package (portalkit.module.skip).");
            return;
        }
        try {
            PackagingResult result = ModulePackager.pack(request());
            getLog().info("OpenCms module " + moduleName + " " + result.manifest().module().version() + ": "
                + result.manifest().files().size() + " VFS entries -> " + result.zip());
            if (attach) {
                projectHelper.attachArtifact(project, "zip", result.zip().toFile());
                projectHelper.attachArtifact(project, "zip.sha256", result.checksum().toFile());
            }
        } catch (ModulePackagingException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private PackagingRequest request() throws ModulePackagingException {
        ModuleNames.requireValidModuleName(moduleName);
        String version = moduleVersion == null || moduleVersion.isBlank()
            ? ModuleVersion.fromProjectVersion(project.getVersion())
            : ModuleVersion.requireValid(moduleVersion.strip(), "moduleVersion '" + moduleVersion + "'");
        ModuleDescriptor module = new ModuleDescriptor(moduleName, orEmpty(niceName), orEmpty(group),
            blankToNull(actionClass), orEmpty(description), version, orEmpty(authorName), orEmpty(authorEmail),
            blankToNull(importSite), dependencySpecs(version), exportPointSpecs(), List.of(),
            parameters == null ? new TreeMap<>() : new TreeMap<>(parameters), null, null);
        return new PackagingRequest(module, vfsDirectory.toPath(), moduleSourceDirectory.toPath(), jars(version),
            additionalResources == null ? List.of() : additionalResources, outputDirectory.toPath(),
            BuildTimestamp.fromOutputTimestamp(outputTimestamp), creator, opencmsVersion);
    }

    private List<DependencySpec> dependencySpecs(String ownVersion) throws ModulePackagingException {
        List<DependencySpec> specs = new ArrayList<>();
        for (ModuleDependency dependency : nullToEmpty(dependencies)) {
            ModuleNames.requireValidModuleName(dependency.getName());
            String configured = blankToNull(dependency.getVersion());
            String version = configured == null ? ownVersion : ModuleVersion.requireValid(configured,
                "the version '" + configured + "' of dependency " + dependency.getName());
            specs.add(new DependencySpec(dependency.getName(), version));
        }
        return specs;
    }

    private List<ExportPointSpec> exportPointSpecs() throws ModulePackagingException {
        List<ExportPointSpec> specs = new ArrayList<>();
        for (ExportPoint point : nullToEmpty(exportPoints)) {
            specs.add(ExportPointSpec.checked(point.getUri(), point.getDestination()));
        }
        return specs;
    }

    private List<EmbeddedJar> jars(String version) throws ModulePackagingException {
        List<EmbeddedJar> jars = new ArrayList<>();
        if (embedProjectJar && JAR_PACKAGINGS.contains(project.getPackaging())) {
            File file = project.getArtifact().getFile();
            if (file != null && file.isFile()) {
                jars.add(new EmbeddedJar(project.getArtifactId() + "-" + version + ".jar", file.toPath()));
            } else {
                getLog().warn("The project jar has not been built yet; the module " + moduleName + " gets no jar of its"
                    + " own. Run the package phase, or set embedProjectJar to false.");
            }
        }
        for (String artifactId : nullToEmpty(extraJars)) {
            Artifact artifact = project.getArtifacts().stream()
                .filter(a -> a.getArtifactId().equals(artifactId.strip()))
                .findFirst()
                .orElseThrow(() -> new ModulePackagingException("extraJars names '" + artifactId
                    + "', which is no compile or runtime dependency of " + project.getArtifactId() + "."));
            File file = artifact.getFile();
            if (file == null || !Files.isRegularFile(file.toPath())) {
                throw new ModulePackagingException("The jar of extraJars entry '" + artifactId + "' is not available ("
                    + file + "); build it first (package phase).");
            }
            jars.add(new EmbeddedJar(artifact.getArtifactId() + "-" + artifact.getBaseVersion() + ".jar", file.toPath()));
        }
        return jars;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? Collections.emptyList() : list;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
