package org.portalkit.core.feed;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.portalkit.core.list.ListDefinition;

/**
 * The {@link ListDefinitionSource}s of the installed modules, by resource type name: a module that stores list
 * configurations registers its reader once (e.g. in its module action's {@code initialize}):
 *
 * <pre>ListDefinitionSources.register("pk-list", PkListReader::definition);</pre>
 *
 * and {@code /system/modules/org.portalkit.core/elements/list-feed.jsp?path=<site path>} gives the feed of every
 * configuration of that type. Thread-safe.
 */
public final class ListDefinitionSources {

    private static final Map<String, ListDefinitionSource> SOURCES = new ConcurrentHashMap<>();

    private ListDefinitionSources() {
    }

    /**
     * @param typeName the resource type of the configurations
     * @param source   their reader; replaces an earlier one of the same type
     */
    public static void register(String typeName, ListDefinitionSource source) {
        SOURCES.put(typeName, source);
    }

    /** @param typeName a resource type whose reader is removed (module uninstalled) */
    public static void unregister(String typeName) {
        SOURCES.remove(typeName);
    }

    /** @return one source answering for every registered type (by the resource's type), {@code null} for others */
    public static ListDefinitionSource registered() {
        return ListDefinitionSources::read;
    }

    private static ListDefinition read(CmsObject cms, CmsResource resource, Locale locale) throws CmsException {
        String type = OpenCms.getResourceManager().getResourceType(resource).getTypeName();
        ListDefinitionSource source = SOURCES.get(type);
        return source == null ? null : source.read(cms, resource, locale);
    }
}
