package org.portalkit.template.linklist;

import org.portalkit.core.testing.ModuleFiles;

/** The text of a file of the module folder. */
final class ModuleText {

    private ModuleText() {
    }

    /** @param relative a path below {@code system/modules/org.portalkit.template/} */
    static String of(String relative) {
        return ModuleFiles.read(TemplateModule.FILES.folder().resolve(relative));
    }
}
