package org.portalkit.core.list;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencms.file.CmsObject;
import org.opencms.main.CmsException;
import org.opencms.relations.CmsCategory;
import org.opencms.relations.CmsCategoryService;

/**
 * The titles of categories as the facet shows them, in the request's locale (OpenCms reads the {@code Title}
 * property of the category folder, localised where the property is). A category that cannot be read is shown by its
 * path.
 */
public final class CategoryLabels {

    private CategoryLabels() {
    }

    /**
     * @param cms        the current context (its locale and site decide the categories' titles)
     * @param referencePath a root path in the site whose categories count (e.g. the list's page)
     * @param counts     facet counts of {@link ListFacet#CATEGORY}
     * @return title by category path, in the order of the counts
     */
    public static Map<String, String> of(CmsObject cms, String referencePath, List<FacetCount> counts) {
        List<String> paths = new java.util.ArrayList<>();
        for (FacetCount count : counts) {
            paths.add(count.value());
        }
        return ofPaths(cms, referencePath, paths);
    }

    /**
     * @param cms           the current context (its locale and site decide the categories' titles)
     * @param referencePath a root path in the site whose categories count
     * @param paths         category paths ({@code lao-dong-viec-lam/})
     * @return title by category path, in the order of the paths
     */
    public static Map<String, String> ofPaths(CmsObject cms, String referencePath, List<String> paths) {
        Map<String, String> labels = new LinkedHashMap<>();
        CmsCategoryService service = CmsCategoryService.getInstance();
        for (String path : paths) {
            String title = path;
            try {
                CmsCategory category = service.readCategory(cms, path, referencePath);
                if (category.getTitle() != null && !category.getTitle().isBlank()) {
                    title = category.getTitle();
                }
            } catch (CmsException e) {
                // shown by its path
            }
            labels.put(path, title);
        }
        return labels;
    }
}
