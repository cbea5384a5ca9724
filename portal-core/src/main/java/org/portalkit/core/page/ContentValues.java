package org.portalkit.core.page;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.main.CmsException;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.opencms.relations.CmsLink;
import org.opencms.xml.content.CmsXmlContent;
import org.opencms.xml.types.CmsXmlVfsFileValue;
import org.opencms.xml.types.I_CmsXmlContentValue;

/**
 * Values of an XML content as pages read them: missing texts are empty, never {@code null}; dates are epoch
 * milliseconds; linked files are read with the reader's permissions and the release window.
 */
public final class ContentValues {

    private static final Log LOG = CmsLog.getLog(ContentValues.class);

    private ContentValues() {
    }

    /**
     * @param cms    the reader's context
     * @param xml    the content
     * @param path   an element path, e.g. {@code Attachment[2]/Title}
     * @param locale a locale the content has
     * @return the element's text, or empty when there is none
     */
    public static String text(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        String value = xml.getStringValue(cms, path, locale);
        return value == null ? "" : value;
    }

    /**
     * @return the element's date (an {@code OpenCmsDateTime}: epoch milliseconds), or 0 when it is empty or no
     *         number
     * @see #text(CmsObject, CmsXmlContent, String, Locale)
     */
    public static long millis(CmsObject cms, CmsXmlContent xml, String path, Locale locale) {
        return millis(text(cms, xml, path, locale));
    }

    /**
     * @param value the text of a date element
     * @return its epoch milliseconds, 0 when blank or no number
     */
    public static long millis(String value) {
        String text = value == null ? "" : value.strip();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The file a VFS link element ({@code OpenCmsVfsFile}) points to, as the reader may read it now.
     *
     * @param cms   the reader's context
     * @param value the element, may be {@code null}
     * @return the file, or {@code null} when the element is no internal link, or its target is gone, a folder,
     *         expired, not released or not readable for this reader
     */
    public static CmsResource file(CmsObject cms, I_CmsXmlContentValue value) {
        if (!(value instanceof CmsXmlVfsFileValue)) {
            return null;
        }
        CmsLink link = ((CmsXmlVfsFileValue)value).getLink(cms);
        if (link == null || !link.isInternal()) {
            return null;
        }
        try {
            CmsResource file;
            if (link.getStructureId() != null && !link.getStructureId().isNullUUID()) {
                file = cms.readResource(link.getStructureId(), CmsResourceFilter.DEFAULT);
            } else {
                CmsObject root = OpenCms.initCmsObject(cms);
                root.getRequestContext().setSiteRoot("");
                file = root.readResource(link.getTarget(), CmsResourceFilter.DEFAULT);
            }
            return file.isFile() ? file : null;
        } catch (CmsException e) {
            LOG.debug("Linked file not readable: " + link.getTarget(), e);
            return null;
        }
    }
}
