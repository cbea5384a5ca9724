package org.portalkit.notices;

import java.util.List;
import java.util.Locale;

import javax.servlet.ServletRequest;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
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

/**
 * Reads a {@code pk-notice} XML content into a {@link Notice} with the current user's permissions: documents the
 * user may not read now (deleted, expired, not released) are left out.
 */
final class NoticeReader {

    private static final Log LOG = CmsLog.getLog(NoticeReader.class);

    /** The most attachments a notice has ({@code maxOccurs} in notice.xsd). */
    static final int MAX_DOCUMENTS = 20;

    private NoticeReader() {
    }

    /**
     * @param cms      the current user's context
     * @param resource a {@code pk-notice} resource
     * @param wanted   the preferred locale; the content's first locale when it lacks that one
     * @param request  the current request (caches the unmarshalled content), may be {@code null}
     * @return the notice, or {@code null} if the content has no locale at all
     * @throws CmsException if the content cannot be read
     */
    static Notice read(CmsObject cms, CmsResource resource, Locale wanted, ServletRequest request)
        throws CmsException {
        CmsXmlContent xml = unmarshal(cms, resource, request);
        Locale locale = ContentLocale.choose(xml, wanted);
        if (locale == null) {
            return null;
        }
        Notice.Builder b = base(cms, resource, xml, locale).bodyHtml(text(cms, xml, "Body", locale))
            .issuingUnit(text(cms, xml, "IssuingUnit", locale)).lastModified(resource.getDateLastModified());
        List<I_CmsXmlContentValue> attachments = xml.getValues("Attachment", locale);
        for (int i = 0; i < attachments.size() && i < MAX_DOCUMENTS; i++) {
            String path = attachments.get(i).getPath();
            CmsResource file = file(cms, xml.getValue(path + "/File", locale));
            if (file != null) {
                String label = text(cms, xml, path + "/Title", locale).strip();
                b.addDocument(new Notice.Document(i + 1, label.isEmpty() ? fileTitle(cms, file) : label,
                    file.getName(), file.getLength()));
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
     * The file of one attachment, for the download.
     *
     * @param index the attachment's position, from 1
     * @return the file the reader may read now, or {@code null} (no such attachment, file gone, expired)
     */
    static CmsResource document(CmsObject cms, CmsResource notice, Locale wanted, ServletRequest request, int index)
        throws CmsException {
        if (index < 1 || index > MAX_DOCUMENTS) {
            return null;
        }
        CmsXmlContent xml = unmarshal(cms, notice, request);
        Locale locale = ContentLocale.choose(xml, wanted);
        if (locale == null) {
            return null;
        }
        List<I_CmsXmlContentValue> attachments = xml.getValues("Attachment", locale);
        if (index > attachments.size()) {
            return null;
        }
        return file(cms, xml.getValue(attachments.get(index - 1).getPath() + "/File", locale));
    }

    /** The few values a list entry needs: title, link, issue date, pinned. */
    static Notice summary(CmsObject cms, CmsResource resource, Locale wanted, ServletRequest request)
        throws CmsException {
        CmsXmlContent xml = unmarshal(cms, resource, request);
        Locale locale = ContentLocale.choose(xml, wanted);
        if (locale == null) {
            return null;
        }
        return base(cms, resource, xml, locale).build();
    }

    /** Title, link, number, summary, issue date, deadline, expiry and the pinned flag. */
    private static Notice.Builder base(CmsObject cms, CmsResource resource, CmsXmlContent xml, Locale locale) {
        String title = text(cms, xml, "Title", locale);
        return Notice.builder().id(resource.getStructureId().toString()).locale(locale)
            .link(OpenCms.getLinkManager().substituteLink(cms, resource))
            .title(title.isBlank() ? resource.getName() : title).number(text(cms, xml, "Number", locale))
            .summary(text(cms, xml, "Summary", locale)).issueDate(date(cms, xml, "IssueDate", locale))
            .deadline(date(cms, xml, "Deadline", locale)).expiry(resource.getDateExpired())
            .pinned(Boolean.parseBoolean(text(cms, xml, "Pinned", locale).strip()));
    }

    private static CmsXmlContent unmarshal(CmsObject cms, CmsResource resource, ServletRequest request)
        throws CmsException {
        return request == null ? CmsXmlContentFactory.unmarshal(cms, cms.readFile(resource))
            : CmsXmlContentFactory.unmarshal(cms, resource, request);
    }

    private static CmsResource file(CmsObject cms, I_CmsXmlContentValue value) {
        return ContentValues.file(cms, value);
    }

    private static String fileTitle(CmsObject cms, CmsResource file) {
        try {
            String title = cms.readPropertyObject(file, "Title", false).getValue();
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
        } catch (CmsException e) {
            LOG.debug("No title for " + file.getRootPath(), e);
        }
        return file.getName();
    }

    private static String text(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        return ContentValues.text(cms, xml, path, locale);
    }

    private static long date(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        return ContentValues.millis(cms, xml, path, locale);
    }
}
