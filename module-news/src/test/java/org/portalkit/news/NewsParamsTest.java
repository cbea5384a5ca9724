package org.portalkit.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NewsParamsTest {

    @Test
    void idsAreUuids() {
        assertEquals("60970dbd-eb4c-11f1-b81e-0f5d1783e4b8",
            NewsParams.structureId(" 60970DBD-EB4C-11F1-B81E-0F5D1783E4B8 "));
        for (String bad : new String[] {null, "", "x", "60970dbd-eb4c-11f1-b81e-0f5d1783e4b", "../../etc/passwd",
            "60970dbd-eb4c-11f1-b81e-0f5d1783e4b8;x"}) {
            assertThrows(NewsParams.BadParameter.class, () -> NewsParams.structureId(bad), String.valueOf(bad));
        }
    }
}
