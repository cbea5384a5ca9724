package org.portalkit.template.list;

import java.util.List;
import java.util.Set;

import org.portalkit.core.list.CategoryMode;
import org.portalkit.core.list.DateRestriction;
import org.portalkit.core.list.FolderScope;
import org.portalkit.core.list.ListDefinition;
import org.portalkit.core.list.ListFacet;
import org.portalkit.core.list.ListSort;
import org.portalkit.core.list.ListTypeMapping;

/**
 * A {@code pk-list} configuration as {@link ListConfigReader} read it: what the list shows (turned into portal-core
 * {@link ListDefinition}s by {@link #definition}) and how (title, paging, facets, empty text). Either valid, or it
 * carries the message key (templates bundle) and argument of why it cannot be shown ({@link #errorKey()}).
 */
public final class ListConfig {

    private final String m_title;
    private final List<ListTypeMapping> m_types;
    private final List<FolderScope> m_folders;
    private final List<String> m_categories;
    private final CategoryMode m_categoryMode;
    private final DateRestriction m_dates;
    private final ListSort m_sort;
    private final int m_pageSize;
    private final PagingMode m_paging;
    private final Set<ListFacet> m_facets;
    private final String m_emptyText;
    private final String m_errorKey;
    private final String m_errorArgument;

    ListConfig(String title, List<ListTypeMapping> types, List<FolderScope> folders, List<String> categories,
        CategoryMode categoryMode, DateRestriction dates, ListSort sort, int pageSize, PagingMode paging,
        Set<ListFacet> facets, String emptyText) {
        m_title = title == null ? "" : title;
        m_types = List.copyOf(types);
        m_folders = List.copyOf(folders);
        m_categories = List.copyOf(categories);
        m_categoryMode = categoryMode;
        m_dates = dates;
        m_sort = sort;
        m_pageSize = pageSize;
        m_paging = paging;
        m_facets = Set.copyOf(facets);
        m_emptyText = emptyText == null ? "" : emptyText;
        m_errorKey = null;
        m_errorArgument = null;
    }

    private ListConfig(String title, String errorKey, String errorArgument) {
        m_title = title == null ? "" : title;
        m_types = List.of();
        m_folders = List.of();
        m_categories = List.of();
        m_categoryMode = CategoryMode.ANY;
        m_dates = DateRestriction.NONE;
        m_sort = ListSort.NEWEST;
        m_pageSize = ListDefinition.DEFAULT_PAGE_SIZE;
        m_paging = PagingMode.NONE;
        m_facets = Set.of();
        m_emptyText = "";
        m_errorKey = errorKey;
        m_errorArgument = errorArgument == null ? "" : errorArgument;
    }

    /**
     * @param title    the list's title, may be {@code null}
     * @param key      message key of the templates bundle ({@code pklist.error.*})
     * @param argument the value {0} of the message (e.g. the unknown type), may be {@code null}
     * @return a configuration that cannot be shown
     */
    static ListConfig invalid(String title, String key, String argument) {
        return new ListConfig(title, key, argument);
    }

    /**
     * The definition to run.
     *
     * @param pageSize   rows per page (the element's setting or {@link #pageSize()}), capped by portal-core
     * @param withFacets whether the list's facets are counted and the visitor's selections apply (only where they
     *                   are shown)
     * @return the definition
     * @throws IllegalStateException if the configuration is not valid
     */
    public ListDefinition definition(int pageSize, boolean withFacets) {
        if (m_errorKey != null) {
            throw new IllegalStateException("Not a valid list: " + m_errorKey);
        }
        ListDefinition.Builder builder = ListDefinition.builder();
        for (ListTypeMapping type : m_types) {
            builder.type(type);
        }
        for (FolderScope folder : m_folders) {
            builder.folder(folder.rootPath(), folder.subfolders());
        }
        for (String category : m_categories) {
            builder.category(category);
        }
        builder.categoryMode(m_categoryMode).dates(m_dates).sort(m_sort).pageSize(pageSize);
        if (withFacets) {
            for (ListFacet facet : ListFacet.values()) {
                if (m_facets.contains(facet)) {
                    builder.facet(facet);
                }
            }
        }
        return builder.build();
    }

    /** @return whether the list can be shown */
    public boolean isValid() {
        return m_errorKey == null;
    }

    /** @return the message key of why the list cannot be shown, or {@code null} */
    public String errorKey() {
        return m_errorKey;
    }

    /** @return the argument of {@link #errorKey()}'s message, or {@code null} */
    public String errorArgument() {
        return m_errorArgument;
    }

    public String title() {
        return m_title;
    }

    /** @return the mappings of the listed types */
    public List<ListTypeMapping> types() {
        return m_types;
    }

    /** @return the folders (root paths), empty: the whole site */
    public List<FolderScope> folders() {
        return m_folders;
    }

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

    /** @return rows per page, 1..{@value ListDefinition#MAX_PAGE_SIZE} */
    public int pageSize() {
        return m_pageSize;
    }

    public PagingMode paging() {
        return m_paging;
    }

    public Set<ListFacet> facets() {
        return m_facets;
    }

    /** @return the text shown when the list has no items (empty: the module's default text) */
    public String emptyText() {
        return m_emptyText;
    }
}
