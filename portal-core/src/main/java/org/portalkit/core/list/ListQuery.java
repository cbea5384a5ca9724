package org.portalkit.core.list;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.solr.client.solrj.SolrQuery;
import org.portalkit.core.list.internal.StableOrder;
import org.portalkit.core.list.internal.Values;
import org.portalkit.core.list.internal.Visibility;

/**
 * Turns a {@link ListDefinition} and a {@link ListRequestState} into Solr parameters. Every value is either a
 * checked name/path written escaped, or a number; nothing from the request reaches Solr raw.
 *
 * <p>Visibility: {@code released:[* TO NOW/MINUTE]} and {@code expired:[NOW/MINUTE+1MINUTE TO *]} - "now" rounded
 * to the minute so that Solr's filter cache keeps each filter for a minute; an item appears up to a minute after its
 * release and disappears up to a minute before its expiry, never outside its window. {@code TZ} is the site's zone,
 * so {@code NOW/DAY} and the facet buckets follow its days, months and years.
 *
 * <p>Facets are multi-select: each visitor selection's filter is tagged ({@value #TAG_CATEGORY},
 * {@value #FACET_YEAR}, {@value #FACET_MONTH}) and each facet is counted excluding its own tag, so a facet's counts
 * are those of the list narrowed by the <em>other</em> facets' selections (and by the definition). The list itself
 * is narrowed by all selections (AND).
 */
final class ListQuery {

    /** Key of the year range facet. */
    static final String FACET_YEAR = "pk_year";
    /** Key of the year-month range facet. */
    static final String FACET_MONTH = "pk_month";
    /** Most category facet values returned. */
    static final int FACET_LIMIT = 100;
    /** Years back the date facets reach. */
    static final int FACET_YEARS_BACK = 30;

    static final String FIELD_CATEGORY = "category_exact";
    static final String FIELD_ID = "id";

    /** Tag of the visitor's category selections, excluded when the category facet is counted. */
    static final String TAG_CATEGORY = "pk_cat";

    private static final DateTimeFormatter SOLR_DATE = DateTimeFormatter.ISO_INSTANT;

    private ListQuery() {
    }

    /**
     * @param def      the list
     * @param state    the visitor's page and selections
     * @param locale   the content locale (per-locale fields, {@code con_locales})
     * @param zone     the site's time zone
     * @param siteRoot the current site root, e.g. {@code /sites/default}, searched when the list names no folder
     * @param page     the 1-based page to fetch (already capped)
     * @return the Solr query
     */
    static SolrQuery build(ListDefinition def, ListRequestState state, Locale locale, ZoneId zone, String siteRoot,
        int page) {
        ListTypeMapping primary = def.primaryMapping();
        String dateField = ListTypeMapping.field(primary.dateField(), locale);
        SolrQuery q = new SolrQuery("*:*");
        q.set("TZ", zone.getId());
        q.addFilterQuery("{!terms f=type}" + String.join(",", def.types()));
        q.addFilterQuery(Visibility.localeFilter(locale));
        q.addFilterQuery(folders(def, siteRoot));
        for (String filter : Visibility.publicationFilters()) {
            q.addFilterQuery(filter);
        }
        if (!def.categories().isEmpty()) {
            if (def.categoryMode() == CategoryMode.ANY) {
                List<String> any = new ArrayList<>();
                for (String category : def.categories()) {
                    any.add(categoryClause(category));
                }
                q.addFilterQuery(String.join(" OR ", any));
            } else {
                for (String category : def.categories()) {
                    q.addFilterQuery(categoryClause(category));
                }
            }
        }
        String dates = dateFilter(def.dates(), dateField);
        if (dates != null) {
            q.addFilterQuery(dates);
        }
        for (String category : state.categories()) {
            q.addFilterQuery(tagged(TAG_CATEGORY, categoryClause(category)));
        }
        if (state.year() > 0) {
            LocalDate start = LocalDate.of(state.year(), 1, 1);
            q.addFilterQuery(tagged(FACET_YEAR, interval(dateField, start, start.plusYears(1), zone)));
        }
        if (state.month() != null) {
            LocalDate start = LocalDate.parse(state.month() + "-01");
            q.addFilterQuery(tagged(FACET_MONTH, interval(dateField, start, start.plusMonths(1), zone)));
        }
        if (def.pinnedField() != null && def.sort() != ListSort.MOST_READ) {
            q.addSort(ListTypeMapping.field(def.pinnedField(), locale), SolrQuery.ORDER.desc);
        }
        switch (def.sort()) {
            case OLDEST:
                q.addSort(dateField, SolrQuery.ORDER.asc);
                break;
            case TITLE:
                String sortField = primary.titleSortField() != null ? primary.titleSortField() : primary.titleField();
                q.addSort(ListTypeMapping.field(sortField, locale), SolrQuery.ORDER.asc);
                break;
            case MOST_READ:
                // the order comes from the counters (ListEngine); Solr only restricts and counts
                break;
            default:
                q.addSort(dateField, SolrQuery.ORDER.desc);
        }
        q.addSort(StableOrder.FIELD, SolrQuery.ORDER.asc);
        q.setFields(fields(def, locale).toArray(new String[0]));
        int rows = def.pageSize();
        q.setRows(Integer.valueOf(rows));
        q.setStart(Integer.valueOf((Math.max(1, Math.min(page, ListRequestState.MAX_PAGE)) - 1) * rows));
        facets(q, def, dateField);
        return q;
    }

    /**
     * The query of a {@link ListSort#MOST_READ} list: the list's filters and facets, restricted to the given
     * structure ids (the most viewed candidates), all of them in one answer (no Solr paging: the engine orders by
     * view count and cuts the page).
     *
     * @param ids structure ids (checked UUIDs), at most {@link org.portalkit.core.counter.Counters#MAX_TOP}
     */
    static SolrQuery buildRestricted(ListDefinition def, ListRequestState state, Locale locale, ZoneId zone,
        String siteRoot, List<String> ids) {
        if (ids.isEmpty() || ids.size() > org.portalkit.core.counter.Counters.MAX_TOP) {
            throw new IllegalArgumentException("1 to " + org.portalkit.core.counter.Counters.MAX_TOP + " ids");
        }
        for (String id : ids) {
            if (!Values.isUuid(id)) {
                throw new IllegalArgumentException("Not a structure id: " + Values.shown(id));
            }
        }
        SolrQuery q = build(def, state, locale, zone, siteRoot, 1);
        q.addFilterQuery("{!terms f=" + FIELD_ID + "}" + String.join(",", ids));
        q.setStart(Integer.valueOf(0));
        q.setRows(Integer.valueOf(ids.size()));
        return q;
    }

    private static String tagged(String tag, String filter) {
        return "{!tag=" + tag + "}" + filter;
    }

    private static String folders(ListDefinition def, String siteRoot) {
        List<FolderScope> folders = def.folders().isEmpty()
            ? List.of(new FolderScope(siteRoot.endsWith("/") ? siteRoot : siteRoot + "/", true))
            : def.folders();
        List<String> clauses = new ArrayList<>();
        for (FolderScope folder : folders) {
            if (folder.subfolders()) {
                clauses.add("parent-folders:\"" + Values.quoted(folder.rootPath()) + "\"");
            } else {
                String prefix = Values.escaped(folder.rootPath());
                clauses.add("(+path:" + prefix + "* -path:" + prefix + "*\\/*)");
            }
        }
        return String.join(" OR ", clauses);
    }

    private static String categoryClause(String category) {
        // the category itself and every category below it
        return FIELD_CATEGORY + ":" + Values.escaped(category) + "*";
    }

    private static String dateFilter(DateRestriction dates, String field) {
        switch (dates.kind()) {
            case PAST:
                return field + ":[* TO NOW/MINUTE]";
            case FUTURE:
                return field + ":{NOW/MINUTE TO *]";
            case FROM_TODAY:
                return field + ":[NOW/DAY TO *]";
            case RANGE:
                return field + ":[" + SOLR_DATE.format(dates.from()) + " TO " + SOLR_DATE.format(dates.to()) + "]";
            default:
                return null;
        }
    }

    private static String interval(String field, LocalDate from, LocalDate until, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = until.atStartOfDay(zone).toInstant();
        return field + ":[" + SOLR_DATE.format(start) + " TO " + SOLR_DATE.format(end) + "}";
    }

    private static Set<String> fields(ListDefinition def, Locale locale) {
        Set<String> fields = new LinkedHashSet<>(List.of("solr_id", "id", "path", "type", FIELD_CATEGORY));
        for (ListTypeMapping mapping : def.mappings().values()) {
            for (String pattern : new String[] {mapping.titleField(), mapping.dateField(), mapping.teaserField(),
                mapping.imageField()}) {
                if (pattern != null) {
                    fields.add(ListTypeMapping.field(pattern, locale));
                }
            }
        }
        return fields;
    }

    private static void facets(SolrQuery q, ListDefinition def, String dateField) {
        if (def.facets().isEmpty()) {
            return;
        }
        q.setFacet(true);
        q.setFacetMinCount(1);
        q.setFacetLimit(FACET_LIMIT);
        if (def.facets().contains(ListFacet.CATEGORY)) {
            q.addFacetField("{!ex=" + TAG_CATEGORY + "}" + FIELD_CATEGORY);
        }
        String range = " facet.range.start=NOW/YEAR-" + FACET_YEARS_BACK + "YEARS facet.range.end=NOW/YEAR+2YEARS";
        if (def.facets().contains(ListFacet.YEAR)) {
            q.add("facet.range", "{!key=" + FACET_YEAR + " ex=" + FACET_YEAR + range + " facet.range.gap=+1YEAR}"
                + dateField);
        }
        if (def.facets().contains(ListFacet.MONTH)) {
            q.add("facet.range", "{!key=" + FACET_MONTH + " ex=" + FACET_MONTH + range + " facet.range.gap=+1MONTH}"
                + dateField);
        }
    }
}
