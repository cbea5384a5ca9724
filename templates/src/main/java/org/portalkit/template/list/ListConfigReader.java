package org.portalkit.template.list;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.portalkit.core.list.CategoryMode;
import org.portalkit.core.list.DateRestriction;
import org.portalkit.core.list.ElementSettings;
import org.portalkit.core.list.FolderScope;
import org.portalkit.core.list.ListDefinition;
import org.portalkit.core.list.ListFacet;
import org.portalkit.core.list.ListParameterException;
import org.portalkit.core.list.ListSort;
import org.portalkit.core.list.ListTypeMapping;

/**
 * Reads the fields of a {@code pk-list} content ({@code schemas/list.xsd}) into a {@link ListConfig}. The XSD's rules
 * check the fields in the editor; content written otherwise (the OpenCms API, an import) is checked here again with
 * portal-core's checks, and a field that cannot be used gives an invalid configuration with a message for the
 * editor (never an exception). Missing fields get the defaults: type {@code pk-news}, the whole site, newest first,
 * 10 per page, numbered paging, no facets.
 */
public final class ListConfigReader {

    /** Field: the list's title. */
    public static final String TITLE = "Title";
    /** Field: resource types (1..10). */
    public static final String TYPE = "Type";
    /** Field: site-relative folders (0..20). */
    public static final String FOLDER = "Folder";
    /** Field: whether folders below the folders count ({@code true} unless {@code false}). */
    public static final String SUBFOLDERS = "Subfolders";
    /** Field: category paths (0..20). */
    public static final String CATEGORY = "Category";
    /** Field: {@code any} or {@code all}. */
    public static final String CATEGORY_MODE = "CategoryMode";
    /** Field: {@code none}, {@code past}, {@code future}, {@code from-today}, {@code range}. */
    public static final String DATES = "Dates";
    /** Field: start of a {@code range} (milliseconds, as OpenCmsDateTime stores it). */
    public static final String DATE_FROM = "DateFrom";
    /** Field: end of a {@code range}. */
    public static final String DATE_TO = "DateTo";
    /** Field: {@code newest}, {@code oldest}, {@code title}. */
    public static final String SORT = "Sort";
    /** Field: rows per page. */
    public static final String PAGE_SIZE = "PageSize";
    /** Field: {@code numbered}, {@code more}, {@code none}. */
    public static final String PAGING = "Paging";
    /** Field: show the category facet. */
    public static final String FACET_CATEGORY = "FacetCategory";
    /** Field: show the year facet. */
    public static final String FACET_YEAR = "FacetYear";
    /** Field: show the month facet. */
    public static final String FACET_MONTH = "FacetMonth";
    /** Field: text of an empty list. */
    public static final String EMPTY_TEXT = "EmptyText";

    /** The type listed when the content names none. */
    public static final String DEFAULT_TYPE = "pk-news";

    /** Key: a type no installed module lists ({0} = the type). */
    public static final String KEY_UNKNOWN_TYPE = "pklist.config.unknownType";
    /** Key: types that cannot share a list ({0} = the types). */
    public static final String KEY_TYPES = "pklist.config.types";
    /** Key: a folder that is no folder of the site ({0} = the value). */
    public static final String KEY_FOLDER = "pklist.config.folder";
    /** The categories folder in a category's root path. */
    static final String CATEGORY_FOLDER = "/.categories/";

    /** The shared categories folder of OpenCms. */
    static final String SYSTEM_CATEGORIES = "/system/categories/";

    /** Most categories read from one value. */
    static final int MAX_CATEGORY_VALUES = 20;

    /** Key: a category that is no category path ({0} = the value). */
    public static final String KEY_CATEGORY = "pklist.config.category";
    /** Key: a date range without both ends, or ending before it starts. */
    public static final String KEY_DATE_RANGE = "pklist.config.dateRange";
    /** Key: a page size that is no number. */
    public static final String KEY_PAGE_SIZE = "pklist.config.pageSize";

    /** Longest value shown in a message. */
    private static final int SHOWN = 80;

    private ListConfigReader() {
    }

    /**
     * @param fields   the content's fields in the locale shown
     * @param siteRoot the current site's root ({@code /sites/default}): folders are site-relative
     * @param types    the mapping of a type name, e.g. {@code ListTypeMappings.installed()::find}
     * @return the configuration, valid or with the reason why not
     */
    public static ListConfig read(ListFields fields, String siteRoot,
        Function<String, Optional<ListTypeMapping>> types) {
        String title = trimmed(fields.value(TITLE));
        List<ListTypeMapping> mappings = new ArrayList<>();
        List<String> names = fields.values(TYPE);
        for (String raw : names.isEmpty() ? List.of(DEFAULT_TYPE) : names) {
            String name = raw.strip();
            Optional<ListTypeMapping> mapping = name.length() > 64 ? Optional.empty() : types.apply(name);
            if (mapping.isEmpty()) {
                return ListConfig.invalid(title, KEY_UNKNOWN_TYPE, shown(name));
            }
            if (!mappings.contains(mapping.get())) {
                mappings.add(mapping.get());
            }
        }
        if (mappings.size() > ListDefinition.MAX_TYPES) {
            return ListConfig.invalid(title, KEY_TYPES, shown(String.join(", ", names)));
        }
        try {
            ListDefinition.Builder check = ListDefinition.builder();
            mappings.forEach(check::type);
        } catch (IllegalArgumentException e) {
            return ListConfig.invalid(title, KEY_TYPES, shown(String.join(", ", names)));
        }

        boolean subfolders = !"false".equals(trimmed(fields.value(SUBFOLDERS)));
        List<FolderScope> folders = new ArrayList<>();
        for (String raw : fields.values(FOLDER)) {
            String root;
            try {
                root = ElementSettings.folderPath(FOLDER, raw, siteRoot, ListParameterException.KEY_FOLDER);
            } catch (ListParameterException e) {
                return ListConfig.invalid(title, KEY_FOLDER, shown(raw));
            }
            if (root != null && folders.size() < ListDefinition.MAX_FOLDERS) {
                folders.add(new FolderScope(root, subfolders));
            }
        }

        List<String> categories = new ArrayList<>();
        for (String field : fields.values(CATEGORY)) {
            for (String raw : categoryValues(field)) {
                String path;
                try {
                    path = ElementSettings.categoryPath(CATEGORY, raw);
                } catch (ListParameterException e) {
                    return ListConfig.invalid(title, KEY_CATEGORY, shown(raw));
                }
                if (path != null && !categories.contains(path) && categories.size() < ListDefinition.MAX_CATEGORIES) {
                    categories.add(path);
                }
            }
        }
        CategoryMode mode = "all".equals(choice(fields, CATEGORY_MODE)) ? CategoryMode.ALL : CategoryMode.ANY;

        DateRestriction dates;
        switch (choice(fields, DATES)) {
            case "past":
                dates = DateRestriction.PAST;
                break;
            case "future":
                dates = DateRestriction.FUTURE;
                break;
            case "from-today":
                dates = DateRestriction.FROM_TODAY;
                break;
            case "range": {
                Instant from = instant(fields.value(DATE_FROM));
                Instant to = instant(fields.value(DATE_TO));
                if (from == null || to == null || to.isBefore(from)) {
                    return ListConfig.invalid(title, KEY_DATE_RANGE, null);
                }
                dates = DateRestriction.range(from, to);
                break;
            }
            default:
                dates = DateRestriction.NONE;
        }

        ListSort sort;
        switch (choice(fields, SORT)) {
            case "oldest":
                sort = ListSort.OLDEST;
                break;
            case "title":
                sort = ListSort.TITLE;
                break;
            default:
                sort = ListSort.NEWEST;
        }

        int pageSize;
        try {
            pageSize = ElementSettings.number(PAGE_SIZE, fields.value(PAGE_SIZE), ListDefinition.DEFAULT_PAGE_SIZE,
                ListDefinition.MAX_PAGE_SIZE);
        } catch (ListParameterException e) {
            return ListConfig.invalid(title, KEY_PAGE_SIZE, shown(fields.value(PAGE_SIZE)));
        }

        PagingMode paging;
        switch (choice(fields, PAGING)) {
            case "more":
                paging = PagingMode.MORE;
                break;
            case "none":
                paging = PagingMode.NONE;
                break;
            default:
                paging = PagingMode.NUMBERED;
        }

        Set<ListFacet> facets = EnumSet.noneOf(ListFacet.class);
        if (flag(fields, FACET_CATEGORY)) {
            facets.add(ListFacet.CATEGORY);
        }
        if (flag(fields, FACET_YEAR)) {
            facets.add(ListFacet.YEAR);
        }
        if (flag(fields, FACET_MONTH)) {
            facets.add(ListFacet.MONTH);
        }
        String empty = trimmed(fields.value(EMPTY_TEXT));
        if (empty.length() > 300) {
            empty = empty.substring(0, 300);
        }
        return new ListConfig(title, mappings, folders, categories, mode, dates, sort, pageSize, paging, facets,
            empty);
    }

    private static String choice(ListFields fields, String name) {
        return trimmed(fields.value(name)).toLowerCase(Locale.ROOT);
    }

    private static boolean flag(ListFields fields, String name) {
        return "true".equals(choice(fields, name));
    }

    private static Instant instant(String raw) {
        String value = trimmed(raw);
        if (value.isEmpty() || value.length() > 18) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        long millis = Long.parseLong(value);
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * The categories of one {@code Category} value: category paths ({@code lao-dong-viec-lam}) or root paths of
     * category folders ({@code /sites/default/.categories/lao-dong-viec-lam/}), comma-separated; all become category
     * paths relative to the categories folder.
     *
     * @param field the field's value, may be {@code null}
     * @return the category paths in it, unchecked (at most {@value #MAX_CATEGORY_VALUES})
     */
    static List<String> categoryValues(String field) {
        List<String> values = new ArrayList<>();
        if (field == null || field.isBlank()) {
            return values;
        }
        for (String part : field.split(",", MAX_CATEGORY_VALUES + 1)) {
            String value = part.strip();
            int categories = value.indexOf(CATEGORY_FOLDER);
            if (categories >= 0) {
                value = value.substring(categories + CATEGORY_FOLDER.length());
            } else if (value.startsWith(SYSTEM_CATEGORIES)) {
                value = value.substring(SYSTEM_CATEGORIES.length());
            }
            if (!value.isEmpty() && values.size() < MAX_CATEGORY_VALUES) {
                values.add(value);
            }
        }
        return values;
    }

    /** A value for a message: at most {@value #SHOWN} characters, control characters as '?'. */
    private static String shown(String value) {
        String text = trimmed(value);
        if (text.length() > SHOWN) {
            text = text.substring(0, SHOWN) + "…";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
