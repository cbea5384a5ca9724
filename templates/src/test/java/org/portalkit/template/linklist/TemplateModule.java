package org.portalkit.template.linklist;

import org.portalkit.core.testing.ModuleFiles;

/** The module's sources for the link list tests (portal-core's shared {@link ModuleFiles}). */
final class TemplateModule {

    static final ModuleFiles FILES = ModuleFiles.of("org.portalkit.template");

    private TemplateModule() {
    }
}
