package org.portalkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The shared tests of a content module's schemas (shared through portal-core's test jar): a module's
 * {@code SchemaTest} extends this class, names its schemas, their fields and a few keys they must use, and adds its
 * type's own tests (validation rule cases, mappings, Solr fields) with {@link SchemaCheck}'s readers.
 *
 * <p>Each test first asserts that {@code schemas/} holds exactly the named schemas, then that one check of
 * {@link SchemaCheck} finds no problem: {@link #everyLabelHelpAndErrorKeyIsTranslated()}
 * ({@link SchemaCheck#missingKeys()}, after asserting that the expected keys are among those used), {@link #theAppinfoIsValidForOpenCms()}
 * ({@link SchemaCheck#invalidAppinfos()}), {@link #includesMappingsAndSearchSettingsNameWhatExists()}
 * ({@link SchemaCheck#brokenReferences()}, then the expected field lists).
 *
 * <pre>
 * class SchemaTest extends ContentSchemaTest {
 *     private static final SchemaCheck SCHEMAS = new SchemaCheck(ModuleFiles.of("org.portalkit.news"));
 *     SchemaTest() {
 *         super(SCHEMAS, Map.of("news.xsd", List.of("Title", …), …), Set.of("label.PkNews.Title.help", …));
 *     }
 * }
 * </pre>
 */
public abstract class ContentSchemaTest {

    private final SchemaCheck m_check;
    private final Map<String, List<String>> m_fields;
    private final Set<String> m_keys;

    /**
     * @param check  the module's schemas
     * @param fields per schema file name (all of the module's schemas, no other), its fields in order
     * @param keys   bundle keys the schemas must use (a sample: proves the key collection sees labels, help texts,
     *               tabs and macros of this module)
     */
    protected ContentSchemaTest(SchemaCheck check, Map<String, List<String>> fields, Set<String> keys) {
        m_check = check;
        m_fields = Map.copyOf(fields);
        m_keys = Set.copyOf(keys);
    }

    private void assertSchemas() {
        List<String> names = m_check.schemas().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(m_fields.keySet().stream().sorted().toList(), names, "the module's schemas");
    }

    @Test
    public void everyLabelHelpAndErrorKeyIsTranslated() {
        assertSchemas();
        Set<String> keys = m_check.usedKeys();
        for (String key : m_keys) {
            assertTrue(keys.contains(key), key + " in " + keys);
        }
        assertEquals(List.of(), m_check.missingKeys());
    }

    @Test
    public void theAppinfoIsValidForOpenCms() throws Exception {
        assertSchemas();
        assertEquals(List.of(), m_check.invalidAppinfos());
    }

    @Test
    public void includesMappingsAndSearchSettingsNameWhatExists() {
        assertSchemas();
        assertEquals(List.of(), m_check.brokenReferences());
        for (Path xsd : m_check.schemas()) {
            String name = xsd.getFileName().toString();
            assertEquals(m_fields.get(name), SchemaCheck.fields(ModuleFiles.xml(xsd)).names(), name);
        }
    }
}
