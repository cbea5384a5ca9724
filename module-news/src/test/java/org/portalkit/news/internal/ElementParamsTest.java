package org.portalkit.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Settings of an included element are what the page passed: OpenCms merges include parameters (first) with the
 * visitor's query string (after them); the visitor's values are taken away again.
 */
class ElementParamsTest {

    @Test
    void anIncludedElementIgnoresWhatOnlyTheVisitorSent() {
        // the landing page passes n=10&more=/tin-tuc/, the visitor adds ?folder=/nope/&n=9999&paging=true&page=2
        Map<String, String[]> visitor = Map.of("folder", new String[] {"/nope/"}, "n", new String[] {"9999"},
            "paging", new String[] {"true"}, "page", new String[] {"2"});
        Map<String, String[]> merged = Map.of("folder", new String[] {"/nope/"}, "n", new String[] {"10", "9999"},
            "more", new String[] {"/tin-tuc/"}, "paging", new String[] {"true"}, "page", new String[] {"2"});
        ElementParams params = new ElementParams(true, merged, visitor);
        assertNull(params.setting("folder"));
        assertNull(params.setting("paging"));
        assertEquals("10", params.setting("n"));
        assertEquals("/tin-tuc/", params.setting("more"));
        assertNull(params.setting("page"), "the page number is no setting");
        assertEquals("2", params.visitor("page"));
        assertNull(params.visitor("more"));
    }

    @Test
    void aPageValueEqualToTheVisitorsStillCounts() {
        Map<String, String[]> visitor = Map.of("n", new String[] {"10"});
        ElementParams params = new ElementParams(true, Map.of("n", new String[] {"10", "10"}), visitor);
        assertEquals("10", params.setting("n"));
        assertEquals(List.of("5"), ElementParams.pageValues(new String[] {"5", "10", "5"}, new String[] {"10", "5"}));
        assertEquals(List.of(), ElementParams.pageValues(new String[] {"x", "x"}, new String[] {"x", "x"}));
    }

    @Test
    void aJspRequestedDirectlyTakesTheRequestsParameters() {
        Map<String, String[]> request = Map.of("folder", new String[] {"/tin-tuc/"});
        ElementParams params = new ElementParams(false, request, request);
        assertEquals("/tin-tuc/", params.setting("folder"));
        assertEquals("/tin-tuc/", params.visitor("folder"));
        assertNull(params.setting("n"));
    }

    @Test
    void manyVisitorValuesAreSubtractedInLinearTime() {
        String[] sent = new String[200_000];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = "/v" + i + "/";
        }
        String[] merged = new String[sent.length + 1];
        merged[0] = "/tin-tuc/";
        System.arraycopy(sent, 0, merged, 1, sent.length);
        long start = System.nanoTime();
        assertEquals(List.of("/tin-tuc/"), ElementParams.pageValues(merged, sent));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(true, millis < 2000, millis + " ms");
    }
}
