package org.portalkit.core.internal;

import org.opencms.configuration.CmsConfigurationManager;
import org.opencms.file.CmsObject;
import org.opencms.module.A_CmsModuleAction;
import org.opencms.module.CmsModule;
import org.portalkit.core.cache.OnlineCache;
import org.portalkit.core.counter.CounterService;

/**
 * The module action class of {@code org.portalkit.core} (named in the module's manifest). OpenCms calls
 * {@link #shutDown(CmsModule)} on every module action when it shuts down, before it closes its database pools; this
 * is where the pending counter increments are written ({@link CounterService#shutdown()}). At start-up it lets the
 * online caches listen to publishing ({@link OnlineCache#listenToPublishing()}).
 */
public final class CoreModuleAction extends A_CmsModuleAction {

    @Override
    public void initialize(CmsObject adminCms, CmsConfigurationManager configurationManager, CmsModule module) {
        super.initialize(adminCms, configurationManager, module);
        OnlineCache.listenToPublishing();
    }

    @Override
    public void shutDown(CmsModule module) {
        super.shutDown(module);
        CounterService.shutdown();
    }
}
