package org.portalkit.core.list;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.apache.commons.logging.Log;
import org.opencms.main.CmsLog;

/**
 * The {@link ListTypeMapping}s of every installed module, by resource type name, as the modules' {@link ListTypeProvider}s
 * name them ({@link ServiceLoader} on the class loader of portal-core, which in OpenCms is the web application's:
 * all module jars are in {@code WEB-INF/lib}). Read once on first use; module jars load only with a server start
 * anyway. A provider that fails is logged and left out; of two mappings of one type the first found counts.
 */
public final class ListTypeMappings {

    private static final Log LOG = CmsLog.getLog(ListTypeMappings.class);

    private final Map<String, ListTypeMapping> m_byType;

    /** Holder idiom: the service loader runs once, on first use. */
    private static final class Installed {
        static final ListTypeMappings INSTANCE = new ListTypeMappings(
            ServiceLoader.load(ListTypeProvider.class, ListTypeProvider.class.getClassLoader()));
    }

    /**
     * @param providers the providers to ask (tests pass their own)
     */
    ListTypeMappings(Iterable<ListTypeProvider> providers) {
        Map<String, ListTypeMapping> byType = new LinkedHashMap<>();
        java.util.Iterator<ListTypeProvider> it = providers.iterator();
        while (true) {
            ListTypeProvider provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError e) {
                LOG.error("A list type provider cannot be loaded", e);
                continue;
            }
            try {
                for (ListTypeMapping mapping : provider.mappings()) {
                    if (mapping != null && byType.putIfAbsent(mapping.type(), mapping) != null) {
                        LOG.warn("Two list mappings of the type " + mapping.type() + ": "
                            + provider.getClass().getName() + " is ignored for it");
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("The list type provider " + provider.getClass().getName() + " failed", e);
            }
        }
        m_byType = Collections.unmodifiableMap(byType);
    }

    /** @return the mappings of the installed modules */
    public static ListTypeMappings installed() {
        return Installed.INSTANCE;
    }

    /**
     * @param type a resource type name, e.g. {@code pk-news}
     * @return its mapping, or empty when no installed module lists that type
     */
    public Optional<ListTypeMapping> find(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(m_byType.get(type.strip()));
    }

    /** @return every mapping by type name, in the order found */
    public Map<String, ListTypeMapping> all() {
        return m_byType;
    }
}
