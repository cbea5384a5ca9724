package org.portalkit.runtime.standins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.SolrResourceLoader;
import org.apache.solr.rest.ManagedResourceStorage;
import org.apache.solr.rest.RestManager;
import org.apache.solr.rest.SolrSchemaRestApi;
import org.apache.solr.rest.schema.analysis.ManagedWordSetResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restlet.data.Status;
import org.restlet.resource.ResourceException;
import org.restlet.routing.Router;
import org.restlet.routing.TemplateRoute;
import org.tepi.filtertable.FilterTable;

/**
 * Loads, links (verifies) and initialises the OpenCms and Solr classes that touch the replaced libraries during
 * start-up, with only the stand-ins on the class path, and drives the Solr code paths that run when a core starts.
 */
class StartUpClassLoadingTest {

    @Test
    void solrRestClassesLinkAgainstTheStandIns() throws ClassNotFoundException {
        for (String name : new String[] {
            "org.apache.solr.rest.RestManager",
            "org.apache.solr.rest.RestManager$RestManagerManagedResource",
            "org.apache.solr.rest.RestManager$ManagedEndpoint",
            "org.apache.solr.rest.ManagedResource",
            "org.apache.solr.rest.ManagedResourceStorage",
            "org.apache.solr.rest.ManagedResourceStorage$JsonStorage",
            "org.apache.solr.rest.BaseSolrResource",
            "org.apache.solr.rest.BaseSolrResource$SolrOutputRepresentation",
            "org.apache.solr.rest.SolrSchemaRestApi",
            "org.apache.solr.rest.schema.analysis.ManagedWordSetResource",
            "org.apache.solr.rest.schema.analysis.ManagedSynonymFilterFactory$SynonymManager",
            "org.apache.solr.rest.schema.analysis.ManagedSynonymGraphFilterFactory$SynonymManager"}) {
            assertNotNull(Class.forName(name, true, getClass().getClassLoader()), name);
        }
    }

    @Test
    void workplaceAppManagerInitialises() throws ClassNotFoundException {
        // the static initialiser instantiates the message bundle editor, whose verification needs FilterTable
        Class.forName("org.opencms.ui.apps.CmsWorkplaceAppManager", true, getClass().getClassLoader());
        Class.forName(
            "org.opencms.ui.editors.messagebundle.CmsMessageBundleEditorFilterDecorator",
            true,
            getClass().getClassLoader());
        assertTrue(com.vaadin.v7.ui.Table.class.isAssignableFrom(FilterTable.class));
    }

    @Test
    void restManagerRegistersManagedResourcesLikeACoreDoes(@TempDir Path instanceDir) throws Exception {
        try (SolrResourceLoader loader = new SolrResourceLoader(instanceDir)) {
            RestManager restManager = new RestManager();
            restManager.init(loader, new NamedList<>(), new ManagedResourceStorage.InMemoryStorageIO());
            restManager.addManagedResource("/schema/analysis/stopwords/portalkit", ManagedWordSetResource.class);

            Router router = new Router(null);
            restManager.attachManagedResources("/schema", router);
            assertTrue(
                router.getRoutes().stream().map(TemplateRoute::getTemplate).anyMatch(
                    t -> t.contains("/analysis/stopwords/portalkit")),
                router.getRoutes().toString());
            assertNotNull(restManager.getManagedResource("/schema/analysis/stopwords/portalkit"));

            ResourceException unknown = assertThrows(
                ResourceException.class,
                () -> restManager.getManagedResource("/schema/analysis/stopwords/none"));
            assertEquals(Status.SERVER_ERROR_INTERNAL, unknown.getStatus());
        }
    }

    @Test
    void schemaRestApiBuildsItsRouterAndFailsCleanlyOutsideARequest() throws Exception {
        SolrSchemaRestApi api = new SolrSchemaRestApi();
        ResourceException noRequest = assertThrows(ResourceException.class, api::createInboundRoot);
        assertEquals(Status.SERVER_ERROR_INTERNAL, noRequest.getStatus());
        api.stop();
        assertFalse(api.isStarted());
    }
}
