package org.portalkit.runtime.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeededResourceTest {

    private static final long CREATED = 1_700_000_000_000L;

    @Test
    void aSeededResourceWhoseTypeChangedIsReplaced() {
        assertTrue(SeededResource.replaceable(7401, 7405, CREATED, CREATED + 800, "admin", "admin"));
        assertTrue(SeededResource.replaceable(7401, 7405, CREATED, CREATED + SeededResource.SEEDING_WINDOW_MILLIS, "admin", "admin"));
    }

    @Test
    void theSameTypeIsNeverReplaced() {
        assertFalse(SeededResource.replaceable(7405, 7405, CREATED, CREATED + 800, "admin", "admin"));
    }

    @Test
    void whatAnEditorTouchedStays() {
        assertFalse(SeededResource.replaceable(7401, 7405, CREATED, CREATED + 800, "admin", "editor"), "another user");
        assertFalse(SeededResource.replaceable(7401, 7405, CREATED, CREATED + SeededResource.SEEDING_WINDOW_MILLIS + 1, "admin", "admin"),
            "changed later, even by the same user");
        assertFalse(SeededResource.replaceable(7401, 7405, CREATED, CREATED - 1, "admin", "admin"), "dates out of order");
        assertFalse(SeededResource.replaceable(7401, 7405, CREATED, CREATED, null, null));
    }
}
