package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModuleVersionAndNamesTest {

    @Test
    void dropsSnapshotFromTheProjectVersion() throws Exception {
        assertEquals("0.1.0", ModuleVersion.fromProjectVersion("0.1.0-SNAPSHOT"));
        assertEquals("2.0.1.3", ModuleVersion.fromProjectVersion("2.0.1.3"));
    }

    @Test
    void rejectsVersionsOpenCmsCannotRead() {
        assertThrows(ModulePackagingException.class, () -> ModuleVersion.fromProjectVersion("1.0-beta"));
        assertThrows(ModulePackagingException.class, () -> ModuleVersion.fromProjectVersion("1.2.3.4.5"));
        assertThrows(ModulePackagingException.class, () -> ModuleVersion.fromProjectVersion("1.1000"));
    }

    @Test
    void acceptsDottedModuleNamesAndRejectsOthers() throws Exception {
        assertEquals("org.portalkit.news", ModuleNames.requireValidModuleName("org.portalkit.news"));
        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> ModuleNames.requireValidModuleName("org/portalkit news"));
        assertTrue(e.getMessage().contains("[a-zA-Z0-9._-]+"), e.getMessage());
    }

    @Test
    void rejectsResourceNamesWithSpacesOrOnlyDots() {
        assertThrows(ModulePackagingException.class, () -> ModuleNames.requireValidVfsPath("a/b c.txt"));
        assertThrows(ModulePackagingException.class, () -> ModuleNames.requireValidVfsPath("a/../b"));
        assertThrows(ModulePackagingException.class, () -> ModuleNames.requireValidVfsPath("a/ü.txt"));
    }
}
