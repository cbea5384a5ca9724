package org.portalkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * {@link ContentSchemaTest} as a module extends it, on the fixture module that passes (see {@link SchemaCheckTest}),
 * and wrong expectations that make its tests fail.
 */
class FixtureSchemaTest extends ContentSchemaTest {

    private static final SchemaCheck GOOD = new SchemaCheck(
        ModuleFiles.of(Paths.get("src/test/resources/schema-check/good"), "org.example.good"));

    FixtureSchemaTest() {
        super(GOOD, Map.of("item.xsd", List.of("Title", "Part"), "item-part.xsd", List.of("Name")),
            Set.of("label.PkItem.TabContent", "error.PkItem.Part"));
    }

    @Test
    void wrongSchemasFieldsOrKeysFail() {
        ContentSchemaTest schemas = new ContentSchemaTest(GOOD, Map.of("item.xsd", List.of("Title", "Part")),
            Set.of()) {
        };
        assertThrows(AssertionError.class, schemas::theAppinfoIsValidForOpenCms, "item-part.xsd not named");
        ContentSchemaTest fields = new ContentSchemaTest(GOOD, Map.of("item.xsd", List.of("Part", "Title"),
            "item-part.xsd", List.of("Name")), Set.of()) {
        };
        assertThrows(AssertionError.class, fields::includesMappingsAndSearchSettingsNameWhatExists, "field order");
        ContentSchemaTest keys = new ContentSchemaTest(GOOD, Map.of("item.xsd", List.of("Title", "Part"),
            "item-part.xsd", List.of("Name")), Set.of("label.PkItem.Other")) {
        };
        assertThrows(AssertionError.class, keys::everyLabelHelpAndErrorKeyIsTranslated, "a key not used");
    }
}
