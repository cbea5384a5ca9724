package org.portalkit.core.page;

import org.opencms.file.CmsObject;
import org.opencms.main.OpenCms;

/**
 * The shared page script {@code /system/modules/org.portalkit.core/resources/page.js}: the view beacon
 * ({@code data-pk-beacon}, {@code data-pk-views}), print buttons ({@code data-pk-print}) and the expiry of "new"
 * badges ({@code data-pk-new-until}). Content modules write these attributes and one
 * {@code <script src="…" defer>}; no page needs inline script.
 */
public final class PageScript {

    /** The script's VFS path. */
    public static final String PATH = "/system/modules/org.portalkit.core/resources/page.js";

    private PageScript() {
    }

    /**
     * @param cms the request's context
     * @return the script's link as {@code cms:link} writes it
     */
    public static String link(CmsObject cms) {
        return OpenCms.getLinkManager().substituteLink(cms, PATH);
    }
}
