package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ZoneConfigTest {

    @Test
    void defaultsWithoutProperty() {
        for (String property : new String[] {null, "", "  "}) {
            ZoneConfig config = ZoneConfig.parse(property);
            assertEquals(List.of("header", "sidebar", "footer"), List.copyOf(config.zones().keySet()));
            assertEquals(new ZoneConfig.Zone("header", 1200, 150, ZoneConfig.Mode.ORDER), config.zone("header"));
            assertEquals(new ZoneConfig.Zone("sidebar", 300, 100, ZoneConfig.Mode.ORDER), config.zone("sidebar"));
            assertEquals(new ZoneConfig.Zone("footer", 1200, 100, ZoneConfig.Mode.ORDER), config.zone("footer"));
            assertEquals(0, config.ignored());
        }
    }

    @Test
    void thePropertyReplacesAndAddsZones() {
        ZoneConfig config = ZoneConfig.parse(" header:1000x120:rotate , sidebar:280x90:order,doi-tac:200x80 ");
        assertEquals(new ZoneConfig.Zone("header", 1000, 120, ZoneConfig.Mode.ROTATE), config.zone("header"));
        assertTrue(config.zone("header").isRotate());
        assertEquals("rotate", config.zone("header").getModeName());
        assertEquals(new ZoneConfig.Zone("sidebar", 280, 90, ZoneConfig.Mode.ORDER), config.zone("sidebar"));
        assertEquals(new ZoneConfig.Zone("doi-tac", 200, 80, ZoneConfig.Mode.ORDER), config.zone("doi-tac"));
        // bean getters for the JSP
        assertEquals("doi-tac", config.zone("doi-tac").getName());
        assertEquals(200, config.zone("doi-tac").getWidth());
        assertEquals(80, config.zone("doi-tac").getHeight());
        assertEquals("order", config.zone("doi-tac").getModeName());
        assertEquals(new ZoneConfig.Zone("footer", 1200, 100, ZoneConfig.Mode.ORDER), config.zone("footer"));
        assertEquals(List.of("header", "sidebar", "footer", "doi-tac"), List.copyOf(config.zones().keySet()));
    }

    @Test
    void badEntriesAreIgnoredTheRestIsKept() {
        ZoneConfig config = ZoneConfig.parse("Header:10x10,sidebar:0x100,sidebar:2501x100,a:10x,b:x10,c:10x10:spin,"
            + "d:10x10:order:x,e,f:1e3x10,g:-1x10,ok:10x20:rotate,h:10X10,,i:10x10x10");
        assertEquals(12, config.ignored());
        assertEquals(new ZoneConfig.Zone("ok", 10, 20, ZoneConfig.Mode.ROTATE), config.zone("ok"));
        assertEquals(300, config.zone("sidebar").width());
        assertEquals(2500, ZoneConfig.parse("big:2500x2500").zone("big").width());
    }

    @Test
    void unconfiguredZonesGetTheFallbackSizeAndInvalidNamesNone() {
        assertEquals(new ZoneConfig.Zone("partners", 300, 100, ZoneConfig.Mode.ORDER),
            ZoneConfig.parse(null).zone("partners"));
        for (String bad : new String[] {null, "", "Header", "1x", "a b", "a".repeat(41), "<script>", "side_bar",
            " sidebar"}) {
            assertNull(ZoneConfig.parse(null).zone(bad), bad);
        }
    }

    @Test
    void theModeSettingOverridesTheConfiguredMode() {
        ZoneConfig.Zone sidebar = ZoneConfig.parse(null).zone("sidebar");
        assertEquals(ZoneConfig.Mode.ROTATE, sidebar.withMode("rotate").mode());
        assertEquals(300, sidebar.withMode("rotate").width());
        assertEquals(ZoneConfig.Mode.ORDER, sidebar.withMode("rotate").withMode("order").mode());
        for (String other : new String[] {null, "", "ROTATE", "random", " rotate"}) {
            assertEquals(sidebar, sidebar.withMode(other), other);
        }
    }

    @Test
    void atMostThirtyZonesAndFourThousandCharacters() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            many.append("z").append(i).append(":10x10,");
        }
        ZoneConfig config = ZoneConfig.parse(many.toString());
        assertEquals(33, config.zones().size());
        assertEquals(10, config.ignored());
        ZoneConfig tooLong = ZoneConfig.parse("a:10x10," + "x".repeat(4000));
        assertFalse(tooLong.zones().containsKey("a"));
        assertEquals(1, tooLong.ignored());
    }
}
