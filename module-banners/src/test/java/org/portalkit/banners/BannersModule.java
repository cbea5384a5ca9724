package org.portalkit.banners;

import org.portalkit.core.testing.ModuleFiles;

/** The module's sources for its tests (portal-core's shared {@link ModuleFiles} of {@code org.portalkit.banners}). */
final class BannersModule {

    static final ModuleFiles FILES = ModuleFiles.of("org.portalkit.banners");

    private BannersModule() {
    }
}
