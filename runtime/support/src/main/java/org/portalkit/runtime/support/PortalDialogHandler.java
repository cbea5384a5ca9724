package org.portalkit.runtime.support;

import org.opencms.configuration.CmsParameterConfiguration;
import org.opencms.jsp.CmsJspActionElement;
import org.opencms.workplace.I_CmsDialogHandler;

/**
 * The one dialog handler the workplace configuration must name.
 *
 * <p>OpenCms 11.0.2 refuses to start without at least one configured {@code <dialoghandler>} whose class
 * exists, and the classic dialog classes live in workplace modules that are not on Maven Central. The
 * legacy JSP dialogs it would route to are not installed in the PortalKit runtime, so this handler has no
 * URI of its own and leaves the requested one unchanged.</p>
 */
public class PortalDialogHandler implements I_CmsDialogHandler {

    /** Handler name the workplace looks up. */
    public static final String HANDLER_NAME = "portalkit";

    private final CmsParameterConfiguration m_config = new CmsParameterConfiguration();

    @Override
    public void addConfigurationParameter(String name, String value) {
        m_config.add(name, value);
    }

    @Override
    public CmsParameterConfiguration getConfiguration() {
        return m_config;
    }

    @Override
    public void initConfiguration() {
        // nothing to initialise
    }

    @Override
    public String getDialogHandler() {
        return HANDLER_NAME;
    }

    @Override
    public String getDialogUri(String resource, CmsJspActionElement jsp) {
        return resource;
    }
}
