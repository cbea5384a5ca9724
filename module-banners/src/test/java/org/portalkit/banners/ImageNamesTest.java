package org.portalkit.banners;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageNamesTest {

    @Test
    void rasterImagesOnly() {
        for (String ok : new String[] {"a.jpg", "a.JPEG", "b.png", "c.webp", "d.GIF", "a.svg.jpg"}) {
            assertTrue(ImageNames.isAllowed(ok), ok);
        }
        for (String bad : new String[] {null, "", "a", ".jpg", "a.svg", "a.SVGZ", "a.jpg.svg", "a.bmp", "a.html"}) {
            assertFalse(ImageNames.isAllowed(bad), bad);
        }
    }
}
