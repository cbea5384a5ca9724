package org.portalkit.build.module.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceTypeRulesTest {

    private static final Path ANY = Path.of("x");

    @TempDir
    Path base;

    @Test
    void derivesDefaultTypesFromTheExtension() {
        ResourceTypeRules rules = ResourceTypeRules.defaults();

        assertEquals("folder", rules.typeOf(VfsEntry.folder("system/modules/m/schemas")));
        assertEquals("jsp", rules.typeOf(file("system/modules/m/formatters/detail.jsp")));
        assertEquals("plain", rules.typeOf(file("system/modules/m/schemas/news.xsd")));
        assertEquals("plain", rules.typeOf(file("system/modules/m/i18n/messages_vi.properties")));
        assertEquals("plain", rules.typeOf(file("system/modules/m/tags/teaser.tag")));
        assertEquals("plain", rules.typeOf(file("system/modules/m/resources/site.css")));
        assertEquals("plain", rules.typeOf(file("system/modules/m/resources/site.js")));
        assertEquals("image", rules.typeOf(file("system/modules/m/resources/logo.PNG")));
        assertEquals("image", rules.typeOf(file("system/modules/m/resources/hero.webp")));
        assertEquals("binary", rules.typeOf(file("system/modules/m/lib/x.jar")));
        assertEquals("binary", rules.typeOf(file("system/modules/m/resources/font.woff2")));
        assertEquals("plain", rules.typeOf(file("system/modules/m/README")));
    }

    @Test
    void typesPropertiesOverridesByGlobFirstMatchWins() throws Exception {
        Path types = TestModules.write(base, "types.properties", """
            # module configuration
            **/.config=module_config
            **/formatters/*.xml=formatter_config
            **/formatters/**=plain
            system/modules/m/elements=folder
            """);
        ResourceTypeRules rules = ResourceTypeRules.load(types);

        assertEquals("module_config", rules.typeOf(file("system/modules/m/.config")));
        assertEquals("formatter_config", rules.typeOf(file("system/modules/m/formatters/detail.xml")));
        assertEquals("plain", rules.typeOf(file("system/modules/m/formatters/sub/detail.xml")));
        assertEquals("jsp", rules.typeOf(file("system/modules/m/elements/detail.jsp")));
    }

    @Test
    void globsMatchWholeNamesAndAnyDepth() {
        assertTrue(PathGlob.compile("**/.config").matches(".config"));
        assertTrue(PathGlob.compile("**/.config").matches("a/b/.config"));
        assertTrue(!PathGlob.compile("**/.config").matches("a/b.config"));
        assertTrue(PathGlob.compile("/a/*.xml").matches("a/b.xml"));
        assertTrue(!PathGlob.compile("a/*.xml").matches("a/b/c.xml"));
        assertTrue(PathGlob.compile("a/?.xml").matches("a/b.xml"));
    }

    @Test
    void rejectsALineWithoutType() {
        Path types = TestModules.write(base, "types.properties", "**/.config\n");

        ModulePackagingException e = assertThrows(ModulePackagingException.class, () -> ResourceTypeRules.load(types));

        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    private static VfsEntry file(String path) {
        return VfsEntry.file(path, ANY);
    }
}
