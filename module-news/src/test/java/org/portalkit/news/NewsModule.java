package org.portalkit.news;

import org.portalkit.core.testing.ModuleFiles;

/** The module's sources for its tests (portal-core's shared {@link ModuleFiles} of {@code org.portalkit.news}). */
final class NewsModule {

    static final ModuleFiles FILES = ModuleFiles.of("org.portalkit.news");

    private NewsModule() {
    }
}
