package org.portalkit.core.list.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.opencms.search.CmsSearchException;
import org.opencms.search.I_CmsSearchDocument;
import org.opencms.search.solr.CmsSolrIndex;
import org.opencms.search.solr.CmsSolrDocument;
import org.opencms.search.solr.CmsSolrQuery;
import org.opencms.search.solr.CmsSolrResultList;
import org.opencms.util.CmsUUID;
import org.portalkit.core.cache.OnlineCache;

/**
 * Which Solr index and which way of querying it a request gets, the same for lists and the site search: "Solr
 * Online" in the Online project, "Solr Offline" in an Offline project; Solr's own paging through the index's client
 * only for the Guest in the Online project ({@link DirectSolr}), OpenCms' permission-checked search otherwise.
 */
public final class SolrIndexes {

    private SolrIndexes() {
    }

    /**
     * @param cms the current context
     * @return "Solr Online" in the Online project, else "Solr Offline"
     * @throws CmsException if the index is not configured
     */
    public static CmsSolrIndex forContext(CmsObject cms) throws CmsException {
        boolean online = cms.getRequestContext().getCurrentProject().isOnlineProject();
        String indexName = online ? CmsSolrIndex.DEFAULT_INDEX_NAME_ONLINE : CmsSolrIndex.DEFAULT_INDEX_NAME_OFFLINE;
        CmsSolrIndex index = OpenCms.getSearchManager().getIndexSolr(indexName);
        if (index == null) {
            throw new CmsSearchException(org.opencms.search.Messages.get().container(
                org.opencms.search.Messages.ERR_INDEX_NOT_FOUND_1, indexName));
        }
        return index;
    }

    /**
     * @param cms   the current context
     * @param index its index ({@link #forContext})
     * @return the index's Solr client for the Guest in the Online project, else (or when it cannot be reached)
     *         {@code null}: use OpenCms' checked search
     */
    public static SolrClient directClient(CmsObject cms, CmsSolrIndex index) {
        if (!cms.getRequestContext().getCurrentProject().isOnlineProject()
            || !cms.getRequestContext().getCurrentUser().isGuestUser()) {
            return null;
        }
        return DirectSolr.client(index);
    }

    /**
     * @param query our Solr parameters
     * @return OpenCms' query with exactly these parameters (its default expiration filter replaced by ours)
     */
    public static CmsSolrQuery toCmsQuery(SolrQuery query) {
        CmsSolrQuery cmsQuery = new CmsSolrQuery();
        cmsQuery.removeExpiration();
        cmsQuery.remove("fq");
        for (String name : query.getParameterNames()) {
            cmsQuery.set(name, query.getParams(name));
        }
        return cmsQuery;
    }

    /**
     * @param total   hits
     * @param rows    rows per page
     * @param maxPage the paging cap
     * @return the last page, 1..maxPage
     */
    public static int lastPage(long total, int rows, int maxPage) {
        long pages = (total + rows - 1) / rows;
        return (int)Math.max(1, Math.min(pages, maxPage));
    }

    /**
     * One page answered by Solr itself (Guest, Online): the response of the page asked for, or of the last page when
     * it asked beyond the end, with each document's resource read as the current user.
     *
     * @param response  Solr's answer for {@code page}
     * @param page      the page answered
     * @param last      the last page (from the first answer's total)
     * @param documents the page's documents, in order
     * @param resources their resources, in the same order
     */
    public record DirectPage(QueryResponse response, int page, int last, List<CmsSolrDocument> documents,
        List<CmsResource> resources) {

        /** @return Solr's exact total */
        public long total() {
            return response.getResults().getNumFound();
        }
    }

    /**
     * One page answered by OpenCms' permission-checked search, or the last page when it asked beyond the end.
     *
     * @param hits the checked hits
     * @param page the page answered
     * @param last the last page (from the first answer's total)
     */
    public record CheckedPage(CmsSolrResultList hits, int page, int last) {
    }

    /**
     * @param cms      the current context (the Guest in the Online project)
     * @param client   the index's client ({@link #directClient})
     * @param query    the query of a page number
     * @param page     the page asked for
     * @param pageSize rows per page
     * @param maxPage  the paging cap
     * @return the page, or {@code null} when one of its documents cannot be read as the current user (the caller
     *         lets OpenCms' checked search answer)
     * @throws CmsSearchException if Solr fails
     */
    public static DirectPage directPage(CmsObject cms, SolrClient client, IntFunction<SolrQuery> query, int page,
        int pageSize, int maxPage) throws CmsSearchException {
        QueryResponse response = query(client, query.apply(page));
        int last = lastPage(response.getResults().getNumFound(), pageSize, maxPage);
        if (page > last) {
            page = last;
            response = query(client, query.apply(page));
        }
        List<CmsSolrDocument> documents = new ArrayList<>();
        List<CmsResource> resources = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            CmsSolrDocument document = new CmsSolrDocument(doc);
            CmsResource resource = readAsCurrentUser(cms, document);
            if (resource == null) {
                return null;
            }
            resources.add(resource);
            documents.add(document);
        }
        return new DirectPage(response, page, last, documents, resources);
    }

    /** Who reads what: a resource's readability is the user's. */
    private record ReadKey(CmsUUID user, CmsUUID resource) {
    }

    /**
     * Hits' resources as their readers read them (with their permissions, ignoring the release window), until the
     * next publish: OpenCms reads a resource by id from the database every time, which was a tenth of a list page's
     * time. Permissions and deletions change only by publishing, which empties this cache; the release window is
     * checked on every request.
     */
    private static final OnlineCache<ReadKey, CmsResource> READ = OnlineCache.create(5_000, Duration.ofHours(1));

    /**
     * Reads a hit's resource as the current user, as {@link CmsResourceFilter#DEFAULT} would.
     *
     * @param cms      the current context
     * @param document a hit
     * @return the resource, or {@code null} when it cannot be read as the current user, is outside its release
     *         window, or was deleted
     */
    public static CmsResource readAsCurrentUser(CmsObject cms, I_CmsSearchDocument document) {
        CmsUUID id;
        try {
            id = new CmsUUID(document.getFieldValueAsString("id"));
        } catch (RuntimeException e) {
            return null;
        }
        CmsResource resource = READ.get(cms, new ReadKey(cms.getRequestContext().getCurrentUser().getId(), id),
            key -> {
                try {
                    return cms.readResource(key.resource(), CmsResourceFilter.IGNORE_EXPIRATION);
                } catch (CmsException | RuntimeException e) {
                    // not readable for this user (or just deleted)
                    return null;
                }
            });
        return resource != null && CmsResourceFilter.DEFAULT.isValid(cms.getRequestContext(), resource) ? resource
            : null;
    }

    /**
     * @param cms      the current context
     * @param index    its index ({@link #forContext})
     * @param query    the query of a page number
     * @param page     the page asked for
     * @param pageSize rows per page
     * @param maxPage  the paging cap
     * @return the page
     * @throws CmsException if the search fails
     */
    public static CheckedPage checkedPage(CmsObject cms, CmsSolrIndex index, IntFunction<SolrQuery> query, int page,
        int pageSize, int maxPage) throws CmsException {
        CmsSolrResultList hits = index.search(cms, toCmsQuery(query.apply(page)), true, CmsResourceFilter.DEFAULT);
        int last = lastPage(hits.getNumFound(), pageSize, maxPage);
        if (page > last) {
            page = last;
            hits = index.search(cms, toCmsQuery(query.apply(page)), true, CmsResourceFilter.DEFAULT);
        }
        return new CheckedPage(hits, page, last);
    }

    /**
     * @param client a Solr client
     * @param query  the query
     * @return Solr's answer
     * @throws CmsSearchException if Solr fails (with OpenCms' message for a failed search)
     */
    public static QueryResponse query(SolrClient client, SolrQuery query) throws CmsSearchException {
        try {
            return client.query(query);
        } catch (SolrServerException | IOException | SolrException e) {
            throw new CmsSearchException(org.opencms.search.solr.Messages.get().container(
                org.opencms.search.solr.Messages.LOG_SOLR_ERR_SEARCH_EXECUTION_FAILD_1, e.getMessage()), e);
        }
    }
}
