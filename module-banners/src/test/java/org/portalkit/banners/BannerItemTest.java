package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class BannerItemTest {

    private static BannerItem banner(String id, String title, int order, int weight) {
        return new BannerItem(id, title, title, "", "/img/" + id + ".jpg", "/click?id=" + id, false, order, weight, 0);
    }

    @Test
    void zonesAreOrderedByOrderThenVietnameseTitleThenId() {
        List<BannerItem> sorted = BannerItem.sorted(List.of(
            banner("6", "Tạp chí Cộng sản", 30, 1),
            banner("5", "Cổng Thông tin điện tử Chính phủ", 40, 1),
            banner("1", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 20, 1),
            banner("4", "Cổng Dịch vụ công Quốc gia", 10, 1),
            banner("3", "Đường dây nóng", 50, 1),
            banner("2", "Dân vận", 50, 1),
            banner("7", "Dân vận", 50, 1)));
        assertEquals(List.of("4", "1", "6", "5", "2", "7", "3"),
            sorted.stream().map(BannerItem::getId).collect(Collectors.toList()));
    }

    @Test
    void weightedChoiceFollowsTheWeights() {
        List<BannerItem> zone = List.of(banner("a", "A", 1, 1), banner("b", "B", 2, 3), banner("c", "C", 3, 6));
        assertEquals("a", BannerItem.chooseByWeight(zone, 0.0).getId());
        assertEquals("a", BannerItem.chooseByWeight(zone, 0.0999).getId());
        assertEquals("b", BannerItem.chooseByWeight(zone, 0.1).getId());
        assertEquals("b", BannerItem.chooseByWeight(zone, 0.3999).getId());
        assertEquals("c", BannerItem.chooseByWeight(zone, 0.4).getId());
        assertEquals("c", BannerItem.chooseByWeight(zone, 0.99999).getId());
        Map<String, Integer> counts = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            counts.merge(BannerItem.chooseByWeight(zone, random.nextDouble()).getId(), 1, Integer::sum);
        }
        assertEquals(10_000, counts.get("a"), 600);
        assertEquals(30_000, counts.get("b"), 900);
        assertEquals(60_000, counts.get("c"), 900);
    }

    @Test
    void aMissingImageAndExpiry() {
        BannerItem missing = new BannerItem("x", "T", "Alt", "", "", "", true, 1, 1, 1_700_000_000_000L);
        assertTrue(missing.isImageMissing());
        assertEquals(1_700_000_000_000L, missing.getUntil());
        assertFalse(banner("y", "T", 1, 1).isImageMissing());
    }
}
