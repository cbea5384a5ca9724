package org.portalkit.template.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.portalkit.core.list.CategoryMode;
import org.portalkit.core.list.DateRestriction;
import org.portalkit.core.list.FolderScope;
import org.portalkit.core.list.ListDefinition;
import org.portalkit.core.list.ListFacet;
import org.portalkit.core.list.ListSort;
import org.portalkit.core.list.ListTypeMapping;

class ListConfigReaderTest {

    static final ListTypeMapping NEWS = new ListTypeMapping("pk-news", "newstitle_{locale}_s", "newsdate_{locale}_dt",
        "newslead_{locale}_s", "newsimage_{locale}_s", null);
    static final ListTypeMapping NOTICE = new ListTypeMapping("pk-notice", "newstitle_{locale}_s",
        "newsdate_{locale}_dt", null, null, null);
    static final ListTypeMapping OTHER_DATES = new ListTypeMapping("pk-event", "eventtitle_{locale}_s",
        "eventdate_{locale}_dt", null, null, null);
    static final Function<String, Optional<ListTypeMapping>> TYPES = name -> List.of(NEWS, NOTICE, OTHER_DATES)
        .stream().filter(m -> m.type().equals(name)).findFirst();
    static final String SITE = "/sites/default";

    /** Fields as a content would have them: name, value, name, value, … (a name may repeat). */
    static ListFields fields(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return name -> map.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    static ListConfig read(String... pairs) {
        return ListConfigReader.read(fields(pairs), SITE, TYPES);
    }

    @Test
    void defaultsAreNewsOfTheWholeSiteNewestFirstTenPerPageNumbered() {
        ListConfig config = read("Title", "Tin tức");
        assertTrue(config.isValid());
        assertEquals("Tin tức", config.title());
        ListDefinition def = config.definition(config.pageSize(), true);
        assertEquals(List.of("pk-news"), def.types());
        assertEquals(List.of(), def.folders());
        assertEquals(List.of(), def.categories());
        assertEquals(DateRestriction.NONE, def.dates());
        assertEquals(ListSort.NEWEST, def.sort());
        assertEquals(10, def.pageSize());
        assertEquals(PagingMode.NUMBERED, config.paging());
        assertEquals(Set.of(), def.facets());
        assertEquals("", config.emptyText());
    }

    @Test
    void everyFieldReachesTheDefinition() {
        ListConfig config = read("Title", " Danh sách ", "Type", "pk-news", "Type", "pk-notice",
            "Folder", "/tin-tuc/", "Folder", "/thong-bao", "Subfolders", "false",
            "Category", "lao-dong-viec-lam", "Category", "/nguoi-co-cong/", "CategoryMode", "all",
            "Dates", "range", "DateFrom", "1609434000000", "DateTo", "1640969999000", "Sort", "oldest",
            "PageSize", " 7 ", "Paging", "more", "FacetCategory", "true", "FacetYear", "false", "FacetMonth", "true",
            "EmptyText", "  Không có tin.  ");
        assertTrue(config.isValid(), config.errorKey());
        ListDefinition def = config.definition(config.pageSize(), true);
        assertEquals("Danh sách", config.title());
        assertEquals(List.of("pk-news", "pk-notice"), def.types());
        assertEquals(List.of(new FolderScope("/sites/default/tin-tuc/", false),
            new FolderScope("/sites/default/thong-bao/", false)), def.folders());
        assertEquals(List.of("lao-dong-viec-lam/", "nguoi-co-cong/"), def.categories());
        assertEquals(CategoryMode.ALL, def.categoryMode());
        assertEquals(DateRestriction.Kind.RANGE, def.dates().kind());
        assertEquals(Instant.ofEpochMilli(1609434000000L), def.dates().from());
        assertEquals(Instant.ofEpochMilli(1640969999000L), def.dates().to());
        assertEquals(ListSort.OLDEST, def.sort());
        assertEquals(7, def.pageSize());
        assertEquals(PagingMode.MORE, config.paging());
        assertEquals(Set.of(ListFacet.CATEGORY, ListFacet.MONTH), def.facets());
        assertEquals("Không có tin.", config.emptyText());
    }

    @Test
    void eachChoiceMapsToItsValue() {
        assertEquals(DateRestriction.PAST, read("Dates", "past").dates());
        assertEquals(DateRestriction.FUTURE, read("Dates", "future").dates());
        assertEquals(DateRestriction.FROM_TODAY, read("Dates", "from-today").dates());
        assertEquals(DateRestriction.NONE, read("Dates", "none").dates());
        assertEquals(ListSort.TITLE, read("Sort", "title").sort());
        assertEquals(ListSort.NEWEST, read("Sort", "newest").sort());
        assertEquals(CategoryMode.ANY, read("CategoryMode", "any").categoryMode());
        assertEquals(PagingMode.NONE, read("Paging", "none").paging());
        assertEquals(PagingMode.NUMBERED, read("Paging", "numbered").paging());
        assertTrue(read("Subfolders", "true", "Folder", "/a/").folders().get(0).subfolders());
        assertTrue(read("Folder", "/a/").folders().get(0).subfolders(), "subfolders unless switched off");
        // values the selector cannot give (content written through the API) fall back to the defaults
        assertEquals(ListSort.NEWEST, read("Sort", "MOST_READ").sort());
        assertEquals(PagingMode.NUMBERED, read("Paging", "endless").paging());
    }

    @Test
    void thePageSizeIsCappedAndAnElementMayAskForFewerOrMore() {
        assertEquals(50, read("PageSize", "999").pageSize());
        assertEquals(1, read("PageSize", "0").pageSize());
        ListConfig config = read("PageSize", "20");
        assertEquals(3, config.definition(3, false).pageSize());
        assertEquals(50, config.definition(5000, false).pageSize());
    }

    @Test
    void facetsOnlyWhereTheyAreShown() {
        ListConfig config = read("FacetCategory", "true", "FacetYear", "true");
        assertEquals(Set.of(ListFacet.CATEGORY, ListFacet.YEAR), config.definition(10, true).facets());
        assertEquals(Set.of(), config.definition(10, false).facets(), "a box ignores the visitor's selections");
    }

    @Test
    void anUnknownTypeGivesTheEditorsMessageNotAnException() {
        ListConfig config = read("Title", "X", "Type", "pk-nothing");
        assertFalse(config.isValid());
        assertEquals(ListConfigReader.KEY_UNKNOWN_TYPE, config.errorKey());
        assertEquals("pk-nothing", config.errorArgument());
        assertEquals("X", config.title());
        assertEquals(ListConfigReader.KEY_UNKNOWN_TYPE, read("Type", "x".repeat(10_000)).errorKey());
    }

    @Test
    void typesWithOtherDateFieldsCannotShareAList() {
        ListConfig config = read("Type", "pk-news", "Type", "pk-event");
        assertEquals(ListConfigReader.KEY_TYPES, config.errorKey());
        assertEquals("pk-news, pk-event", config.errorArgument());
    }

    @Test
    void badFoldersCategoriesRangesAndSizesGiveTheirMessages() {
        for (String folder : new String[] {"tin-tuc/", "/../system/", "/a//b/", "/Tin Tức/", "/a".repeat(3000)}) {
            ListConfig config = read("Folder", folder);
            assertEquals(ListConfigReader.KEY_FOLDER, config.errorKey(), folder.length() > 40 ? "long" : folder);
            assertTrue(config.errorArgument().length() <= 81, "the message shows a short value");
        }
        for (String category : new String[] {"{!lucene}*:*", "a b", "a/b/c/d/e/f", "\u0000"}) {
            assertEquals(ListConfigReader.KEY_CATEGORY, read("Category", category).errorKey(), category);
        }
        assertEquals("?", read("Category", "\u0000x").errorArgument().substring(0, 1), "no control characters");
        assertEquals(ListConfigReader.KEY_DATE_RANGE, read("Dates", "range").errorKey());
        assertEquals(ListConfigReader.KEY_DATE_RANGE, read("Dates", "range", "DateFrom", "2000").errorKey());
        assertEquals(ListConfigReader.KEY_DATE_RANGE,
            read("Dates", "range", "DateFrom", "2000", "DateTo", "1000").errorKey(), "ends before it starts");
        assertEquals(ListConfigReader.KEY_DATE_RANGE,
            read("Dates", "range", "DateFrom", "abc", "DateTo", "1000").errorKey());
        assertEquals(ListConfigReader.KEY_PAGE_SIZE, read("PageSize", "ten").errorKey());
        assertEquals("ten", read("PageSize", "ten").errorArgument());
    }

    @Test
    void theEmptyTextIsCapped() {
        assertEquals(300, read("EmptyText", "x".repeat(1000)).emptyText().length());
    }

    @Test
    void anInvalidConfigurationHasNoDefinition() {
        ListConfig config = read("Type", "pk-nothing");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> config.definition(10, true));
    }

    @Test
    void categoryValuesAreThePathsTheWidgetWritesOrTyped() {
        assertEquals(java.util.List.of("lao-dong-viec-lam/", "nguoi-co-cong/"), ListConfigReader.categoryValues(
            "/sites/default/.categories/lao-dong-viec-lam/, /sites/default/.categories/nguoi-co-cong/"));
        assertEquals(java.util.List.of("chung/a/"), ListConfigReader.categoryValues("/system/categories/chung/a/"));
        assertEquals(java.util.List.of("lao-dong-viec-lam"), ListConfigReader.categoryValues(" lao-dong-viec-lam "));
        assertEquals(java.util.List.of(), ListConfigReader.categoryValues(" "));
        assertEquals(ListConfigReader.MAX_CATEGORY_VALUES, ListConfigReader.categoryValues("a,".repeat(100)).size());
        ListConfig config = read("Title", "Tin", "Category",
            "/sites/default/.categories/lao-dong-viec-lam/,/sites/default/.categories/nguoi-co-cong/");
        assertTrue(config.isValid(), config.errorKey());
        assertEquals(java.util.List.of("lao-dong-viec-lam/", "nguoi-co-cong/"), config.definition(10, true).categories());
    }

}
