package org.portalkit.core.sitemap.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.opencms.file.CmsObject;
import org.opencms.file.CmsResource;
import org.opencms.file.CmsResourceFilter;
import org.opencms.main.CmsException;
import org.opencms.search.CmsSearchResource;
import org.opencms.search.solr.CmsSolrIndex;
import org.opencms.search.solr.CmsSolrResultList;
import org.opencms.util.CmsUUID;
import org.portalkit.core.list.internal.DirectSolr;
import org.portalkit.core.list.internal.SolrIndexes;
import org.portalkit.core.list.internal.Visibility;

/**
 * Where the sitemaps' documents come from, for the Guest in the Online project: Solr itself when the index's client
 * can be reached ({@link DirectSolr}), otherwise OpenCms' permission-checked {@code CmsSolrIndex.search}, so that the
 * sitemaps also work on OpenCms releases without that access. Both page by key ({@code solr_id} after the last one
 * seen), never by a deep start, so a part of 50,000 URLs costs 50 requests of {@value SitemapQueries#ROWS}.
 */
public abstract class SitemapSource {

    /** One document: its key, its resource when the Guest may read it (else {@code null}), its stored fields. */
    public record Hit(String solrId, CmsResource resource, SolrDocument document) {

        /** @return a stored date field, or {@code null} */
        public Date date(String field) {
            Object value = document.getFirstValue(field);
            return value instanceof Date ? (Date)value : null;
        }

        /** @return a stored field as text, or {@code null} */
        public String text(String field) {
            Object value = document.getFirstValue(field);
            return value == null ? null : String.valueOf(value);
        }
    }

    /** The Guest, in the Online project, in the site. */
    protected final CmsObject m_guest;

    SitemapSource(CmsObject guest) {
        m_guest = guest;
    }

    /**
     * @param guest the Guest in the Online project, in the site
     * @param index "Solr Online"
     * @return Solr directly when possible, else OpenCms' checked search
     */
    public static SitemapSource of(CmsObject guest, CmsSolrIndex index) {
        SolrClient client = DirectSolr.client(index);
        return client != null ? new Direct(guest, client) : new Checked(guest, index);
    }

    /** @return the Guest the documents are read as */
    public CmsObject guest() {
        return m_guest;
    }

    /** @return whether the documents come from Solr directly */
    public abstract boolean isDirect();

    /**
     * @param query a query of {@link SitemapQueries}
     * @return how many documents match
     * @throws CmsException if the search fails
     */
    public abstract long count(SolrQuery query) throws CmsException;

    /**
     * @param query a query of {@link SitemapQueries} with its rows set
     * @return its documents, in order
     * @throws CmsException if the search fails
     */
    public abstract List<Hit> fetch(SolrQuery query) throws CmsException;

    /**
     * @param types    the sitemap's types
     * @param siteRoot the site root
     * @param offset   how many documents come before the part
     * @return the key of the document just before the part, or {@code null} for the first part; the same value
     *         when the index has fewer documents
     * @throws CmsException if the search fails
     */
    public abstract String keyBefore(List<String> types, String siteRoot, long offset) throws CmsException;

    /** Solr answers; resources are read as the Guest (an unreadable one is a hit without resource). */
    static final class Direct extends SitemapSource {

        private final SolrClient m_client;

        Direct(CmsObject guest, SolrClient client) {
            super(guest);
            m_client = client;
        }

        @Override
        public boolean isDirect() {
            return true;
        }

        @Override
        public long count(SolrQuery query) throws CmsException {
            return SolrIndexes.query(m_client, query).getResults().getNumFound();
        }

        @Override
        public List<Hit> fetch(SolrQuery query) throws CmsException {
            List<Hit> hits = new ArrayList<>();
            for (SolrDocument doc : SolrIndexes.query(m_client, query).getResults()) {
                hits.add(new Hit(String.valueOf(doc.getFirstValue("solr_id")), readable(doc), doc));
            }
            return hits;
        }

        @Override
        public String keyBefore(List<String> types, String siteRoot, long offset) throws CmsException {
            if (offset <= 0) {
                return null;
            }
            List<Hit> before = fetch(SitemapQueries.boundary(types, siteRoot, offset - 1));
            return before.isEmpty() ? null : before.get(0).solrId();
        }

        private CmsResource readable(SolrDocument doc) {
            Object id = doc.getFirstValue("id");
            if (id == null) {
                return null;
            }
            try {
                return m_guest.readResource(new CmsUUID(id.toString()), CmsResourceFilter.DEFAULT);
            } catch (CmsException | NumberFormatException e) {
                return null;
            }
        }
    }

    /** OpenCms' checked search: only documents the Guest may read, each already read. */
    static final class Checked extends SitemapSource {

        private final CmsSolrIndex m_index;

        Checked(CmsObject guest, CmsSolrIndex index) {
            super(guest);
            m_index = index;
        }

        @Override
        public boolean isDirect() {
            return false;
        }

        @Override
        public long count(SolrQuery query) throws CmsException {
            return search(query).getNumFound();
        }

        @Override
        public List<Hit> fetch(SolrQuery query) throws CmsException {
            List<Hit> hits = new ArrayList<>();
            for (CmsSearchResource resource : search(query)) {
                // the stored fields asked for, dates as dates (as Solr itself answers them)
                SolrDocument doc = new SolrDocument();
                for (String name : query.getFields().split(",")) {
                    String field = name.strip();
                    Date date = resource.getDocument().getFieldValueAsDate(field);
                    Object value = date != null ? date : resource.getDocument().getFieldValueAsString(field);
                    if (value != null) {
                        doc.setField(field, value);
                    }
                }
                // the checked search replaces our release/expiry filters by its own, unrounded ones: apply ours, so
                // that both sources list the same documents at the same time
                boolean visible = Visibility.isInWindow(resource.getDateReleased(), resource.getDateExpired(),
                    System.currentTimeMillis());
                hits.add(new Hit(String.valueOf(doc.getFirstValue("solr_id")), visible ? resource : null, doc));
            }
            return hits;
        }

        @Override
        public String keyBefore(List<String> types, String siteRoot, long offset) throws CmsException {
            // no deep start in the checked search (it reads every document before it): walk the keys instead
            String key = null;
            long skipped = 0;
            while (skipped < offset) {
                int rows = (int)Math.min(SitemapQueries.ROWS, offset - skipped);
                List<Hit> hits = fetch(SitemapQueries.after(types, siteRoot, key, rows));
                if (hits.isEmpty()) {
                    break;
                }
                skipped += hits.size();
                key = hits.get(hits.size() - 1).solrId();
            }
            return key;
        }

        private CmsSolrResultList search(SolrQuery query) throws CmsException {
            return m_index.search(m_guest, SolrIndexes.toCmsQuery(query), true, CmsResourceFilter.DEFAULT);
        }
    }
}
