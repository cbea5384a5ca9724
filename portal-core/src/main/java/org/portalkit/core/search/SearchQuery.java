package org.portalkit.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.solr.client.solrj.SolrQuery;
import org.portalkit.core.list.ListTypeMapping;
import org.portalkit.core.list.internal.StableOrder;
import org.portalkit.core.list.internal.Values;
import org.portalkit.core.list.internal.Visibility;
import org.portalkit.core.search.internal.Highlights;
import org.portalkit.core.search.internal.QueryText;

/**
 * Turns a {@link SearchDefinition} and a {@link SearchRequestState} into Solr parameters.
 *
 * <p>The visitor's text becomes the {@code q} of an edismax query whose every syntax character is escaped
 * ({@link QueryText#escape}); the parser ({@code defType=edismax}), the fields ({@code qf}, {@code pf}), {@code mm}
 * and {@code uf=-*} (no field queries at all) are set here. The fields are those of the schema's PortalKit block:
 * the exact (tone marks kept) fields weigh more than the folded ones, titles more than texts, so that exact
 * spellings rank first and "hoi nghi" still finds "Hội nghị". Visibility filters are the lists' ({@link Visibility}).
 */
final class SearchQuery {

    /**
     * Fields searched and of the phrase boost, with their weights; {@code {locale}} stands for the content locale
     * (the texts are per locale: a search never matches a content by the words of its other locales).
     */
    static final String QUERY_FIELDS =
        "pk_search_title_exact^8 pk_search_exact_{locale}^4 pk_search_title_folded^2 pk_search_folded_{locale}";
    /** The spelling dictionary of solrconfig.xml. */
    static final String DICTIONARY = "pk_folded";
    /** Tag of the type filter, excluded by the type facet. */
    static final String TYPE_TAG = "pk_type";
    /** Title for every type without one of its own: the Title property. */
    static final String FIELD_TITLE_PROPERTY = "Title_prop";
    static final String FIELD_CATEGORY = "category_exact";
    static final String FIELD_TYPE = "type";
    /** Longest snippet, in characters. */
    static final int SNIPPET_LENGTH = 220;
    /**
     * Collations Solr tries as the search itself (same parser, fields and filters) before it offers them: only
     * suggestions that find something visible are shown; each try is one more query, so they are few.
     */
    static final int COLLATION_TRIES = 5;
    /** Most category facet values. */
    static final int FACET_LIMIT = 100;

    private SearchQuery() {
    }

    /**
     * @param def      the search
     * @param state    the visitor's search (with a text, {@link SearchRequestState#hasQuery()})
     * @param locale   the content locale
     * @param siteRoot the site searched when the definition names no folder
     * @param page     the page (already capped)
     * @return the query
     */
    static SolrQuery build(SearchDefinition def, SearchRequestState state, Locale locale, String siteRoot, int page) {
        SolrQuery q = new SolrQuery(QueryText.escape(state.query()));
        q.set("defType", "edismax");
        String fields = queryFields(locale);
        q.set("qf", fields);
        q.set("pf", fields);
        q.set("mm", "100%");
        q.set("q.op", "AND");
        q.set("uf", "-*");
        q.set("lowercaseOperators", "false");
        q.addFilterQuery("{!terms f=" + FIELD_TYPE + "}" + String.join(",", def.types().keySet()));
        q.addFilterQuery(Visibility.localeFilter(locale));
        q.addFilterQuery(folders(def, siteRoot));
        for (String filter : Visibility.publicationFilters()) {
            q.addFilterQuery(filter);
        }
        List<String> types = selectedTypes(def, state);
        if (!types.isEmpty()) {
            q.addFilterQuery("{!terms f=" + FIELD_TYPE + " tag=" + TYPE_TAG + "}" + String.join(",", types));
        }
        for (String category : state.categories()) {
            q.addFilterQuery(FIELD_CATEGORY + ":" + Values.escaped(category) + "*");
        }
        String date = dateSort(def, locale);
        if (state.sort() == SearchSort.RELEVANCE) {
            q.addSort("score", SolrQuery.ORDER.desc);
        }
        q.addSort(date, SolrQuery.ORDER.desc);
        q.addSort(StableOrder.FIELD, SolrQuery.ORDER.asc);
        q.setFields(fields(def, locale).toArray(new String[0]));
        int rows = def.pageSize();
        q.setRows(Integer.valueOf(rows));
        q.setStart(Integer.valueOf((Math.max(1, Math.min(page, SearchRequestState.MAX_PAGE)) - 1) * rows));
        highlighting(q, locale);
        facets(q, def);
        q.set("spellcheck", "true");
        q.set("spellcheck.dictionary", DICTIONARY);
        q.set("spellcheck.q", QueryText.spellingWords(state.query()));
        q.set("spellcheck.count", "3");
        q.set("spellcheck.collate", "true");
        q.set("spellcheck.maxCollations", "3");
        q.set("spellcheck.maxCollationTries", Integer.toString(COLLATION_TRIES));
        return q;
    }

    /** The selected types that the definition has (others cannot match anyway). */
    static List<String> selectedTypes(SearchDefinition def, SearchRequestState state) {
        List<String> types = new ArrayList<>();
        for (String type : state.types()) {
            if (def.types().containsKey(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private static String folders(SearchDefinition def, String siteRoot) {
        List<String> folders = def.folders().isEmpty()
            ? List.of(siteRoot.endsWith("/") ? siteRoot : siteRoot + "/")
            : def.folders();
        List<String> clauses = new ArrayList<>();
        for (String folder : folders) {
            clauses.add("parent-folders:\"" + Values.quoted(folder) + "\"");
        }
        return String.join(" OR ", clauses);
    }

    /**
     * The date to sort on: the types' date field, or, when the types have different ones, the first of them a
     * document has ({@code def(a,b,…)}).
     */
    static String dateSort(SearchDefinition def, Locale locale) {
        Set<String> fields = new LinkedHashSet<>();
        for (ListTypeMapping mapping : def.types().values()) {
            fields.add(ListTypeMapping.field(mapping.dateField(), locale));
        }
        return fields.size() == 1 ? fields.iterator().next() : "def(" + String.join(",", fields) + ")";
    }

    /** @return {@link #QUERY_FIELDS} for the locale */
    static String queryFields(Locale locale) {
        return QUERY_FIELDS.replace("{locale}", locale.toString());
    }

    static String snippetField(Locale locale) {
        return "content_" + locale;
    }

    private static Set<String> fields(SearchDefinition def, Locale locale) {
        Set<String> fields = new LinkedHashSet<>(
            List.of("solr_id", "id", "path", FIELD_TYPE, FIELD_CATEGORY, FIELD_TITLE_PROPERTY));
        for (ListTypeMapping mapping : def.types().values()) {
            for (String pattern : new String[] {mapping.titleField(), mapping.dateField(), mapping.teaserField()}) {
                if (pattern != null) {
                    fields.add(ListTypeMapping.field(pattern, locale));
                }
            }
        }
        return fields;
    }

    private static void highlighting(SolrQuery q, Locale locale) {
        q.set("hl", "true");
        q.set("hl.method", "unified");
        q.set("hl.fl", snippetField(locale));
        q.set("hl.requireFieldMatch", "false");
        q.set("hl.snippets", "1");
        q.set("hl.fragsize", Integer.toString(SNIPPET_LENGTH));
        q.set("hl.defaultSummary", "false");
        q.set("hl.tag.pre", Highlights.PRE);
        q.set("hl.tag.post", Highlights.POST);
        q.set("hl.encoder", "");
    }

    private static void facets(SolrQuery q, SearchDefinition def) {
        if (def.facets().isEmpty()) {
            return;
        }
        q.setFacet(true);
        q.setFacetMinCount(1);
        q.setFacetLimit(FACET_LIMIT);
        if (def.facets().contains(SearchFacet.TYPE)) {
            q.addFacetField("{!ex=" + TYPE_TAG + "}" + FIELD_TYPE);
        }
        if (def.facets().contains(SearchFacet.CATEGORY)) {
            q.addFacetField(FIELD_CATEGORY);
        }
    }
}
