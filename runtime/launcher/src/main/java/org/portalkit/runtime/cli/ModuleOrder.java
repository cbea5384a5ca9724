package org.portalkit.runtime.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.modules.ModuleZip;

/**
 * Orders modules so that each comes after the modules it depends on.
 */
final class ModuleOrder {

    /** Modules a PortalKit module may depend on without shipping them (provided by the runtime). */
    static final Set<String> PROVIDED = Set.of("org.opencms.base");

    private ModuleOrder() {
    }

    /**
     * @param modules modules by name
     * @return the modules, dependencies first
     * @throws InstallException if a dependency is neither among the modules nor provided, or on a cycle
     */
    static List<ModuleZip> sort(Map<String, ModuleZip> modules) throws InstallException {
        List<ModuleZip> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String name : modules.keySet()) {
            visit(name, modules, done, new HashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(String name, Map<String, ModuleZip> modules, Set<String> done, Set<String> path, List<ModuleZip> ordered)
        throws InstallException {
        if (done.contains(name)) {
            return;
        }
        if (!path.add(name)) {
            throw new InstallException("Module dependencies form a cycle through " + name + ".");
        }
        ModuleZip module = modules.get(name);
        for (String dependency : module.dependencies()) {
            if (modules.containsKey(dependency)) {
                visit(dependency, modules, done, path, ordered);
            } else if (!PROVIDED.contains(dependency)) {
                throw new InstallException("Module " + name + " needs module " + dependency + ", which is not among the ZIPs to install.");
            }
        }
        done.add(name);
        ordered.add(module);
    }
}
