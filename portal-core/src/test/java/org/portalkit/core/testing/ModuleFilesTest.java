package org.portalkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The paths a module's tests read, on the fixture module of {@link SchemaCheckTest}. */
class ModuleFilesTest {

    private static final Path PROJECT = Paths.get("src/test/resources/schema-check/good");
    private static final ModuleFiles GOOD = ModuleFiles.of(PROJECT, "org.example.good");

    @Test
    void foldersFollowTheModuleName() {
        assertEquals("org.example.good", GOOD.module());
        assertEquals(PROJECT.resolve("src/main/vfs/system/modules/org.example.good"), GOOD.folder());
        assertEquals(PROJECT.resolve("src/main/module"), GOOD.sources());
        assertEquals(PROJECT.resolve("src/main/resources/org/example/good"), GOOD.bundles());
        assertEquals(GOOD.folder().resolve("schemas/item.xsd"),
            GOOD.vfs("/system/modules/org.example.good/schemas/item.xsd"));
        assertEquals(Paths.get("src/main/vfs/system/modules/org.portalkit.news"),
            ModuleFiles.of("org.portalkit.news").folder());
    }

    @Test
    void filesByEndingAndBundlesAsUtf8() {
        assertEquals(List.of(GOOD.folder().resolve("schemas/item-part.xsd"), GOOD.folder().resolve("schemas/item.xsd")),
            ModuleFiles.files(GOOD.folder(), ".xsd"));
        assertEquals(List.of(), ModuleFiles.files(GOOD.folder(), ".jsp"));
        assertEquals("Tiêu đề", GOOD.bundle("_vi").getProperty("label.PkItem.Title"));
        assertEquals("Title", GOOD.bundle("").getProperty("label.PkItem.Title"));
    }

    @Test
    void textOfTheOnlyElement() {
        assertEquals("", ModuleFiles.text(ModuleFiles.xml(GOOD.folder().resolve("schemas/item-part.xsd")),
            "resourcebundle"));
        assertThrows(AssertionError.class,
            () -> ModuleFiles.text(ModuleFiles.xml(GOOD.folder().resolve("schemas/item.xsd")), "xsd:include"));
    }
}
