package org.portalkit.core.list;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.portalkit.core.list.internal.Values;

/**
 * What a list shows: the configuration part of a list (the visitor's part is {@link ListRequestState}, the answer
 * {@link ListResult}). Immutable; made with {@link #builder()}.
 *
 * <p>Caps: page size 1..{@value #MAX_PAGE_SIZE} (default {@value #DEFAULT_PAGE_SIZE}), at most
 * {@value #MAX_TYPES} types, {@value #MAX_FOLDERS} folders and {@value #MAX_CATEGORIES} categories. All types of
 * one list must share their date and title fields (one sort field and one date facet per query).
 */
public final class ListDefinition {

    /** Rows per page unless set. */
    public static final int DEFAULT_PAGE_SIZE = 10;
    /** Most rows per page. */
    public static final int MAX_PAGE_SIZE = 50;
    /** Most resource types in one list. */
    public static final int MAX_TYPES = 10;
    /** Most folders in one list. */
    public static final int MAX_FOLDERS = 20;
    /** Most categories in one list. */
    public static final int MAX_CATEGORIES = 20;
    /** Deepest category path (segments). */
    public static final int MAX_CATEGORY_DEPTH = 5;

    private final Map<String, ListTypeMapping> m_types;
    private final List<FolderScope> m_folders;
    private final List<String> m_categories;
    private final CategoryMode m_categoryMode;
    private final DateRestriction m_dates;
    private final ListSort m_sort;
    private final int m_pageSize;
    private final Set<ListFacet> m_facets;
    private final String m_pinnedField;

    private ListDefinition(Builder b) {
        m_types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.m_types));
        m_folders = List.copyOf(b.m_folders);
        m_categories = List.copyOf(b.m_categories);
        m_categoryMode = b.m_categoryMode;
        m_dates = b.m_dates;
        m_sort = b.m_sort;
        m_pageSize = b.m_pageSize;
        m_facets = b.m_facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.m_facets));
        m_pinnedField = b.m_pinnedField;
    }

    /** @return a builder with defaults: no restriction, newest first, 10 per page, no facets */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the resource types, in the order given */
    public List<String> types() {
        return List.copyOf(m_types.keySet());
    }

    /** @return the field mappings by type */
    public Map<String, ListTypeMapping> mappings() {
        return m_types;
    }

    /** @return the mapping whose shared date and title fields the list uses */
    public ListTypeMapping primaryMapping() {
        return m_types.get(types().get(0));
    }

    /** @return the folders; empty means the whole current site */
    public List<FolderScope> folders() {
        return m_folders;
    }

    /** @return the categories (relative paths with trailing slash) */
    public List<String> categories() {
        return m_categories;
    }

    public CategoryMode categoryMode() {
        return m_categoryMode;
    }

    public DateRestriction dates() {
        return m_dates;
    }

    public ListSort sort() {
        return m_sort;
    }

    public int pageSize() {
        return m_pageSize;
    }

    /** @return the facets to count */
    public Set<ListFacet> facets() {
        return m_facets;
    }

    /**
     * @return the pattern of a boolean Solr field whose {@code true} items come first (e.g. pinned notices), or
     *         {@code null}; see {@link Builder#pinnedFirst(String)}
     */
    public String pinnedField() {
        return m_pinnedField;
    }

    @Override
    public String toString() {
        return "ListDefinition[types=" + types() + ", folders=" + m_folders + ", categories=" + m_categories + " "
            + m_categoryMode + ", dates=" + m_dates + ", sort=" + m_sort + ", pageSize=" + m_pageSize + ", facets="
            + m_facets + (m_pinnedField == null ? "" : ", pinnedFirst=" + m_pinnedField) + "]";
    }

    /** Builds a {@link ListDefinition}; every setter checks its value at once. */
    public static final class Builder {

        private final Map<String, ListTypeMapping> m_types = new LinkedHashMap<>();
        private final List<FolderScope> m_folders = new ArrayList<>();
        private final List<String> m_categories = new ArrayList<>();
        private CategoryMode m_categoryMode = CategoryMode.ANY;
        private DateRestriction m_dates = DateRestriction.NONE;
        private ListSort m_sort = ListSort.NEWEST;
        private int m_pageSize = DEFAULT_PAGE_SIZE;
        private final Set<ListFacet> m_facets = EnumSet.noneOf(ListFacet.class);
        private String m_pinnedField;

        private Builder() {
        }

        /**
         * @param mapping a resource type with its fields
         * @return this builder
         */
        public Builder type(ListTypeMapping mapping) {
            Objects.requireNonNull(mapping, "mapping");
            if (!m_types.containsKey(mapping.type()) && m_types.size() >= MAX_TYPES) {
                throw new IllegalArgumentException("At most " + MAX_TYPES + " types in a list");
            }
            for (ListTypeMapping other : m_types.values()) {
                if (!other.dateField().equals(mapping.dateField()) || !other.titleField().equals(mapping.titleField())
                    || !Objects.equals(other.titleSortField(), mapping.titleSortField())) {
                    throw new IllegalArgumentException("The types of one list must share date and title fields: "
                        + other.type() + " and " + mapping.type());
                }
            }
            m_types.put(mapping.type(), mapping);
            return this;
        }

        /**
         * @param rootPath   a folder root path with trailing slash
         * @param subfolders whether folders below count too
         * @return this builder
         */
        public Builder folder(String rootPath, boolean subfolders) {
            if (m_folders.size() >= MAX_FOLDERS) {
                throw new IllegalArgumentException("At most " + MAX_FOLDERS + " folders in a list");
            }
            m_folders.add(new FolderScope(rootPath, subfolders));
            return this;
        }

        /**
         * @param path a category path relative to the categories folder, e.g. {@code lao-dong-viec-lam/}; items in
         *             categories below it count too
         * @return this builder
         */
        public Builder category(String path) {
            if (!Values.isCategoryPath(path, MAX_CATEGORY_DEPTH)) {
                throw new IllegalArgumentException("Not a category path: " + Values.shown(path));
            }
            if (m_categories.size() >= MAX_CATEGORIES) {
                throw new IllegalArgumentException("At most " + MAX_CATEGORIES + " categories in a list");
            }
            m_categories.add(path);
            return this;
        }

        public Builder categoryMode(CategoryMode mode) {
            m_categoryMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder dates(DateRestriction restriction) {
            m_dates = Objects.requireNonNull(restriction, "restriction");
            return this;
        }

        /**
         * @param sort the order; {@link ListSort#MOST_READ} needs a {@link ListTypeMapping#mostReadKey()} on every
         *             type (checked by {@link #build()})
         * @return this builder
         */
        public Builder sort(ListSort sort) {
            m_sort = Objects.requireNonNull(sort, "sort");
            return this;
        }

        /**
         * @param size rows per page, capped to 1..{@value ListDefinition#MAX_PAGE_SIZE}
         * @return this builder
         */
        public Builder pageSize(int size) {
            m_pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
            return this;
        }

        public Builder facet(ListFacet facet) {
            m_facets.add(Objects.requireNonNull(facet, "facet"));
            return this;
        }

        /**
         * Items whose boolean field is {@code true} come first, each group in the list's order (pinned notices above
         * the others, newest first within both). Ignored by {@link ListSort#MOST_READ}, whose order is the counters'.
         *
         * @param fieldPattern a field pattern as in {@link ListTypeMapping} (e.g. {@code noticepinned_{locale}_b})
         * @return this builder
         */
        public Builder pinnedFirst(String fieldPattern) {
            if (fieldPattern == null || !Values.isName(fieldPattern.replace(ListTypeMapping.LOCALE, "x"))) {
                throw new IllegalArgumentException("Not a Solr field pattern: " + Values.shown(fieldPattern));
            }
            m_pinnedField = fieldPattern;
            return this;
        }

        /** @return the definition; needs at least one type */
        public ListDefinition build() {
            if (m_types.isEmpty()) {
                throw new IllegalStateException("A list needs at least one resource type");
            }
            if (m_sort == ListSort.MOST_READ) {
                for (ListTypeMapping mapping : m_types.values()) {
                    if (mapping.mostReadKey() == null) {
                        throw new IllegalStateException("MOST_READ needs the counter key prefix of " + mapping.type());
                    }
                }
            }
            return new ListDefinition(this);
        }
    }
}
