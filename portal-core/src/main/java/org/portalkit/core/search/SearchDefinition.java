package org.portalkit.core.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portalkit.core.list.ListTypeMapping;
import org.portalkit.core.list.internal.Values;

/**
 * What the site search searches (the page's configuration, trusted but still checked): resource types with the
 * Solr fields of their title, date and teaser ({@link ListTypeMapping}, as lists use them), folders (with
 * subfolders; none: the current site), facets and the page size.
 */
public final class SearchDefinition {

    /** Largest page size. */
    public static final int MAX_PAGE_SIZE = 50;
    /** Page size without a setting. */
    public static final int DEFAULT_PAGE_SIZE = 10;
    /** Most types. */
    public static final int MAX_TYPES = 10;
    /** Most folders. */
    public static final int MAX_FOLDERS = 20;

    private final Map<String, ListTypeMapping> m_types;
    private final List<String> m_folders;
    private final Set<SearchFacet> m_facets;
    private final int m_pageSize;

    private SearchDefinition(Builder b) {
        m_types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.m_types));
        m_folders = List.copyOf(b.m_folders);
        m_facets = java.util.Collections.unmodifiableSet(b.m_facets.isEmpty() ? EnumSet.noneOf(SearchFacet.class)
            : EnumSet.copyOf(b.m_facets));
        m_pageSize = b.m_pageSize;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the types searched, by type name, in the order given */
    public Map<String, ListTypeMapping> types() {
        return m_types;
    }

    /** @return root paths of the folders searched (with subfolders), empty: the current site */
    public List<String> folders() {
        return m_folders;
    }

    /** @return the facets counted */
    public Set<SearchFacet> facets() {
        return m_facets;
    }

    /** @return hits per page, 1..{@value #MAX_PAGE_SIZE} */
    public int pageSize() {
        return m_pageSize;
    }

    /** Builds a {@link SearchDefinition}; every value is checked when given. */
    public static final class Builder {

        private final Map<String, ListTypeMapping> m_types = new LinkedHashMap<>();
        private final List<String> m_folders = new ArrayList<>();
        private final Set<SearchFacet> m_facets = EnumSet.noneOf(SearchFacet.class);
        private int m_pageSize = DEFAULT_PAGE_SIZE;

        private Builder() {
        }

        /**
         * @param mapping a type and its fields
         * @return this
         */
        public Builder type(ListTypeMapping mapping) {
            if (!m_types.containsKey(mapping.type()) && m_types.size() >= MAX_TYPES) {
                throw new IllegalArgumentException("At most " + MAX_TYPES + " types");
            }
            m_types.put(mapping.type(), mapping);
            return this;
        }

        /**
         * @param rootPath a folder's root path with trailing slash; its subfolders are searched too
         * @return this
         */
        public Builder folder(String rootPath) {
            if (!Values.isFolderPath(rootPath)) {
                throw new IllegalArgumentException("Not a folder root path: " + Values.shown(rootPath));
            }
            if (!m_folders.contains(rootPath)) {
                if (m_folders.size() >= MAX_FOLDERS) {
                    throw new IllegalArgumentException("At most " + MAX_FOLDERS + " folders");
                }
                m_folders.add(rootPath);
            }
            return this;
        }

        /**
         * @param facet a facet to count
         * @return this
         */
        public Builder facet(SearchFacet facet) {
            m_facets.add(facet);
            return this;
        }

        /**
         * @param size hits per page, capped to 1..{@value SearchDefinition#MAX_PAGE_SIZE}
         * @return this
         */
        public Builder pageSize(int size) {
            m_pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
            return this;
        }

        /** @return the definition */
        public SearchDefinition build() {
            if (m_types.isEmpty()) {
                throw new IllegalStateException("A search needs at least one type");
            }
            return new SearchDefinition(this);
        }
    }
}
