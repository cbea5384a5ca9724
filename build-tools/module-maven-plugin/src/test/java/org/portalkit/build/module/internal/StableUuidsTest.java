package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class StableUuidsTest {

    private static final String PATH = "system/modules/org.portalkit.news/schemas/news.xsd";

    @Test
    void sameInputGivesSameIds() {
        assertEquals(StableUuids.structureId("org.portalkit.news", PATH), StableUuids.structureId("org.portalkit.news", PATH));
        assertEquals(StableUuids.resourceId("org.portalkit.news", PATH), StableUuids.resourceId("org.portalkit.news", PATH));
    }

    @Test
    void differentModuleOrPathGivesDifferentIds() {
        UUID news = StableUuids.structureId("org.portalkit.news", PATH);

        assertNotEquals(news, StableUuids.structureId("org.portalkit.banners", PATH));
        assertNotEquals(news, StableUuids.structureId("org.portalkit.news", PATH + "x"));
    }

    @Test
    void structureAndResourceIdDiffer() {
        assertNotEquals(StableUuids.structureId("m", PATH), StableUuids.resourceId("m", PATH));
    }

    @Test
    void idsAreNameBasedVersion3FromTheDocumentedName() {
        UUID id = StableUuids.structureId("m", "a/b");

        assertEquals(3, id.version());
        assertEquals(UUID.nameUUIDFromBytes("m:a/b:structure".getBytes(java.nio.charset.StandardCharsets.UTF_8)), id);
    }
}
