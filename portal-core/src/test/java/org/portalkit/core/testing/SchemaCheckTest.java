package org.portalkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The shared schema checks on two fixture modules under {@code src/test/resources/schema-check/}: {@code good}
 * passes every check, {@code bad} fails each one, so a module's empty list of problems means something.
 */
class SchemaCheckTest {

    private static final Path FIXTURES = Paths.get("src/test/resources/schema-check");
    private static final SchemaCheck GOOD =
        new SchemaCheck(ModuleFiles.of(FIXTURES.resolve("good"), "org.example.good"));
    private static final SchemaCheck BAD = new SchemaCheck(ModuleFiles.of(FIXTURES.resolve("bad"), "org.example.bad"));

    @Test
    void theGoodModulePassesEveryCheck() throws Exception {
        assertEquals(2, GOOD.schemas().size(), GOOD.schemas().toString());
        assertEquals(List.of(), GOOD.invalidAppinfos());
        assertEquals(List.of(), GOOD.missingKeys());
        assertEquals(List.of(), GOOD.brokenReferences());
    }

    @Test
    void usedKeysAreLabelsHelpTextsTabsAndMacros() {
        assertEquals(List.of("error.PkItem.Part", "error.PkItem.Title", "label.PkItem.Part", "label.PkItem.Part.help",
            "label.PkItem.TabContent", "label.PkItem.Title", "label.PkItem.Title.help", "label.PkItemPart.Name",
            "label.PkItemPart.Name.help"), List.copyOf(GOOD.usedKeys()));
    }

    @Test
    void anAppinfoOpenCmsRefusesIsNamed() throws Exception {
        List<String> invalid = BAD.invalidAppinfos();
        assertEquals(1, invalid.size(), invalid.toString());
        assertTrue(invalid.get(0).startsWith("item.xsd: ") && invalid.get(0).contains("nosuchsetting"),
            invalid.toString());
    }

    @Test
    void missingAndBlankTextsAreNamedPerBundle() {
        assertEquals(List.of("messages_vi.properties: error.PkItem.Title",
            "messages_vi.properties: label.PkItem.Title.help"), BAD.missingKeys());
    }

    @Test
    void foreignOrMissingIncludesOtherBundlesAndUnknownElementsAreNamed() {
        assertEquals(List.of("item.xsd: include opencms://system/modules/org.example.good/schemas/item-part.xsd",
            "item.xsd: include opencms://system/modules/org.example.bad/schemas/missing.xsd",
            "item.xsd: resourcebundle org.example.good.messages", "item.xsd: layouts names Body"),
            BAD.brokenReferences());
    }

    @Test
    void fieldsOfTheInnerElement() {
        SchemaCheck.ContentFields fields = SchemaCheck.fields(GOOD.schema("item.xsd"));
        assertEquals("PkItem", fields.name());
        assertEquals(List.of("Title", "Part"), fields.names());
    }

    @Test
    void rulesAreAppliedAsOpenCmsAppliesThem() {
        SchemaCheck.Rule title = GOOD.rule("item.xsd", "Title");
        assertEquals("error", title.type());
        assertEquals("%(key.error.PkItem.Title)", title.message());
        assertTrue(title.accepts("x".repeat(20)));
        assertFalse(title.accepts("x".repeat(21)), "the whole value must match");
        assertFalse(title.accepts(" "));
        SchemaCheck.Rule negated = GOOD.rule("item.xsd", "Part/Name");
        assertEquals("warning", negated.type());
        assertFalse(negated.accepts("/a/B.SVG"));
        assertTrue(negated.accepts("/a/b.svg.pdf"));
        assertThrows(AssertionError.class, () -> GOOD.rule("item.xsd", "Part"));
        assertThrows(AssertionError.class, () -> GOOD.rule("item-part.xsd", "Name"), "no validationrules");
    }

    @Test
    void lengthAndDateCasesNameWhatTheRuleGetsWrong() {
        SchemaCheck.Rule title = GOOD.rule("item.xsd", "Title");
        assertEquals(List.of(), title.lengthProblems(20, true));
        assertEquals(List.of("Title refuses 21 × x", "Title refuses 21 × Đ", "Title refuses 21 × ô",
            "Title refuses 21 × ư"), title.lengthProblems(21, true));
        assertEquals(List.of("Title accepts 20 × x", "Title accepts 20 × Đ", "Title accepts 20 × ô",
            "Title accepts 20 × ư"), title.lengthProblems(19, true));
        assertEquals(List.of("Title refuses empty"), title.lengthProblems(20, false));
        SchemaCheck.Rule single = new SchemaCheck.Rule("Lead", "\\S{0,5}", "error", "");
        assertEquals(List.of("Lead refuses two lines"), single.lengthProblems(5, false));
        assertEquals(List.of("Lead refuses two lines", "Lead accepts empty"), single.lengthProblems(5, true));
        assertEquals(List.of("Title accepts 0"), title.requiredDateProblems());
        assertEquals(List.of(), new SchemaCheck.Rule("Date", "[1-9][0-9]*", "error", "").requiredDateProblems());
        assertEquals(List.of("Date accepts 0"),
            new SchemaCheck.Rule("Date", "[0-9]+", "error", "").requiredDateProblems());
    }

    @Test
    void appinfoSectionsReadByElement() {
        assertEquals(Map.of("Title", "property:Title urlName"),
            GOOD.attributesByElement("item.xsd", "mappings", "mapping", "mapto"));
        assertEquals(Map.of("Title", "TabContent"), GOOD.attributesByElement("item.xsd", "tabs", "tab", "name"));
        assertEquals(List.of("Title", "Part"), List.copyOf(GOOD.searchSettings("item.xsd").keySet()));
        assertEquals(Map.of("Title", "content=false itemtitle<-*_s itemtitle<-*_vsort", "Part", "content=true"),
            GOOD.searchSettings("item.xsd"));
    }
}
