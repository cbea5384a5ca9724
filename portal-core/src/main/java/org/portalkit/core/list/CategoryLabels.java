package org.portalkit.core.list;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.relations.CmsCategory;
import org.opencms.relations.CmsCategoryService;
import org.portalkit.core.cache.OnlineCache;

/**
 * The titles of categories as the facet shows them, in the request's locale: the category folder's {@code Title}
 * property in that locale ({@code Title_en}, …) where it has one, else its {@code Title}. A category that cannot be
 * read is shown by its path.
 *
 * <p>In the Online project the titles are kept until the next publish ({@link OnlineCache}): OpenCms' category
 * lookup probes every possible category repository above the reference path, and the probes of folders that do not
 * exist reach the database on every request (they are not in OpenCms' resource cache).
 */
public final class CategoryLabels {

    /** Reference path, locale and category path: what a title depends on. */
    private record Key(String referencePath, Locale locale, String path) {
    }

    private static final OnlineCache<Key, String> TITLES = OnlineCache.create(20_000, Duration.ofHours(1));

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
        Locale locale = cms.getRequestContext().getLocale();
        for (String path : paths) {
            labels.put(path, TITLES.get(cms, new Key(referencePath, locale, path), key -> read(cms, key)));
        }
        return labels;
    }

    /**
     * @param cms      the current context
     * @param resource a content resource
     * @param locale   the language of the titles
     * @return the titles of the resource's categories in that language ({@code Title_en}, … else {@code Title}), in
     *         OpenCms's order
     * @throws CmsException when OpenCms cannot read the resource's category relations
     */
    public static List<String> ofResource(CmsObject cms, CmsResource resource, Locale locale) throws CmsException {
        CmsCategoryService service = CmsCategoryService.getInstance();
        List<String> titles = new java.util.ArrayList<>();
        // readResourceCategories gives the plain Title property; localizeCategory the locale's
        for (CmsCategory category : service.readResourceCategories(cms, resource)) {
            titles.add(service.localizeCategory(cms, category, locale).getTitle());
        }
        return titles;
    }

    private static String read(CmsObject cms, Key key) {
        try {
            CmsCategoryService service = CmsCategoryService.getInstance();
            // readCategory gives the plain Title property; localizeCategory the locale's (Title_en, else Title)
            CmsCategory category = service.localizeCategory(cms,
                service.readCategory(cms, key.path(), key.referencePath()), key.locale());
            if (category.getTitle() != null && !category.getTitle().isBlank()) {
                return category.getTitle();
            }
        } catch (CmsException e) {
            // shown by its path
        }
        return key.path();
    }
}
