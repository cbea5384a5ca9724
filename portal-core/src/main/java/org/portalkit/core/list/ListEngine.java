package org.portalkit.core.list;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.RangeFacet;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.opencms.search.CmsSearchResource;
import org.opencms.search.I_CmsSearchDocument;
import org.opencms.search.solr.CmsSolrIndex;
import org.opencms.search.solr.CmsSolrQuery;
import org.opencms.search.solr.CmsSolrResultList;
import org.portalkit.core.counter.CounterService;
import org.portalkit.core.list.internal.SolrIndexes;

/**
 * Runs lists against OpenCms' Solr indexes: "Solr Online" in the Online project, "Solr Offline" in an Offline
 * project (editors preview unpublished changes). Rows are always capped ({@link ListDefinition#MAX_PAGE_SIZE}), and
 * so is paging ({@link ListRequestState#MAX_PAGE}).
 *
 * <p>The Guest in the Online project is answered with Solr's own paging (exact {@code numFound}, page 100 as fast
 * as page 1), then only the page's items are read as the Guest through the VFS; if one of them cannot be read, the
 * request falls back to OpenCms' checked search. Every other user gets OpenCms' checked
 * {@code CmsSolrIndex.search}. See docs/lists.md for why this is safe and what it costs.
 */
public final class ListEngine {

    private ListEngine() {
    }

    /**
     * @param cms    the current context (project, user and site decide index, mode and the default folder)
     * @param def    the list
     * @param state  the visitor's page and selections
     * @param locale the content locale
     * @param zone   the site's time zone
     * @return the page
     * @throws CmsException if the index is missing or the search fails
     */
    public static ListResult search(CmsObject cms, ListDefinition def, ListRequestState state, Locale locale,
        ZoneId zone) throws CmsException {
        CmsSolrIndex index = SolrIndexes.forContext(cms);
        String siteRoot = cms.getRequestContext().getSiteRoot();
        if (def.sort() == ListSort.MOST_READ) {
            return MostRead.search(cms, index, def, state, locale, zone, siteRoot, CounterService.get());
        }
        SolrClient client = SolrIndexes.directClient(cms, index);
        if (client != null) {
            ListResult direct = direct(cms, client, def, state, locale, zone, siteRoot);
            if (direct != null) {
                return direct;
            }
        }
        return checked(cms, index, def, state, locale, zone, siteRoot);
    }

    static ListResult direct(CmsObject cms, SolrClient client, ListDefinition def, ListRequestState state,
        Locale locale, ZoneId zone, String siteRoot) throws CmsException {
        SolrIndexes.DirectPage answer = SolrIndexes.directPage(cms, client,
            page -> ListQuery.build(def, state, locale, zone, siteRoot, page), state.page(), def.pageSize(),
            ListRequestState.MAX_PAGE);
        if (answer == null) {
            // a document the Guest cannot read: let OpenCms' checked search answer
            return null;
        }
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < answer.documents().size(); i++) {
            items.add(item(cms, answer.resources().get(i), answer.documents().get(i), def, locale));
        }
        QueryResponse response = answer.response();
        return new ListResult(items, answer.total(), PageLinks.of(state.withPage(answer.page()), answer.last()),
            facets(def, state, response.getFacetField(ListQuery.FIELD_CATEGORY), response.getFacetRanges(), zone),
            ListResult.SearchMode.DIRECT);
    }

    private static ListResult checked(CmsObject cms, CmsSolrIndex index, ListDefinition def, ListRequestState state,
        Locale locale, ZoneId zone, String siteRoot) throws CmsException {
        SolrIndexes.CheckedPage answer = SolrIndexes.checkedPage(cms, index,
            page -> ListQuery.build(def, state, locale, zone, siteRoot, page), state.page(), def.pageSize(),
            ListRequestState.MAX_PAGE);
        CmsSolrResultList hits = answer.hits();
        List<ListItem> items = new ArrayList<>();
        for (CmsSearchResource hit : hits) {
            if (items.size() >= def.pageSize()) {
                break;
            }
            items.add(item(cms, hit, hit.getDocument(), def, locale));
        }
        return new ListResult(items, hits.getNumFound(), PageLinks.of(state.withPage(answer.page()), answer.last()),
            facets(def, state, hits.getFacetField(ListQuery.FIELD_CATEGORY), hits.getFacetRanges(), zone),
            ListResult.SearchMode.CHECKED);
    }

    /** OpenCms' query with exactly our parameters (its default expiration filter replaced by ours). */
    static CmsSolrQuery toCmsQuery(SolrQuery query) {
        return SolrIndexes.toCmsQuery(query);
    }

    static int lastPage(long total, int rows) {
        return SolrIndexes.lastPage(total, rows, ListRequestState.MAX_PAGE);
    }

    static ListItem item(CmsObject cms, CmsResource resource, I_CmsSearchDocument doc, ListDefinition def,
        Locale locale) {
        String type = doc.getFieldValueAsString("type");
        ListTypeMapping mapping = def.mappings().getOrDefault(type, def.primaryMapping());
        String title = doc.getFieldValueAsString(ListTypeMapping.field(mapping.titleField(), locale));
        if (title == null || title.isBlank()) {
            title = resource.getName();
        }
        Date date = doc.getFieldValueAsDate(ListTypeMapping.field(mapping.dateField(), locale));
        String teaser = mapping.teaserField() == null ? null
            : doc.getFieldValueAsString(ListTypeMapping.field(mapping.teaserField(), locale));
        String image = mapping.imageField() == null ? null
            : doc.getFieldValueAsString(ListTypeMapping.field(mapping.imageField(), locale));
        if (image != null) {
            int newline = image.indexOf('\n');
            image = (newline >= 0 ? image.substring(0, newline) : image).strip();
        }
        return new ListItem(resource.getStructureId().toString(), resource.getRootPath(),
            OpenCms.getLinkManager().substituteLinkForRootPath(cms, resource.getRootPath()), type, title,
            date == null || date.getTime() == 0 ? null : date.toInstant(), teaser == null ? "" : teaser,
            image == null ? "" : image, doc.getMultivaluedFieldAsStringList(ListQuery.FIELD_CATEGORY));
    }

    static Map<ListFacet, List<FacetCount>> facets(ListDefinition def, ListRequestState state,
        FacetField categories, List<RangeFacet> ranges, ZoneId zone) {
        Map<ListFacet, List<FacetCount>> facets = new EnumMap<>(ListFacet.class);
        if (def.facets().contains(ListFacet.CATEGORY)) {
            List<FacetCount> counts = new ArrayList<>();
            if (categories != null && categories.getValues() != null) {
                for (FacetField.Count c : categories.getValues()) {
                    if (c.getCount() > 0 && c.getName() != null && c.getName().endsWith("/")) {
                        counts.add(count(state, ListFacet.CATEGORY, c.getName(), c.getCount()));
                    }
                }
            }
            facets.put(ListFacet.CATEGORY, List.copyOf(counts));
        }
        for (ListFacet facet : new ListFacet[] {ListFacet.YEAR, ListFacet.MONTH}) {
            if (!def.facets().contains(facet)) {
                continue;
            }
            String key = facet == ListFacet.YEAR ? ListQuery.FACET_YEAR : ListQuery.FACET_MONTH;
            List<FacetCount> counts = new ArrayList<>();
            for (RangeFacet<?, ?> range : ranges == null ? List.<RangeFacet>of() : ranges) {
                if (!key.equals(range.getName())) {
                    continue;
                }
                for (Object o : range.getCounts()) {
                    RangeFacet.Count c = (RangeFacet.Count)o;
                    if (c.getCount() <= 0) {
                        continue;
                    }
                    ZonedDateTime start = Instant.parse(c.getValue()).atZone(zone);
                    String value = facet == ListFacet.YEAR ? Integer.toString(start.getYear())
                        : String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
                    counts.add(count(state, facet, value, c.getCount()));
                }
            }
            java.util.Collections.reverse(counts);
            facets.put(facet, List.copyOf(counts));
        }
        return facets;
    }

    private static FacetCount count(ListRequestState state, ListFacet facet, String value, long count) {
        ListRequestState target = state.toggle(facet, value);
        return new FacetCount(facet, value, count, state.isSelected(facet, value), target.toQueryString(),
            target.isCombination());
    }
}
