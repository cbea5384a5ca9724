package org.portalkit.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.servlet.jsp.PageContext;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResourceFilter;
import org.opencms.flex.CmsFlexController;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.content.CmsXmlContentFactory;
import org.opencms.xml.types.I_CmsXmlContentValue;
import org.portalkit.core.feed.FeedLink;
import org.portalkit.core.feed.ListFeeds;

/**
 * The feeds a {@code pk-page} announces in its head ({@code <link rel="alternate" type="application/rss+xml">}): one
 * per list element of the page whose module has a feed (portal-core's {@link ListFeeds#forElements}).
 */
public final class PageFeeds {

    /** The link list element ({@code ?path=} of a {@code pk-linklist}), which has no feed. */
    static final String LINK_LIST_ELEMENT = "/system/modules/org.portalkit.template/elements/linklist.jsp";

    /** The list element, whose path parameter names a pk-list (the form ListFeeds reads). */
    static final String LIST_ELEMENT = "/system/modules/org.portalkit.template/elements/list.jsp";

    private static final Log LOG = CmsLog.getLog(PageFeeds.class);

    private PageFeeds() {
    }

    /**
     * @param page the page JSP's context (the requested resource is the {@code pk-page})
     * @return the feed links; none when the page cannot be read
     */
    public static List<FeedLink> of(PageContext page) {
        CmsObject cms = CmsFlexController.getCmsObject(page.getRequest());
        String uri = cms.getRequestContext().getUri();
        try {
            CmsXmlContent content = CmsXmlContentFactory.unmarshal(cms,
                cms.readFile(uri, CmsResourceFilter.DEFAULT));
            Locale locale = content.getBestMatchingLocale(cms.getRequestContext().getLocale());
            if (locale == null) {
                return List.of();
            }
            List<String> elements = new ArrayList<>();
            for (I_CmsXmlContentValue value : content.getValues("Element", locale)) {
                String element = value.getStringValue(cms);
                // the link list box names its content by path too, but it is no list and has no feed
                if (element != null && !element.strip().startsWith(LINK_LIST_ELEMENT)) {
                    elements.add(element);
                }
            }
            String title = content.hasValue("Title", locale) ? content.getStringValue(cms, "Title", locale) : "";
            return ListFeeds.forElements(cms, elements, title);
        } catch (CmsException | RuntimeException e) {
            LOG.debug("No feed links for " + uri, e);
            return List.of();
        }
    }

    /**
     * The feed links of a container page: one per {@code pk-list} element of its containers (the list's own feed).
     *
     * @param page the container page template's context (the requested resource is the container page)
     * @param title the page's title
     * @return the feed links; none when the page cannot be read
     */
    public static List<FeedLink> ofContainerPage(PageContext page, String title) {
        CmsObject cms = CmsFlexController.getCmsObject(page.getRequest());
        String uri = cms.getRequestContext().getUri();
        try {
            org.opencms.file.CmsResource resource = cms.readResource(uri, CmsResourceFilter.DEFAULT);
            if (resource.isFolder()) {
                resource = cms.readDefaultFile(resource, CmsResourceFilter.DEFAULT);
            }
            org.opencms.xml.containerpage.CmsContainerPageBean bean = org.opencms.xml.containerpage
                .CmsXmlContainerPageFactory.unmarshal(cms, resource).getContainerPage(cms);
            List<String> elements = new ArrayList<>();
            for (org.opencms.xml.containerpage.CmsContainerBean container : bean.getContainers().values()) {
                for (org.opencms.xml.containerpage.CmsContainerElementBean element : container.getElements()) {
                    try {
                        element.initResource(cms);
                    } catch (CmsException e) {
                        continue;
                    }
                    if (org.portalkit.template.list.ListPages.isList(element.getResource())) {
                        elements.add(LIST_ELEMENT + "?path=" + cms.getSitePath(element.getResource()));
                    }
                }
            }
            return ListFeeds.forElements(cms, elements, title);
        } catch (CmsException | RuntimeException e) {
            LOG.debug("No feed links for " + uri, e);
            return List.of();
        }
    }
}
