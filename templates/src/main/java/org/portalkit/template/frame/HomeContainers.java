package org.portalkit.template.frame;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.ade.configuration.CmsADEConfigData;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.file.types.CmsResourceTypeXmlContainerPage;
import org.opencms.flex.CmsFlexController;
import org.opencms.jsp.CmsJspTagContainer;
import org.opencms.jsp.CmsJspTagDisplay;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.opencms.xml.containerpage.CmsContainerBean;
import org.opencms.xml.containerpage.CmsContainerElementBean;
import org.opencms.xml.containerpage.CmsContainerPageBean;
import org.opencms.xml.containerpage.CmsXmlContainerPageFactory;
import org.opencms.xml.containerpage.I_CmsFormatterBean;

/**
 * The containers of the language's home page, shown on pages that are no container page (an article, a notice, a
 * list page, the error page): so the sidebar and the header banners an editor placed on the home page appear on
 * every page, as on the seed portal. Each element is rendered by the formatter the home page chose for it, through
 * OpenCms's display API ({@link CmsJspTagDisplay}); an element that cannot be read (expired, deleted) is left out
 * and logged, never shown as an error.
 */
public final class HomeContainers {

    private static final Log LOG = CmsLog.getLog(HomeContainers.class);

    private HomeContainers() {
    }

    /**
     * @param cms the request's context
     * @param uri a site path
     * @return whether the path is a container page
     */
    public static boolean isContainerPage(CmsObject cms, String uri) {
        try {
            CmsResource resource = cms.readResource(uri, CmsResourceFilter.DEFAULT);
            if (resource.isFolder()) {
                resource = cms.readDefaultFile(resource, CmsResourceFilter.DEFAULT);
            }
            return resource != null && CmsResourceTypeXmlContainerPage.isContainerPage(resource);
        } catch (CmsException e) {
            return false;
        }
    }

    /**
     * Writes the elements of one container of the home page into the page.
     *
     * @param page the frame JSP's context
     * @param homeFolder the language's root folder ({@code /} or e.g. {@code /en/})
     * @param name the container's name (e.g. {@code sidebar})
     * @param type the container's type (e.g. {@code pk-side})
     * @return how many elements were written
     */
    public static int render(PageContext page, String homeFolder, String name, String type) {
        HttpServletRequest request = (HttpServletRequest)page.getRequest();
        CmsObject cms = CmsFlexController.getCmsObject(request);
        CmsResource home = homePage(cms, homeFolder);
        CmsContainerBean container = home == null ? null : container(cms, home, name);
        int written = 0;
        if (container == null) {
            return written;
        }
        try {
            CmsADEConfigData config = OpenCms.getADEManager().lookupConfiguration(cms, home.getRootPath());
            page.getOut().flush();
            for (CmsContainerElementBean element : container.getElements()) {
                try {
                    element.initResource(cms);
                } catch (CmsException e) {
                    LOG.info("Home page element " + element.getId() + " not shown: " + e.getLocalizedMessage());
                    continue;
                }
                I_CmsFormatterBean formatter = CmsJspTagContainer.getFormatterConfigurationForElement(cms, element,
                    config, name, type, -1);
                if (formatter == null) {
                    LOG.warn("No formatter of container type " + type + " for " + element.getSitePath());
                    continue;
                }
                CmsJspTagDisplay.displayAction(element, formatter, page, request, page.getResponse());
                written++;
            }
        } catch (java.io.IOException e) {
            LOG.warn("Container " + name + " of the home page " + homeFolder + " not shown", e);
        }
        return written;
    }

    private static CmsResource homePage(CmsObject cms, String homeFolder) {
        try {
            CmsResource home = cms.readDefaultFile(cms.readResource(homeFolder), CmsResourceFilter.DEFAULT);
            return home != null && CmsResourceTypeXmlContainerPage.isContainerPage(home) ? home : null;
        } catch (CmsException e) {
            LOG.warn("Home page of " + homeFolder + " not readable", e);
            return null;
        }
    }

    private static CmsContainerBean container(CmsObject cms, CmsResource home, String name) {
        try {
            CmsContainerPageBean bean = CmsXmlContainerPageFactory.unmarshal(cms, home).getContainerPage(cms);
            return bean == null ? null : bean.getContainers().get(name);
        } catch (CmsException e) {
            LOG.warn("Home page " + home.getRootPath() + " not readable", e);
            return null;
        }
    }
}
