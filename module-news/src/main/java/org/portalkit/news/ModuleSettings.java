package org.portalkit.news;

import java.time.ZoneId;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.opencms.module.CmsModule;
import org.portalkit.core.page.PageRequest;
import org.portalkit.core.text.DisplayDates;

/**
 * The module's configuration: module parameters ({@code timezone}, {@code poster}) and the inherited property
 * {@value #POSTER_PROPERTY}.
 */
final class ModuleSettings {

    /** The module name. */
    public static final String MODULE = "org.portalkit.news";

    /** Property (searched up the folder tree) with the default "posted by" of a site or folder. */
    public static final String POSTER_PROPERTY = "pk.news.poster";

    private ModuleSettings() {
    }

    /** @return the time zone of shown dates: module parameter {@code timezone}, else Asia/Ho_Chi_Minh */
    public static ZoneId zone() {
        return DisplayDates.zoneOr(parameter("timezone"));
    }

    /**
     * @param own the article's own value
     * @return {@code own} if set, else the property {@value #POSTER_PROPERTY} of the resource or a parent folder,
     *         else the module parameter {@code poster}, else empty
     */
    public static String poster(CmsObject cms, CmsResource resource, String own) {
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        try {
            String inherited = cms.readPropertyObject(resource, POSTER_PROPERTY, true).getValue();
            if (inherited != null && !inherited.isBlank()) {
                return inherited.strip();
            }
        } catch (CmsException e) {
            // unreadable property: use the module's default
        }
        String parameter = parameter("poster");
        return parameter == null ? "" : parameter.strip();
    }

    /** @return the site's title (property Title of the site folder), or empty */
    public static String siteTitle(CmsObject cms) {
        return PageRequest.siteTitle(cms);
    }

    private static String parameter(String name) {
        CmsModule module = OpenCms.getModuleManager().getModule(MODULE);
        return module == null ? null : module.getParameter(name);
    }
}
