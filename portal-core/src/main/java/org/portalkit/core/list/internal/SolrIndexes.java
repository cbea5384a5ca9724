package org.portalkit.core.list.internal;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.opencms.file.CmsObject;
import org.opencms.main.CmsException;
import org.opencms.main.OpenCms;
import org.opencms.search.CmsSearchException;
import org.opencms.search.solr.CmsSolrIndex;
import org.opencms.search.solr.CmsSolrQuery;

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
}
