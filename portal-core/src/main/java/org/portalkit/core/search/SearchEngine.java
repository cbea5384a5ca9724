package org.portalkit.core.search;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.opencms.search.CmsSearchResource;
import org.opencms.search.I_CmsSearchDocument;
import org.opencms.search.solr.CmsSolrIndex;
import org.opencms.search.solr.CmsSolrResultList;
import org.portalkit.core.list.ListResult;
import org.portalkit.core.list.ListTypeMapping;
import org.portalkit.core.list.PageLinks;
import org.portalkit.core.list.internal.SolrIndexes;
import org.portalkit.core.search.internal.Highlights;
import org.portalkit.core.search.internal.QueryText;

/**
 * The site search: full text over the definition's types in OpenCms' Solr index, insensitive to case, Vietnamese
 * tone marks and đ/Đ, exact spellings first; highlighted snippets, type and category facets, relevance or date
 * order, the lists' caps (rows ≤ {@value SearchDefinition#MAX_PAGE_SIZE}, page ≤
 * {@value SearchRequestState#MAX_PAGE}, text ≤ {@value QueryText#MAX_LENGTH} characters) and spelling suggestions
 * when nothing is found.
 *
 * <p>Index, mode and visibility are the list engine's: "Solr Online"/"Solr Offline" by project; the Guest in the
 * Online project gets Solr's own paging and only the page's hits are read as the Guest (an unreadable one hands
 * the request to OpenCms' checked search), everybody else OpenCms' checked search; release, expiry, search
 * exclusion and locale are filtered at query time (docs/lists.md, docs/search.md).
 */
public final class SearchEngine {

    private SearchEngine() {
    }

    /**
     * @param cms    the current context (project, user and site decide index, mode and the default folder)
     * @param def    the search
     * @param state  the visitor's search
     * @param locale the content locale
     * @return the page of hits; without a text to search for (see {@link SearchRequestState#hasQuery()}), no
     *         search runs and the result is empty
     * @throws CmsException if the index is missing or the search fails
     */
    public static SearchResult search(CmsObject cms, SearchDefinition def, SearchRequestState state, Locale locale)
        throws CmsException {
        if (!state.hasQuery()) {
            return SearchResult.nothing(state);
        }
        CmsSolrIndex index = SolrIndexes.forContext(cms);
        String siteRoot = cms.getRequestContext().getSiteRoot();
        SolrClient client = SolrIndexes.directClient(cms, index);
        if (client != null) {
            SearchResult direct = direct(cms, client, def, state, locale, siteRoot);
            if (direct != null) {
                return direct;
            }
        }
        return checked(cms, index, def, state, locale, siteRoot);
    }

    private static SearchResult direct(CmsObject cms, SolrClient client, SearchDefinition def,
        SearchRequestState state, Locale locale, String siteRoot) throws CmsException {
        SolrIndexes.DirectPage answer = SolrIndexes.directPage(cms, client,
            page -> SearchQuery.build(def, state, locale, siteRoot, page), state.page(), def.pageSize(),
            SearchRequestState.MAX_PAGE);
        if (answer == null) {
            // a document the Guest cannot read: OpenCms' checked search answers
            return null;
        }
        QueryResponse response = answer.response();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < answer.documents().size(); i++) {
            hits.add(hit(cms, answer.resources().get(i), answer.documents().get(i), def, locale,
                response.getHighlighting()));
        }
        return result(state.withPage(answer.page()), hits, answer.total(), answer.last(), def,
            response.getFacetFields(), response.getSpellCheckResponse(), ListResult.SearchMode.DIRECT);
    }

    private static SearchResult checked(CmsObject cms, CmsSolrIndex index, SearchDefinition def,
        SearchRequestState state, Locale locale, String siteRoot) throws CmsException {
        SolrIndexes.CheckedPage answer = SolrIndexes.checkedPage(cms, index,
            page -> SearchQuery.build(def, state, locale, siteRoot, page), state.page(), def.pageSize(),
            SearchRequestState.MAX_PAGE);
        CmsSolrResultList found = answer.hits();
        List<SearchHit> hits = new ArrayList<>();
        for (CmsSearchResource resource : found) {
            if (hits.size() >= def.pageSize()) {
                break;
            }
            hits.add(hit(cms, resource, resource.getDocument(), def, locale, found.getHighLighting()));
        }
        return result(state.withPage(answer.page()), hits, found.getNumFound(), answer.last(), def,
            found.getFacetFields(), found.getSpellCheckResponse(), ListResult.SearchMode.CHECKED);
    }

    private static SearchResult result(SearchRequestState state, List<SearchHit> hits, long total, int last,
        SearchDefinition def, List<FacetField> facetFields, SpellCheckResponse spelling, ListResult.SearchMode mode) {
        PageLinks pager = PageLinks.of(state.page(), last, n -> state.withPage(n).toQueryString(),
            state.isCombination());
        return new SearchResult(state, List.copyOf(hits), total, pager, facets(def, state, facetFields),
            total == 0 ? suggestions(state, spelling) : List.of(), mode);
    }

    private static SearchHit hit(CmsObject cms, CmsResource resource, I_CmsSearchDocument doc, SearchDefinition def,
        Locale locale, Map<String, Map<String, List<String>>> highlighting) {
        String type = doc.getFieldValueAsString(SearchQuery.FIELD_TYPE);
        ListTypeMapping mapping = def.types().get(type);
        String title = mapping == null ? null : doc.getFieldValueAsString(ListTypeMapping.field(mapping.titleField(), locale));
        if (title == null || title.isBlank()) {
            title = doc.getFieldValueAsString(SearchQuery.FIELD_TITLE_PROPERTY);
        }
        if (title == null || title.isBlank()) {
            title = resource.getName();
        }
        Date date = mapping == null ? null : doc.getFieldValueAsDate(ListTypeMapping.field(mapping.dateField(), locale));
        String snippet = null;
        String solrId = doc.getFieldValueAsString("solr_id");
        if (highlighting != null && solrId != null && highlighting.get(solrId) != null) {
            List<String> fragments = highlighting.get(solrId).get(SearchQuery.snippetField(locale));
            if (fragments != null && !fragments.isEmpty()) {
                snippet = Highlights.toHtml(fragments.get(0));
            }
        }
        if (snippet == null || snippet.isEmpty()) {
            String teaser = mapping == null || mapping.teaserField() == null ? null
                : doc.getFieldValueAsString(ListTypeMapping.field(mapping.teaserField(), locale));
            snippet = Highlights.plain(teaser, SearchQuery.SNIPPET_LENGTH);
        }
        return new SearchHit(resource.getStructureId().toString(), resource.getRootPath(),
            OpenCms.getLinkManager().substituteLinkForRootPath(cms, resource.getRootPath()), type, title.strip(),
            date == null || date.getTime() == 0 ? null : date.toInstant(), snippet,
            doc.getMultivaluedFieldAsStringList(SearchQuery.FIELD_CATEGORY));
    }

    private static Map<SearchFacet, List<SearchFacetCount>> facets(SearchDefinition def, SearchRequestState state,
        List<FacetField> fields) {
        Map<SearchFacet, List<SearchFacetCount>> facets = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : def.facets()) {
            String name = facet == SearchFacet.TYPE ? SearchQuery.FIELD_TYPE : SearchQuery.FIELD_CATEGORY;
            List<SearchFacetCount> counts = new ArrayList<>();
            for (FacetField field : fields == null ? List.<FacetField>of() : fields) {
                if (!name.equals(field.getName()) || field.getValues() == null) {
                    continue;
                }
                for (FacetField.Count c : field.getValues()) {
                    String value = c.getName();
                    boolean usable = facet == SearchFacet.TYPE ? def.types().containsKey(value)
                        : value != null && value.endsWith("/");
                    if (c.getCount() > 0 && usable) {
                        SearchRequestState target = state.toggle(facet, value);
                        counts.add(new SearchFacetCount(facet, value, c.getCount(), state.isSelected(facet, value),
                            target.toQueryString(), target.isCombination()));
                    }
                }
            }
            facets.put(facet, List.copyOf(counts));
        }
        return facets;
    }

    /** Collations of the spelling checker, else the text with each word replaced by its first suggestion. */
    static List<Suggestion> suggestions(SearchRequestState state, SpellCheckResponse spelling) {
        if (spelling == null) {
            return List.of();
        }
        Set<String> texts = new LinkedHashSet<>();
        if (spelling.getCollatedResults() != null) {
            for (SpellCheckResponse.Collation collation : spelling.getCollatedResults()) {
                texts.add(QueryText.clean(collation.getCollationQueryString()));
            }
        } else if (spelling.getCollatedResult() != null) {
            texts.add(QueryText.clean(spelling.getCollatedResult()));
        }
        if (texts.isEmpty() && spelling.getSuggestions() != null && !spelling.getSuggestions().isEmpty()) {
            String words = QueryText.words(state.query());
            for (SpellCheckResponse.Suggestion suggestion : spelling.getSuggestions()) {
                if (suggestion.getAlternatives() != null && !suggestion.getAlternatives().isEmpty()) {
                    words = words.replace(suggestion.getToken(), suggestion.getAlternatives().get(0));
                }
            }
            texts.add(QueryText.clean(words));
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (String text : texts) {
            if (QueryText.hasWords(text) && !text.equals(state.query())) {
                suggestions.add(new Suggestion(text, state.withQuery(text).toQueryString()));
            }
        }
        return List.copyOf(suggestions);
    }
}
