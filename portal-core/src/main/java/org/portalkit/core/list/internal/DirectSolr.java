package org.portalkit.core.list.internal;

import java.lang.reflect.Field;

import org.apache.commons.logging.Log;
import org.apache.solr.client.solrj.SolrClient;
import org.opencms.main.CmsLog;
import org.opencms.main.OpenCms;
import org.opencms.search.solr.CmsSolrIndex;

/**
 * The Solr client behind an OpenCms Solr index, for queries that page in Solr itself.
 *
 * <p>OpenCms 11.0.2 has no public accessor for it: {@code CmsSolrIndex} keeps its client in the package-private
 * field {@code m_solr}. This class is the one place that reads it (by reflection, only on OpenCms 11.0.x, where the
 * field is known). Whenever that is not possible it answers {@code null}, and the caller uses OpenCms' checked
 * {@code CmsSolrIndex.search} instead - slower on deep pages, never wrong.
 */
public final class DirectSolr {

    private static final Log LOG = CmsLog.getLog(DirectSolr.class);

    /**
     * System property: {@code false} switches direct access off, so that lists, search and sitemaps use only
     * OpenCms' checked search (read on every call; for operators, and for tests of that path).
     */
    public static final String SWITCH = "portalkit.solr.direct";

    private static volatile boolean s_warned;

    private DirectSolr() {
    }

    /**
     * @param index an OpenCms Solr index
     * @return its client, or {@code null} if it cannot be reached on this OpenCms
     */
    public static SolrClient client(CmsSolrIndex index) {
        if (index == null || !isKnownVersion() || "false".equals(System.getProperty(SWITCH))) {
            return null;
        }
        try {
            Field field = CmsSolrIndex.class.getDeclaredField("m_solr");
            field.setAccessible(true);
            Object client = field.get(index);
            return client instanceof SolrClient ? (SolrClient)client : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!s_warned) {
                s_warned = true;
                LOG.warn("PortalKit lists: no direct Solr access, using OpenCms' checked search: " + e);
            }
            return null;
        }
    }

    private static boolean isKnownVersion() {
        String version = OpenCms.getSystemInfo().getVersionNumber();
        return version != null && version.startsWith("11.0.");
    }
}
