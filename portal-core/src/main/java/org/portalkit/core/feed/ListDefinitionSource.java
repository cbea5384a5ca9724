package org.portalkit.core.feed;

import java.util.Locale;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.portalkit.core.list.ListDefinition;

/**
 * Turns a list configuration stored in the VFS (e.g. a {@code pk-list} content) into the {@link ListDefinition} the
 * list engine runs, so that {@link ListFeeds#byPath} can give the feed of any stored list.
 */
@FunctionalInterface
public interface ListDefinitionSource {

    /**
     * @param cms      the request's context (user, project, site)
     * @param resource the configuration, already read as the request's user
     * @param locale   the request's locale
     * @return the definition, or {@code null} when the resource is no list this source knows
     * @throws CmsException if the resource cannot be read
     */
    ListDefinition read(CmsObject cms, CmsResource resource, Locale locale) throws CmsException;
}
