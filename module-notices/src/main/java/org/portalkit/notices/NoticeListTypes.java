package org.portalkit.notices;

import java.util.List;

import org.portalkit.core.list.ListTypeMapping;
import org.portalkit.core.list.ListTypeProvider;

/**
 * Tells portal-core's {@link org.portalkit.core.list.ListTypeMappings} that notices can be listed (registered in
 * {@code META-INF/services/org.portalkit.core.list.ListTypeProvider}): list configurations such as the
 * {@code pk-list} type of the templates module and the site search then find {@value NoticeListMapping#TYPE} with
 * {@link NoticeListMapping#MAPPING}.
 */
public final class NoticeListTypes implements ListTypeProvider {

    @Override
    public List<ListTypeMapping> mappings() {
        return List.of(NoticeListMapping.MAPPING);
    }
}
