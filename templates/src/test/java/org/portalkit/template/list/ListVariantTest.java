package org.portalkit.template.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ListVariantTest {

    @Test
    void settingValuesNameTheVariants() {
        assertEquals(ListVariant.TEASER, ListVariant.of(" teaser ", ListVariant.FULL));
        assertEquals(ListVariant.LATEST, ListVariant.of("LATEST", ListVariant.FULL));
        assertEquals(ListVariant.COMPACT, ListVariant.of("nonsense", ListVariant.COMPACT));
        assertEquals(ListVariant.FULL, ListVariant.of(null, ListVariant.FULL));
        assertEquals("teaser", ListVariant.TEASER.key());
    }

    @Test
    void onlyTheFullListPagesAndShowsFacets() {
        assertTrue(ListVariant.FULL.pages() && ListVariant.FULL.showsFacets());
        for (ListVariant box : new ListVariant[] {ListVariant.LATEST, ListVariant.COMPACT, ListVariant.TEASER}) {
            assertFalse(box.pages() || box.showsFacets(), box.name());
        }
    }
}
