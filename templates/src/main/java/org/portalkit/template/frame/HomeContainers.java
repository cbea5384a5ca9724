package org.portalkit.template.frame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        int written = 0;
        try {
            page.getOut().flush();
            for (Formatted shown : formatted(request, cms, homeFolder, name, type)) {
                CmsJspTagDisplay.displayAction(shown.element(), shown.formatter(), page, request, page.getResponse());
                written++;
            }
        } catch (java.io.IOException e) {
            LOG.warn("Container " + name + " of the home page " + homeFolder + " not shown", e);
        }
        return written;
    }

    /**
     * The stylesheets the formatters of home-page containers declare as head includes: what {@code cms:headincludes}
     * writes on the home page itself, for the head of a page that shows those containers through
     * {@link #render}.
     *
     * @param request the page's request (what is read is kept in it for {@link #render} of the same request)
     * @param homeFolder the language's root folder
     * @param containers container names and their types, e.g. {@code header → pk-banner}
     * @return the stylesheets' links, each once, in the containers' order
     */
    public static List<String> stylesheets(HttpServletRequest request, String homeFolder, Map<String, String> containers) {
        CmsObject cms = CmsFlexController.getCmsObject(request);
        Set<String> links = new LinkedHashSet<>();
        containers.forEach((name, type) -> {
            for (Formatted shown : formatted(request, cms, homeFolder, name, type)) {
                for (String css : shown.formatter().getCssHeadIncludes()) {
                    links.add(OpenCms.getLinkManager().substituteLinkForRootPath(cms, css.trim()));
                }
            }
        });
        return new ArrayList<>(links);
    }

    /** An element of the home page with the formatter the home page chose for it. */
    private record Formatted(CmsContainerElementBean element, I_CmsFormatterBean formatter) {
    }

    /**
     * The readable elements of a home-page container with their formatters, read once per request: the frame's head
     * asks for the stylesheets, its top and bottom parts (separate includes) render the same containers.
     */
    @SuppressWarnings("unchecked")
    private static List<Formatted> formatted(HttpServletRequest request, CmsObject cms, String homeFolder, String name,
        String type) {
        String key = HomeContainers.class.getName() + ":" + homeFolder + ":" + name + ":" + type;
        Object kept = request.getAttribute(key);
        if (kept instanceof List) {
            return (List<Formatted>)kept;
        }
        List<Formatted> result = read(cms, homeFolder, name, type);
        request.setAttribute(key, result);
        return result;
    }

    private static List<Formatted> read(CmsObject cms, String homeFolder, String name, String type) {
        CmsResource home = homePage(cms, homeFolder);
        CmsContainerBean container = home == null ? null : container(cms, home, name);
        List<Formatted> result = new ArrayList<>();
        if (container == null) {
            return result;
        }
        CmsADEConfigData config = OpenCms.getADEManager().lookupConfiguration(cms, home.getRootPath());
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
            result.add(new Formatted(element, formatter));
        }
        return result;
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
