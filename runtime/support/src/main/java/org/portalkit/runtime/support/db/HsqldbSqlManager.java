package org.portalkit.runtime.support.db;

/**
 * OpenCms' SQL manager for HSQLDB with two statements replaced by equivalent ones that HSQLDB runs through an index
 * ({@code query.properties} next to this class). Selected in {@code WEB-INF/config/opencms.properties}
 * ({@code db.*.sqlmanager}).
 *
 * <p>{@code C_RELATIONS_UPDATE_BROKEN} and {@code C_RELATIONS_REPAIR_BROKEN} (run when a resource's relations are
 * written, i.e. on every create and write of an XML content) test {@code RELATION_TARGET_ID NOT IN (SELECT
 * STRUCTURE_ID FROM CMS_*_STRUCTURE)}. HSQLDB materialises and sorts that subquery, every structure id of the
 * project, on each execution, so the statement costs time in proportion to the number of resources. Both columns
 * are {@code NOT NULL}, so {@code NOT EXISTS} with the same correlation gives the same rows, and HSQLDB answers it
 * with one look-up in the primary key per candidate row.
 */
public class HsqldbSqlManager extends org.opencms.db.hsqldb.CmsSqlManager {

    /** Class path location of the replaced statements. */
    static final String QUERY_PROPERTIES = "org/portalkit/runtime/support/db/query.properties";

    /** Loads OpenCms' generic and HSQLDB statements, then the PortalKit replacements. */
    public HsqldbSqlManager() {
        super();
        loadQueryProperties(QUERY_PROPERTIES);
    }
}
