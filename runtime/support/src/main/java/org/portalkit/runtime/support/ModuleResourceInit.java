package org.portalkit.runtime.support;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsLog;
import org.opencms.main.CmsResourceInitException;
import org.opencms.main.I_CmsResourceInit;
import org.opencms.security.CmsSecurityException;

/**
 * The embedded runtime's resource init handler for PortalKit's site files (robots.txt, the sitemaps): it hands each
 * request to {@code org.portalkit.core.sitemap.SiteFilesHandler} of the module {@code org.portalkit.core}.
 *
 * <p>Why not name that class in {@code opencms-system.xml} directly: OpenCms instantiates the configured handlers
 * when it starts, and the module's jar reaches {@code WEB-INF/lib} only when the module is installed — after the
 * first start of a new data directory. A missing class is dropped from the configuration (and from the file, the
 * next time OpenCms writes it). This class is always in {@code WEB-INF/lib}; it looks the module's handler up at the
 * first request and, while the module is missing, leaves every request as it is.
 */
public class ModuleResourceInit implements I_CmsResourceInit {

    /** The handler of the core module. */
    static final String DELEGATE = "org.portalkit.core.sitemap.SiteFilesHandler";

    private static final Log LOG = CmsLog.getLog(ModuleResourceInit.class);

    private volatile I_CmsResourceInit m_delegate;

    private volatile boolean m_missing;

    @Override
    public CmsResource initResource(CmsResource resource, CmsObject cms, HttpServletRequest req,
        HttpServletResponse res) throws CmsResourceInitException, CmsSecurityException {
        I_CmsResourceInit delegate = delegate();
        return delegate == null ? resource : delegate.initResource(resource, cms, req, res);
    }

    private I_CmsResourceInit delegate() {
        I_CmsResourceInit delegate = m_delegate;
        if (delegate != null || m_missing) {
            return delegate;
        }
        try {
            Class<?> type = Class.forName(DELEGATE, true, Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : ModuleResourceInit.class.getClassLoader());
            delegate = (I_CmsResourceInit)type.getDeclaredConstructor().newInstance();
            m_delegate = delegate;
            return delegate;
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            // the module is not installed (yet): no site files; looked up again after the next restart
            m_missing = true;
            LOG.info("PortalKit site files are not served: " + DELEGATE + " is not installed (" + e + ")");
            return null;
        }
    }
}
