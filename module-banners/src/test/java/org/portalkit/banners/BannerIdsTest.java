package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BannerIdsTest {

    @Test
    void onlyExactUuids() {
        assertEquals("0dd42602-ec7f-394e-8c1d-100461138be3", BannerIds.parse("0DD42602-EC7F-394E-8C1D-100461138BE3"));
        for (String bad : new String[] {null, "", "x", " 0dd42602-ec7f-394e-8c1d-100461138be3",
            "0dd42602-ec7f-394e-8c1d-100461138be3 ", "0dd42602ec7f394e8c1d100461138be3",
            "0dd42602-ec7f-394e-8c1d-100461138bg3", "0dd42602-ec7f-394e-8c1d_100461138be3",
            "{dd42602-ec7f-394e-8c1d-100461138be3", "0dd42602-ec7f-394e-8c1d-100461138be3,https://evil.com",
            "../../../etc/passwd-00000000000000000", "0dd42602-ec7f-394e-8c1d-10046113８be3"}) {
            assertNull(BannerIds.parse(bad), bad);
        }
    }
}
