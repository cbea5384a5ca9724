package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleLayoutTest {

    @TempDir
    Path base;

    @Test
    void alwaysHasTheModuleFolderAndItsParents() throws Exception {
        TestModules.write(base, "shared/portalkit/readme.txt", "x");

        ModuleLayout layout = ModuleLayout.of("m", VfsTreeScanner.scan(base), List.of(), List.of());

        assertEquals(List.of("shared", "shared/portalkit", "shared/portalkit/readme.txt", "system", "system/modules",
            "system/modules/m"), layout.entries().stream().map(VfsEntry::path).toList());
        assertEquals(List.of("/system/modules/m/", "/shared/"), layout.resources());
    }

    @Test
    void putsJarsIntoTheLibFolder() throws Exception {
        Path vfs = base.resolve("vfs");
        TestModules.write(vfs, "system/modules/m/schemas/a.xsd", "x");
        Path jar = TestModules.write(base, "target/m-1.0.jar", "jar");

        ModuleLayout layout = ModuleLayout.of("m", VfsTreeScanner.scan(vfs),
            List.of(new EmbeddedJar("m-1.0.jar", jar)), List.of());

        VfsEntry lib = layout.entries().stream().filter(e -> e.path().equals("system/modules/m/lib/m-1.0.jar"))
            .findFirst().orElseThrow();
        assertEquals(jar, lib.content());
        assertTrue(layout.entries().stream().anyMatch(e -> e.folder() && e.path().equals("system/modules/m/lib")));
    }

    @Test
    void sharedParentFoldersAreNotOwned() throws Exception {
        TestModules.write(base, "system/modules/m/a.txt", "x");

        ModuleLayout layout = ModuleLayout.of("m", VfsTreeScanner.scan(base), List.of(), List.of());

        assertFalse(layout.isOwned(VfsEntry.folder("system")));
        assertFalse(layout.isOwned(VfsEntry.folder("system/modules")));
        assertTrue(layout.isOwned(VfsEntry.folder("system/modules/m")));
        assertTrue(layout.isOwned(VfsEntry.file("system/modules/m/a.txt", base)));
    }

    @Test
    void rejectsEntriesOutsideEveryModuleResource() {
        TestModules.write(base, "system/modules/m/a.txt", "x");
        TestModules.write(base, "system/workplace/x.txt", "x");

        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> ModuleLayout.of("m", VfsTreeScanner.scan(base), List.of(), List.of()));

        assertTrue(e.getMessage().contains("/system/workplace belongs to no module resource"), e.getMessage());
    }

    @Test
    void additionalResourcesCoverFurtherSystemFolders() throws Exception {
        TestModules.write(base, "system/modules/m/a.txt", "x");
        TestModules.write(base, "system/workplace/portalkit/x.txt", "x");

        ModuleLayout layout = ModuleLayout.of("m", VfsTreeScanner.scan(base), List.of(),
            List.of("/system/workplace/portalkit/"));

        assertEquals(List.of("/system/modules/m/", "/system/workplace/portalkit/"), layout.resources());
    }
}
