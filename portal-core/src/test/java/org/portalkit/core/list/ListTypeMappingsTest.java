package org.portalkit.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ListTypeMappingsTest {

    private static final ListTypeMapping NEWS = new ListTypeMapping("pk-news", "t_{locale}_s", "d_{locale}_dt", null,
        null, null);
    private static final ListTypeMapping OTHER_NEWS = new ListTypeMapping("pk-news", "x_{locale}_s", "y_{locale}_dt",
        null, null, null);
    private static final ListTypeMapping NOTICE = new ListTypeMapping("pk-notice", "t_{locale}_s", "d_{locale}_dt",
        null, null, null);

    @Test
    void findsTheMappingsOfEveryProviderByTypeName() {
        ListTypeMappings mappings = new ListTypeMappings(List.of(() -> List.of(NEWS), () -> List.of(NOTICE)));
        assertEquals(NEWS, mappings.find("pk-news").orElseThrow());
        assertEquals(NOTICE, mappings.find(" pk-notice ").orElseThrow());
        assertTrue(mappings.find("pk-unknown").isEmpty());
        assertTrue(mappings.find(null).isEmpty());
        assertEquals(List.of("pk-news", "pk-notice"), List.copyOf(mappings.all().keySet()));
    }

    @Test
    void aFailingProviderIsLeftOutAndTheFirstMappingOfATypeCounts() {
        ListTypeProvider failing = () -> {
            throw new IllegalStateException("broken module");
        };
        ListTypeMappings mappings = new ListTypeMappings(List.of(failing, () -> List.of(NEWS), () -> List.of(OTHER_NEWS)));
        assertEquals(NEWS, mappings.find("pk-news").orElseThrow());
        assertEquals(1, mappings.all().size());
    }

    @Test
    void theInstalledMappingsComeFromTheServiceLoader() {
        // portal-core itself registers no provider: nothing is invented
        assertTrue(ListTypeMappings.installed().all().isEmpty());
    }
}
