package org.portalkit.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class DemoImageTest {

    @Test
    void drawsARealJpegOfTheRequestedSize() throws Exception {
        byte[] jpeg = DemoImage.jpeg(640, 360, "Quang cảnh Hội nghị", 42);
        assertArrayEquals(new byte[] {(byte)0xFF, (byte)0xD8}, Arrays.copyOf(jpeg, 2), "JPEG start-of-image marker");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(640, decoded.getWidth());
        assertEquals(360, decoded.getHeight());
    }

    @Test
    void differentSeedsGiveDifferentPicturesAndTheSameSeedTheSame() throws Exception {
        assertArrayEquals(DemoImage.jpeg(100, 60, "", 1), DemoImage.jpeg(100, 60, "", 1));
        assertFalse(Arrays.equals(DemoImage.jpeg(100, 60, "", 1), DemoImage.jpeg(100, 60, "", 2)));
    }

    @Test
    void refusesAbsurdSizes() {
        assertThrows(IllegalArgumentException.class, () -> DemoImage.jpeg(10, 5000, "", 1));
    }
}
