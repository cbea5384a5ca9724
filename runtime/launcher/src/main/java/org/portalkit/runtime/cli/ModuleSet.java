package org.portalkit.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.portalkit.runtime.InstallException;
import org.portalkit.runtime.modules.ModuleZip;

/** The module ZIPs of the module folders, each verified, in installation order (dependencies first). */
final class ModuleSet {

    private ModuleSet() {
    }

    /**
     * @param dirs the module folders
     * @param report told one line per folder
     * @return the verified modules, dependencies first
     * @throws InstallException if a folder or ZIP is missing or broken, a module is given twice or a dependency is unknown
     */
    static List<ModuleZip> verify(List<Path> dirs, Consumer<String> report) throws InstallException {
        Map<String, ModuleZip> byName = new LinkedHashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new InstallException("Module folder not found: " + dir + ". Build first: mvn -B -DskipTests install");
            }
            List<Path> zips = new ArrayList<>();
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".zip")).sorted().forEach(zips::add);
            } catch (IOException e) {
                throw new InstallException("Cannot read " + dir + ": " + e.getMessage(), e);
            }
            for (Path zip : zips) {
                ModuleZip module = ModuleZip.verify(zip, true);
                ModuleZip earlier = byName.put(module.moduleName(), module);
                if (earlier != null) {
                    throw new InstallException("Module " + module.moduleName() + " is given twice: " + earlier.path() + " and " + zip + ". Keep one.");
                }
            }
            report.accept("verified " + zips.size() + " module ZIP(s) in " + dir);
        }
        if (byName.isEmpty()) {
            throw new InstallException("No module ZIPs in " + dirs + ".");
        }
        return ModuleOrder.sort(byName);
    }
}
