package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VfsTreeScannerTest {

    @TempDir
    Path base;

    @Test
    void listsFoldersAndFilesParentsFirstAndSorted() throws Exception {
        TestModules.write(base, "system/modules/m/b.txt", "b");
        TestModules.write(base, "system/modules/m/a/z.jsp", "z");
        TestModules.write(base, "system/modules/m-extra/x.txt", "x");
        TestModules.write(base, "system/modules/m/a/y.css", "y");

        List<VfsEntry> entries = VfsTreeScanner.scan(base);

        assertEquals(List.of("system", "system/modules", "system/modules/m", "system/modules/m/a",
            "system/modules/m/a/y.css", "system/modules/m/a/z.jsp", "system/modules/m/b.txt",
            "system/modules/m-extra", "system/modules/m-extra/x.txt"), entries.stream().map(VfsEntry::path).toList());
        assertTrue(entries.get(3).folder());
        assertEquals(base.resolve("system/modules/m/b.txt"), entries.get(6).content());
    }

    @Test
    void skipsGitkeepButKeepsItsFolder() throws Exception {
        TestModules.write(base, "system/modules/m/elements/.gitkeep", "");

        List<String> paths = VfsTreeScanner.scan(base).stream().map(VfsEntry::path).toList();

        assertEquals(List.of("system", "system/modules", "system/modules/m", "system/modules/m/elements"), paths);
    }

    @Test
    void rejectsNamesOpenCmsWouldReject() {
        TestModules.write(base, "system/modules/m/my file.txt", "x");

        ModulePackagingException e = assertThrows(ModulePackagingException.class, () -> VfsTreeScanner.scan(base));

        assertTrue(e.getMessage().contains("my file.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("OpenCms would reject"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyTree() {
        ModulePackagingException e = assertThrows(ModulePackagingException.class, () -> VfsTreeScanner.scan(base));

        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void rejectsAMissingTree() {
        ModulePackagingException e = assertThrows(ModulePackagingException.class,
            () -> VfsTreeScanner.scan(base.resolve("nothing")));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
