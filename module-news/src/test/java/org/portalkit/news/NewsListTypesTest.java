package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.portalkit.core.list.ListTypeMappings;

class NewsListTypesTest {

    @Test
    void theServiceFileRegistersTheNewsMapping() {
        // through java.util.ServiceLoader, as a pk-list configuration finds it at run time
        assertEquals(NewsListMapping.MAPPING, ListTypeMappings.installed().find("pk-news").orElseThrow());
    }
}
