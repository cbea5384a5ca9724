package org.portalkit.core.list;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.main.CmsException;
import org.opencms.search.CmsSearchResource;
import org.opencms.search.I_CmsSearchDocument;
import org.opencms.search.solr.CmsSolrDocument;
import org.opencms.search.solr.CmsSolrIndex;
import org.opencms.search.solr.CmsSolrResultList;
import org.opencms.util.CmsUUID;
import org.portalkit.core.counter.CounterValue;
import org.portalkit.core.counter.Counters;
import org.portalkit.core.list.internal.SolrIndexes;
import org.portalkit.core.list.internal.Values;

/**
 * {@link ListSort#MOST_READ}: view counts live in the counters ({@code CMS_COUNTERS}), not in Solr. The engine takes
 * the {@value Counters#MAX_TOP} most viewed keys of the list's types from the counters, asks Solr once for those of
 * them that the list's filters admit (with the list's facets), orders them by views (ties by structure id) and cuts
 * the page. Totals and paging are exact for that candidate set; an item outside the top
 * {@value Counters#MAX_TOP} of its type, or never viewed, is not in the list.
 */
final class MostRead {

    private MostRead() {
    }

    /** One candidate hit: document, resource (checked mode) and views. */
    private record Hit(I_CmsSearchDocument doc, CmsResource resource, String id, long views) {
    }

    static ListResult search(CmsObject cms, CmsSolrIndex index, ListDefinition def, ListRequestState state,
        Locale locale, ZoneId zone, String siteRoot, Counters counters) throws CmsException {
        Map<String, Long> views = candidates(def, counters);
        if (views.isEmpty()) {
            return new ListResult(List.of(), 0, PageLinks.of(state.withPage(1), 1),
                ListEngine.facets(def, state, null, null, zone), modeFor(cms));
        }
        SolrQuery query = ListQuery.buildRestricted(def, state, locale, zone, siteRoot, new ArrayList<>(views.keySet()));
        SolrClient client = SolrIndexes.directClient(cms, index);
        if (client != null) {
            ListResult direct = direct(cms, client, query, def, state, locale, zone, views);
            if (direct != null) {
                return direct;
            }
        }
        CmsSolrResultList result = index.search(cms, ListEngine.toCmsQuery(query), true, CmsResourceFilter.DEFAULT);
        List<Hit> hits = new ArrayList<>();
        for (CmsSearchResource hit : result) {
            String id = hit.getStructureId().toString();
            hits.add(new Hit(hit.getDocument(), hit, id, views.getOrDefault(id, 0L)));
        }
        return page(cms, def, state, locale, zone, hits, result.getFacetField(ListQuery.FIELD_CATEGORY),
            result.getFacetRanges(), ListResult.SearchMode.CHECKED);
    }

    private static ListResult direct(CmsObject cms, SolrClient client, SolrQuery query, ListDefinition def,
        ListRequestState state, Locale locale, ZoneId zone, Map<String, Long> views) throws CmsException {
        QueryResponse response = SolrIndexes.query(client, query);
        List<Hit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            CmsSolrDocument document = new CmsSolrDocument(doc);
            String id = document.getFieldValueAsString(ListQuery.FIELD_ID);
            hits.add(new Hit(document, null, id, views.getOrDefault(id, 0L)));
        }
        return page(cms, def, state, locale, zone, hits, response.getFacetField(ListQuery.FIELD_CATEGORY),
            response.getFacetRanges(), ListResult.SearchMode.DIRECT);
    }

    /** Orders, cuts the page and (in direct mode) reads the page's items as the current user. */
    private static ListResult page(CmsObject cms, ListDefinition def, ListRequestState state, Locale locale,
        ZoneId zone, List<Hit> hits, org.apache.solr.client.solrj.response.FacetField categories,
        List<org.apache.solr.client.solrj.response.RangeFacet> ranges, ListResult.SearchMode mode) {
        hits.sort(Comparator.comparingLong(Hit::views).reversed().thenComparing(Hit::id));
        int last = ListEngine.lastPage(hits.size(), def.pageSize());
        int page = Math.min(state.page(), last);
        int from = (page - 1) * def.pageSize();
        List<ListItem> items = new ArrayList<>();
        for (Hit hit : hits.subList(Math.min(from, hits.size()), Math.min(from + def.pageSize(), hits.size()))) {
            CmsResource resource = hit.resource();
            if (resource == null) {
                resource = SolrIndexes.readAsCurrentUser(cms, hit.doc());
                if (resource == null) {
                    // not readable for the Guest: the caller falls back to OpenCms' checked search
                    return null;
                }
            }
            items.add(ListEngine.item(cms, resource, hit.doc(), def, locale).withViews(hit.views()));
        }
        return new ListResult(items, hits.size(), PageLinks.of(state.withPage(page), last),
            ListEngine.facets(def, state, categories, ranges, zone), mode);
    }

    /**
     * @return structure id → views of the most viewed items of the list's types, at most {@value Counters#MAX_TOP},
     *         most viewed first (ties by id)
     */
    static Map<String, Long> candidates(ListDefinition def, Counters counters) {
        List<String> prefixes = new ArrayList<>();
        for (ListTypeMapping mapping : def.mappings().values()) {
            if (!prefixes.contains(mapping.mostReadKey())) {
                prefixes.add(mapping.mostReadKey());
            }
        }
        List<CounterValue> values = new ArrayList<>();
        for (String prefix : prefixes) {
            for (CounterValue value : counters.top(prefix, Counters.MAX_TOP)) {
                String id = value.key().substring(prefix.length());
                if (value.value() > 0 && Values.isUuid(id)) {
                    values.add(new CounterValue(id, value.value()));
                }
            }
        }
        values.sort(Comparator.comparingLong(CounterValue::value).reversed().thenComparing(CounterValue::key));
        Map<String, Long> views = new LinkedHashMap<>();
        for (CounterValue value : values) {
            if (views.size() >= Counters.MAX_TOP) {
                break;
            }
            views.putIfAbsent(value.key(), value.value());
        }
        return views;
    }

    private static ListResult.SearchMode modeFor(CmsObject cms) {
        return cms.getRequestContext().getCurrentProject().isOnlineProject()
            && cms.getRequestContext().getCurrentUser().isGuestUser() ? ListResult.SearchMode.DIRECT
                : ListResult.SearchMode.CHECKED;
    }
}
