package org.portalkit.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemoInstallerPlanTest {

    private static DemoInstaller.Plan plan(boolean firstStart, String... provisionChanges) {
        return new DemoInstaller.Plan(firstStart, List.of(provisionChanges), List.of(), false, "", false, false);
    }

    @Test
    void aChangedSolrSchemaOfAnExistingInstallationRebuildsTheIndexes() {
        DemoInstaller.Plan schema = plan(false, "WEB-INF/solr/configsets/default/conf/schema.xml");
        assertTrue(schema.solrConfigurationChanged());
        assertTrue(schema.needsShell(), "the rebuild runs in the offline shell");
        assertTrue(schema.summary().contains("Solr indexes to rebuild"), schema.summary());
        assertTrue(plan(false, "WEB-INF/solr/configsets/default/conf/solrconfig.xml").solrConfigurationChanged());
    }

    @Test
    void otherChangesAndTheFirstStartDoNot() {
        assertFalse(plan(false, "WEB-INF/web.xml").solrConfigurationChanged());
        assertFalse(plan(false, "WEB-INF/web.xml").needsShell());
        assertFalse(plan(true, "WEB-INF/solr/configsets/default/conf/schema.xml").solrConfigurationChanged(),
            "a first start indexes everything anyway");
        assertFalse(plan(false).solrConfigurationChanged());
    }
}
