package org.portalkit.news;

import java.util.List;

import org.portalkit.core.list.ListTypeMapping;
import org.portalkit.core.list.ListTypeProvider;

/**
 * Tells portal-core's {@link org.portalkit.core.list.ListTypeMappings} that news articles can be listed (registered
 * in {@code META-INF/services/org.portalkit.core.list.ListTypeProvider}): list configurations such as the
 * {@code pk-list} type of the templates module then list {@value NewsListMapping#TYPE} with
 * {@link NewsListMapping#MAPPING}.
 */
public final class NewsListTypes implements ListTypeProvider {

    @Override
    public List<ListTypeMapping> mappings() {
        return List.of(NewsListMapping.MAPPING);
    }
}
