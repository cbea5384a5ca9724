package org.portalkit.notices;

import org.portalkit.core.testing.ModuleFiles;

/** The module's sources for its tests (portal-core's shared {@link ModuleFiles} of {@code org.portalkit.notices}). */
final class NoticesModule {

    static final ModuleFiles FILES = ModuleFiles.of("org.portalkit.notices");

    private NoticesModule() {
    }
}
