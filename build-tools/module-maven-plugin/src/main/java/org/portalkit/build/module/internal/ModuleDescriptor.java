package org.portalkit.build.module.internal;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the {@code <module>} element of the manifest says about a module.
 *
 * @param name           module name, e.g. {@code org.portalkit.news}
 * @param niceName       human readable name
 * @param group          module group shown in the module manager
 * @param actionClass    fully qualified module action class, or null
 * @param description    description text
 * @param version        OpenCms module version (dotted numbers)
 * @param authorName     author name
 * @param authorEmail    author e-mail
 * @param importSite     site root to import into, or null for the importing user's site
 * @param dependencies   modules this one needs
 * @param exportPoints   export points, in order
 * @param resources      module resources (root paths, folders end with a slash), in order
 * @param parameters     module parameters, sorted by name
 * @param resourceTypes  content of {@code <resourcetypes>}, or null
 * @param explorerTypes  content of {@code <explorertypes>}, or null
 */
public record ModuleDescriptor(
    String name,
    String niceName,
    String group,
    String actionClass,
    String description,
    String version,
    String authorName,
    String authorEmail,
    String importSite,
    List<DependencySpec> dependencies,
    List<ExportPointSpec> exportPoints,
    List<String> resources,
    SortedMap<String, String> parameters,
    XmlFragment resourceTypes,
    XmlFragment explorerTypes) {

    public ModuleDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        dependencies = List.copyOf(dependencies);
        exportPoints = List.copyOf(exportPoints);
        resources = List.copyOf(resources);
        parameters = new TreeMap<>(parameters);
    }

    /** A copy with other export points and resources (both are completed from the VFS tree and the jars). */
    public ModuleDescriptor withExportPointsAndResources(List<ExportPointSpec> newExportPoints, List<String> newResources) {
        return new ModuleDescriptor(name, niceName, group, actionClass, description, version, authorName, authorEmail,
            importSite, dependencies, newExportPoints, newResources, parameters, resourceTypes, explorerTypes);
    }

    /** A copy with the given resource type and explorer type fragments. */
    public ModuleDescriptor withTypeFragments(XmlFragment newResourceTypes, XmlFragment newExplorerTypes) {
        return new ModuleDescriptor(name, niceName, group, actionClass, description, version, authorName, authorEmail,
            importSite, dependencies, exportPoints, resources, parameters, newResourceTypes, newExplorerTypes);
    }
}
