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
    void uuids() {
        assertTrue(Values.isUuid("0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"));
        assertTrue(Values.isUuid("0A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D"));
        assertFalse(Values.isUuid("0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5"));
        assertFalse(Values.isUuid("0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5dd"));
        assertFalse(Values.isUuid("0a1b2c3d04e5f-6a7b-8c9d-0e1f2a3b4c5d"));
        assertFalse(Values.isUuid("0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5g"));
        assertFalse(Values.isUuid("0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c,d"));
        assertFalse(Values.isUuid(null));
    }

    @Test
    void escaping() {
        assertEquals("\\/a\\-b\\/\\*\\:\\{\\!\\}\\\"\\\\", Values.escaped("/a-b/*:{!}\"\\"));
        assertEquals("a\\\"b\\\\", Values.quoted("a\"b\\"));
        assertEquals("a?b", Values.shown("a\u0000b"));
        assertEquals(63, Values.shown("x".repeat(10_000)).length());
    }
}
