package org.portalkit.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ListDefinitionTest {

    static final ListTypeMapping NEWS = new ListTypeMapping("pk-news", "newstitle_{locale}_s", "newsdate_{locale}_dt",
        "newslead_{locale}_s", "newsimage_{locale}_s", null);

    @Test
    void defaults() {
        ListDefinition def = ListDefinition.builder().type(NEWS).build();
        assertEquals(List.of("pk-news"), def.types());
        assertEquals(10, def.pageSize());
        assertEquals(ListSort.NEWEST, def.sort());
        assertEquals(DateRestriction.NONE, def.dates());
    }

    @Test
    void pageSizeIsCapped() {
        assertEquals(50, ListDefinition.builder().type(NEWS).pageSize(100_000).build().pageSize());
        assertEquals(1, ListDefinition.builder().type(NEWS).pageSize(-5).build().pageSize());
    }

    @Test
    void badValuesAreRejected() {
        ListDefinition.Builder b = ListDefinition.builder().type(NEWS);
        assertThrows(IllegalArgumentException.class, () -> b.folder("/sites/default/tin-tuc", true), "no trailing slash");
        assertThrows(IllegalArgumentException.class, () -> b.folder("/sites/../system/", true));
        assertThrows(IllegalArgumentException.class, () -> b.folder("/sites/\"x\"/", true));
        assertThrows(IllegalArgumentException.class, () -> b.category("*:*"));
        assertThrows(IllegalStateException.class, () -> ListDefinition.builder().type(NEWS).sort(ListSort.MOST_READ)
            .build(), "most read needs the counter key prefix");
        assertEquals(ListSort.MOST_READ, ListDefinition.builder().type(ListQueryTest.NEWS_SORTED).sort(ListSort.MOST_READ)
            .build().sort());
        assertThrows(IllegalArgumentException.class, () -> new ListTypeMapping("x", "a", "b", null, null, "views:*"),
            "not a counter key prefix");
        assertThrows(IllegalArgumentException.class, () -> new ListTypeMapping("x", "a", "b", null, null, null, "a b"),
            "not a sort field");
        assertThrows(IllegalArgumentException.class, () -> ListDefinition.builder().type(ListQueryTest.NEWS_SORTED)
            .type(new ListTypeMapping("pk-notice", "newstitle_{locale}_s", "newsdate_{locale}_dt", null, null, null)),
            "types must share the title sort field");
        assertThrows(IllegalArgumentException.class, () -> new ListTypeMapping("pk news", "a", "b", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ListTypeMapping("x", "a:b", "b", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> b.type(new ListTypeMapping("pk-notice", "t_{locale}_s",
            "other_{locale}_dt", null, null, null)), "types must share the date field");
        assertThrows(IllegalArgumentException.class,
            () -> DateRestriction.range(Instant.ofEpochSecond(10), Instant.ofEpochSecond(5)));
        assertThrows(IllegalStateException.class, () -> ListDefinition.builder().build());
        ListDefinition.Builder many = ListDefinition.builder().type(NEWS);
        for (int i = 0; i < ListDefinition.MAX_FOLDERS; i++) {
            many.folder("/sites/default/f" + i + "/", false);
        }
        assertThrows(IllegalArgumentException.class, () -> many.folder("/sites/default/x/", false));
    }
}
