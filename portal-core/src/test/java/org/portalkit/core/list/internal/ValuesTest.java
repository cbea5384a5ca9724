package org.portalkit.core.list.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void folderPaths() {
        assertTrue(Values.isFolderPath("/"));
        assertTrue(Values.isFolderPath("/sites/default/tin-tuc/"));
        assertTrue(Values.isFolderPath("/sites/default/.content/"));
        assertFalse(Values.isFolderPath("/sites/default"));
        assertFalse(Values.isFolderPath("sites/"));
        assertFalse(Values.isFolderPath("/sites//x/"));
        assertFalse(Values.isFolderPath("/sites/../x/"));
        assertFalse(Values.isFolderPath("/sites/\"x/"));
        assertFalse(Values.isFolderPath("/" + "a".repeat(300) + "/"));
    }

    @Test
    void categoryPathsAndDepth() {
        assertTrue(Values.isCategoryPath("a/b_c/d-e/", 5));
        assertFalse(Values.isCategoryPath("a/b/c/", 2));
        assertFalse(Values.isCategoryPath("/a/", 5));
        assertFalse(Values.isCategoryPath("a.b/", 5));
        assertFalse(Values.isCategoryPath("a", 5));
    }

    @Test
    void escaping() {
        assertEquals("\\/a\\-b\\/\\*\\:\\{\\!\\}\\\"\\\\", Values.escaped("/a-b/*:{!}\"\\"));
        assertEquals("a\\\"b\\\\", Values.quoted("a\"b\\"));
        assertEquals("a?b", Values.shown("a\u0000b"));
        assertEquals(63, Values.shown("x".repeat(10_000)).length());
    }
}
