package org.portalkit.runtime.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the JPEG pictures of the demo content at seed time (nothing is downloaded): a colour gradient, a
 * few shapes suggesting a conference room, and a caption.
 */
public final class DemoImage {

    private DemoImage() {
    }

    /**
     * @param width the width in pixels (16–4000)
     * @param height the height in pixels (16–4000)
     * @param caption the text drawn on the picture, may be empty
     * @param seed varies colours and shapes between pictures
     * @return the JPEG bytes
     * @throws IOException if encoding fails
     */
    public static byte[] jpeg(int width, int height, String caption, long seed) throws IOException {
        if (width < 16 || height < 16 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException("Image size out of range: " + width + "x" + height);
        }
        java.util.Random random = new java.util.Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color top = new Color(30 + random.nextInt(60), 70 + random.nextInt(80), 120 + random.nextInt(100));
            Color bottom = new Color(200 + random.nextInt(40), 190 + random.nextInt(40), 160 + random.nextInt(60));
            g.setPaint(new GradientPaint(0, 0, top, 0, height, bottom));
            g.fillRect(0, 0, width, height);
            // a stage and rows of seats
            g.setColor(new Color(120, 30, 30));
            g.fillRect(width / 8, height / 6, width * 3 / 4, height / 5);
            g.setColor(new Color(250, 220, 80));
            g.fillRect(width / 8, height / 6 + height / 5 - height / 40, width * 3 / 4, height / 40);
            g.setColor(new Color(40, 40, 60));
            int rows = 4 + random.nextInt(3);
            for (int row = 0; row < rows; row++) {
                int y = height / 2 + row * height / (rows * 3);
                for (int seat = 0; seat < 16; seat++) {
                    int x = width / 10 + seat * (width * 8 / 10) / 16;
                    g.fillOval(x, y, Math.max(4, width / 40), Math.max(4, height / 30));
                }
            }
            if ((caption != null) && !caption.isEmpty()) {
                g.setColor(new Color(0, 0, 0, 140));
                g.fillRect(0, height - height / 8, width, height / 8);
                g.setColor(Color.WHITE);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 18)));
                g.drawString(caption, width / 30, height - height / 30);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpg", out)) {
            throw new IOException("No JPEG writer available");
        }
        return out.toByteArray();
    }
}
