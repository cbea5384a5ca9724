package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertyAssignmentsTest {

    @TempDir
    Path base;

    @Test
    void readsIndividualAndSharedValuesPerPath() throws Exception {
        Path file = TestModules.write(base, "properties.properties", """
            # titles
            /system/modules/m/elements/|Title=Phần tử
            system/modules/m/a.jsp|content-encoding@shared=UTF-8
            system/modules/m/a.jsp|Title=A = B
            """);

        PropertyAssignments properties = PropertyAssignments.load(file);

        assertEquals(List.of(new ManifestProperty("Title", "Phần tử", false)),
            properties.forPath("system/modules/m/elements"));
        assertEquals(List.of(new ManifestProperty("Title", "A = B", false),
            new ManifestProperty("content-encoding", "UTF-8", true)), properties.forPath("system/modules/m/a.jsp"));
        assertEquals(List.of(), properties.forPath("system/modules/m"));
    }

    @Test
    void rejectsALineWithoutPathSeparator() {
        Path file = TestModules.write(base, "properties.properties", "Title=x\n");

        ModulePackagingException e = assertThrows(ModulePackagingException.class, () -> PropertyAssignments.load(file));

        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
