package org.portalkit.core.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void aStructureIdIsNormalisedToLowerCase() {
        assertEquals("0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5b",
            PageRequest.structureId("0F3E9A1C-4B2D-4E6F-8A9B-0C1D2E3F4A5B"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0f3e9a1c4b2d4e6f8a9b0c1d2e3f4a5b", "0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5",
        "0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5bb", "0f3e9a1c-4b2d-4e6f-8a9b_0c1d2e3f4a5b",
        "0g3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5b", "0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5b' or '1'='1",
        "../../etc/passwd", "0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5\u0661", " 0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5b",
        "0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5b ", "{f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5b",
        "0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5b,https://evil.example", "0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4\uff18a5b"})
    void anythingElseIsNoStructureId(String raw) {
        assertNull(PageRequest.structureId(raw));
    }

    @Test
    void missingAndOverlongValuesAreNoStructureId() {
        assertNull(PageRequest.structureId(null));
        assertNull(PageRequest.structureId("0f3e9a1c-4b2d-4e6f-8a9b-0c1d2e3f4a5b".repeat(100)));
    }
}
