package org.portalkit.news;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.apache.solr.client.solrj.SolrQuery.ORDER;
import org.opencms.file.CmsObject;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.opencms.search.CmsSearchResource;
import org.opencms.search.I_CmsSearchDocument;
import org.opencms.search.fields.CmsSearchField;
import org.opencms.search.solr.CmsSolrIndex;
import org.opencms.search.solr.CmsSolrQuery;
import org.opencms.search.solr.CmsSolrResultList;
import org.portalkit.news.internal.Links;

/**
 * The latest news of a site, optionally of one folder or one category, from the Solr index of the online project
 * ("Solr Online"), newest publication date first. The number of rows is always capped ({@value #MAX_ROWS}): OpenCms'
 * own search applies no limit. Expired and not yet released articles are left out by OpenCms' default filters, and
 * OpenCms checks read permissions on every hit.
 *
 * <p>The fields come from the searchsettings of {@code news.xsd}: {@code newstitle_<locale>_s},
 * {@code newsdate_<locale>_dt}, {@code newslead_<locale>_s}, {@code newsimage_<locale>_s}, plus OpenCms' own
 * {@code category}.
 */
public final class NewsQuery {

    /** The index searched. */
    public static final String INDEX = "Solr Online";

    /** The most rows a query returns. */
    public static final int MAX_ROWS = 50;

    /** The resource type of news articles. */
    public static final String TYPE = "pk-news";

    private final Locale locale;
    private String folder;
    private String category;
    private int rows = 10;

    private NewsQuery(Locale locale) {
        this.locale = locale;
    }

    /**
     * @param locale the content locale of the articles
     * @return a query for the latest 10 articles of the site
     */
    public static NewsQuery latest(Locale locale) {
        return new NewsQuery(locale);
    }

    /**
     * @param rootPath a folder's root path with trailing slash, from {@link NewsParams#folder}, or {@code null}
     * @return this query
     */
    public NewsQuery inFolder(String rootPath) {
        this.folder = rootPath;
        return this;
    }

    /**
     * @param path a category path with trailing slash, from {@link NewsParams#category}, or {@code null}; the
     *             article must have this category or one below it
     * @return this query
     */
    public NewsQuery inCategory(String path) {
        if (path != null && !path.matches("[a-z0-9/_-]{1,201}")) {
            throw new IllegalArgumentException("Not an allowed category path: " + path);
        }
        this.category = path;
        return this;
    }

    /**
     * @param value how many articles, capped to 1..{@value #MAX_ROWS}
     * @return this query
     */
    public NewsQuery rows(int value) {
        this.rows = Math.max(1, Math.min(value, MAX_ROWS));
        return this;
    }

    public int getRows() {
        return rows;
    }

    /** Highest page number a list may ask for: paging never reaches deeper than this into the index. */
    public static final int MAX_PAGE = 100;

    private int start;
    private boolean lookAhead;
    private boolean more;

    /**
     * Also asks for one article beyond the page, so that {@link #hasMore()} can tell whether a next page exists
     * without a second query.
     *
     * @return this query
     */
    public NewsQuery lookAhead() {
        this.lookAhead = true;
        return this;
    }

    /** @return after {@link #execute}: whether articles beyond this page exist (only known with {@link #lookAhead()}) */
    public boolean hasMore() {
        return more;
    }

    /**
     * @param number the 1-based page of {@link #getRows()} articles, capped to 1..{@value #MAX_PAGE}
     * @return this query
     */
    public NewsQuery page(int number) {
        this.start = (Math.max(1, Math.min(number, MAX_PAGE)) - 1) * rows;
        return this;
    }

    /** Name of the per-locale Solr field that {@code news.xsd} fills for an element, e.g. {@code newsdate_vi_dt}. */
    public static String field(String name, Locale locale, String suffix) {
        return name + "_" + locale + suffix;
    }

    /**
     * @param siteRoot the current site's root (without trailing slash), searched when no folder is set
     * @return the Solr query
     */
    public CmsSolrQuery toSolrQuery(String siteRoot) {
        CmsSolrQuery query = new CmsSolrQuery();
        query.setResourceTypes(TYPE);
        // what CmsSolrQuery.setLocales does, without needing a running OpenCms
        query.addFilterQuery(CmsSearchField.FIELD_CONTENT_LOCALES, List.of(locale.toString()), false, true);
        query.setSearchRoots(folder != null ? folder : siteRoot + "/");
        if (category != null) {
            String escaped = category.replace("/", "\\/").replace("-", "\\-");
            query.addFilterQuery("category_exact:(\"" + category + "\" OR " + escaped + "*)");
        }
        query.setSort(field("newsdate", locale, "_dt"), ORDER.desc);
        query.addSort("lastmodified", ORDER.desc);
        query.setRows(Integer.valueOf(lookAhead ? rows + 1 : rows));
        query.setStart(Integer.valueOf(start));
        return query;
    }

    /**
     * Runs the query as the given user.
     *
     * @param cms  the current user's context (its site root decides the site)
     * @param zone time zone of the shown dates
     * @return the articles, newest first
     * @throws CmsException if the search fails
     */
    public List<NewsListItem> execute(CmsObject cms, ZoneId zone) throws CmsException {
        CmsSolrIndex index = OpenCms.getSearchManager().getIndexSolr(INDEX);
        if (index == null) {
            return List.of();
        }
        CmsSolrResultList hits = index.search(cms, toSolrQuery(cms.getRequestContext().getSiteRoot()));
        List<NewsListItem> items = new ArrayList<>();
        more = false;
        for (CmsSearchResource hit : hits) {
            if (items.size() >= rows) {
                more = true;
                break;
            }
            items.add(toItem(cms, hit, zone));
        }
        return items;
    }

    private NewsListItem toItem(CmsObject cms, CmsSearchResource hit, ZoneId zone) {
        I_CmsSearchDocument doc = hit.getDocument();
        String title = doc.getFieldValueAsString(field("newstitle", locale, "_s"));
        if (title == null || title.isBlank()) {
            title = hit.getName();
        }
        Date date = doc.getFieldValueAsDate(field("newsdate", locale, "_dt"));
        long millis = date == null ? 0 : date.getTime();
        String image = Links.firstLine(doc.getFieldValueAsString(field("newsimage", locale, "_s")));
        List<String> categories = doc.getMultivaluedFieldAsStringList("category");
        return new NewsListItem(hit.getStructureId().toString(), title, Links.of(cms, hit), millis,
            NewsFormat.date(millis, zone), doc.getFieldValueAsString(field("newslead", locale, "_s")),
            image == null ? "" : Links.forRootOrSitePath(cms, image), "", categories == null ? List.of() : categories,
            0);
    }
}
