package org.portalkit.news;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import javax.servlet.ServletRequest;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsPropertyDefinition;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.opencms.relations.CmsLink;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.content.CmsXmlContentFactory;
import org.opencms.xml.types.CmsXmlVfsFileValue;
import org.opencms.xml.types.I_CmsXmlContentValue;
import org.portalkit.core.list.CategoryLabels;
import org.portalkit.core.page.ContentLocale;
import org.portalkit.core.page.ContentValues;
import org.portalkit.core.page.PageRequest;

/**
 * Reads a {@code pk-news} XML content into a {@link NewsArticle}, with the current user's permissions: related
 * articles and attachments the user may not read (or that are expired) are left out.
 */
final class ContentReader {

    private static final Log LOG = CmsLog.getLog(ContentReader.class);

    private ContentReader() {
    }

    /**
     * @param resource a resource
     * @return whether it is a news article
     */
    public static boolean isNews(CmsResource resource) {
        return PageRequest.isOfType(resource, NewsListMapping.TYPE);
    }

    /**
     * @param cms      the current user's context
     * @param resource a {@code pk-news} resource
     * @param wanted   the preferred locale (the request's); the content's first locale when it lacks that one
     * @param request  the current request (caches the unmarshalled content), may be {@code null}
     * @return the article, or {@code null} if the content has no locale at all
     * @throws CmsException if the content cannot be read
     */
    public static NewsArticle read(CmsObject cms, CmsResource resource, Locale wanted, ServletRequest request)
        throws CmsException {
        CmsXmlContent xml = request == null ? CmsXmlContentFactory.unmarshal(cms, cms.readFile(resource))
            : CmsXmlContentFactory.unmarshal(cms, resource, request);
        Locale locale = chooseLocale(xml, wanted);
        if (locale == null) {
            return null;
        }
        String title = text(cms, xml, "Title", locale);
        NewsArticle.Builder b = NewsArticle.builder()
            .id(resource.getStructureId().toString())
            .locale(locale)
            .link(Links.of(cms, resource))
            .title(title.isBlank() ? resource.getName() : title)
            .section(text(cms, xml, "Section", locale))
            .lead(text(cms, xml, "Lead", locale))
            .byline(text(cms, xml, "Byline", locale))
            .poster(ModuleSettings.poster(cms, resource, text(cms, xml, "Poster", locale)))
            .publishDate(date(cms, xml, "PublishDate", locale))
            .eventDate(date(cms, xml, "EventDate", locale))
            .lastModified(resource.getDateLastModified())
            .source(text(cms, xml, "Source/Name", locale), text(cms, xml, "Source/Url", locale))
            .featured(Boolean.parseBoolean(text(cms, xml, "Featured", locale)))
            .metaDescription(text(cms, xml, "MetaDescription", locale));
        for (I_CmsXmlContentValue section : xml.getValues("Body", locale)) {
            String path = section.getPath();
            NewsArticle.Image image = null;
            if (xml.hasValue(path + "/Image", locale)) {
                image = image(cms, xml, path + "/Image", locale);
            }
            b.addSection(new NewsArticle.Section(text(cms, xml, path + "/Text", locale), image));
        }
        String social = Links.of(cms, xml.getValue("SocialImage", locale));
        if (!social.isEmpty()) {
            b.socialImage(new NewsArticle.Image(social, "", title));
        }
        for (I_CmsXmlContentValue attachment : xml.getValues("Attachment", locale)) {
            String href = Links.of(cms, xml.getValue(attachment.getPath() + "/File", locale));
            if (!href.isEmpty()) {
                String label = text(cms, xml, attachment.getPath() + "/Title", locale);
                if (label.isBlank()) {
                    label = href.substring(href.lastIndexOf('/') + 1);
                }
                b.addAttachment(new NewsArticle.Link(href, label, 0));
            }
        }
        for (I_CmsXmlContentValue related : xml.getValues("Related", locale)) {
            NewsArticle.Link link = related(cms, (CmsXmlVfsFileValue)related, locale, resource);
            if (link != null) {
                b.addRelated(link);
            }
        }
        try {
            for (String category : CategoryLabels.ofResource(cms, resource, wanted == null ? locale : wanted)) {
                b.addCategory(category);
            }
        } catch (CmsException e) {
            LOG.debug("No categories for " + resource.getRootPath(), e);
        }
        return b.build();
    }

    /**
     * The few values a list or teaser needs, without related articles, attachments and categories.
     *
     * @param xml    the unmarshalled content of {@code resource}
     * @param locale a locale the content has
     * @param zone   time zone of the shown date
     * @return the list entry
     */
    public static NewsListItem listItem(CmsObject cms, CmsResource resource, CmsXmlContent xml, Locale locale,
        ZoneId zone) {
        String title = text(cms, xml, "Title", locale);
        long date = date(cms, xml, "PublishDate", locale);
        String image = Links.of(cms, xml.getValue("SocialImage", locale));
        String alt = title;
        if (image.isEmpty()) {
            for (I_CmsXmlContentValue section : xml.getValues("Body", locale)) {
                String path = section.getPath() + "/Image";
                if (xml.hasValue(path, locale)) {
                    NewsArticle.Image first = image(cms, xml, path, locale);
                    if (first != null) {
                        image = first.getSrc();
                        alt = first.getAlt();
                        break;
                    }
                }
            }
        }
        return new NewsListItem(resource.getStructureId().toString(), title.isBlank() ? resource.getName() : title,
            Links.of(cms, resource), date, NewsFormat.date(date, zone), text(cms, xml, "Lead", locale), image, alt,
            List.of(), 0);
    }

    /** @see ContentLocale#choose(CmsXmlContent, Locale) */
    static Locale chooseLocale(CmsXmlContent xml, Locale wanted) {
        return ContentLocale.choose(xml, wanted);
    }

    private static NewsArticle.Image image(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        String src = Links.of(cms, xml.getValue(path + "/Image", locale));
        if (src.isEmpty()) {
            return null;
        }
        return new NewsArticle.Image(src, text(cms, xml, path + "/Caption", locale),
            text(cms, xml, path + "/Alt", locale));
    }

    private static NewsArticle.Link related(CmsObject cms, CmsXmlVfsFileValue value, Locale locale,
        CmsResource self) {
        CmsLink link = value.getLink(cms);
        if (link == null || !link.isInternal()) {
            return null;
        }
        try {
            CmsResource target;
            if (link.getStructureId() != null) {
                target = cms.readResource(link.getStructureId(), CmsResourceFilter.DEFAULT);
            } else {
                CmsObject rootCms = OpenCms.initCmsObject(cms);
                rootCms.getRequestContext().setSiteRoot("");
                target = rootCms.readResource(link.getTarget(), CmsResourceFilter.DEFAULT);
            }
            if (!isNews(target) || target.getStructureId().equals(self.getStructureId())) {
                return null;
            }
            String title = cms.readPropertyObject(target, CmsPropertyDefinition.PROPERTY_TITLE, false).getValue();
            long date = 0;
            CmsXmlContent other = CmsXmlContentFactory.unmarshal(cms, cms.readFile(target));
            Locale otherLocale = chooseLocale(other, locale);
            if (otherLocale != null) {
                date = date(cms, other, "PublishDate", otherLocale);
                String otherTitle = text(cms, other, "Title", otherLocale);
                if (!otherTitle.isBlank()) {
                    title = otherTitle;
                }
            }
            return new NewsArticle.Link(Links.of(cms, target), title == null ? target.getName() : title, date);
        } catch (CmsException e) {
            // deleted, expired or not readable for this user: not shown
            LOG.debug("Related article not shown: " + link.getTarget(), e);
            return null;
        }
    }

    private static String text(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        return ContentValues.text(cms, xml, path, locale);
    }

    private static long date(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        return ContentValues.millis(cms, xml, path, locale);
    }
}
