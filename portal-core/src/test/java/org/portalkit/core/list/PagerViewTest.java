package org.portalkit.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PagerViewTest {

    @Test
    void linksArePagesQueryStringsAfterThePagesOwnLink() {
        ListRequestState state = ListRequestState.parse(Map.of("page", new String[] {"2"}));
        PagerView pager = PagerView.of(PageLinks.of(state, 12), "/tin-tuc/");
        assertEquals("/tin-tuc/", pager.getPrevious().getHref(), "page 1 has no query");
        assertEquals("/tin-tuc/?page=3", pager.getNext().getHref());
        assertEquals("/tin-tuc/?page=12", pager.getLast().getHref());
        assertEquals(PageLinks.WINDOW, pager.getPages().size());
        assertTrue(pager.getPages().get(1).isCurrent());
        assertTrue(pager.isNeeded());
        assertFalse(pager.isNofollow());
    }

    @Test
    void oneOrNoPageNeedsNoPager() {
        PagerView pager = PagerView.of(PageLinks.of(ListRequestState.firstPage(), 1), "/");
        assertFalse(pager.isNeeded());
        assertNull(pager.getNext());
        assertNull(pager.getPrevious());
    }

    @Test
    void selectionsStayInTheLinks() {
        ListRequestState state = ListRequestState.parse(Map.of("cat", new String[] {"a/"}, "year",
            new String[] {"2021"}));
        PagerView pager = PagerView.of(PageLinks.of(state, 3), "/x/");
        assertEquals("/x/?cat=a%2F&year=2021&page=2", pager.getNext().getHref());
        assertTrue(pager.isNofollow());
    }
}
