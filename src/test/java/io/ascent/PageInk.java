package io.ascent;

import java.awt.image.BufferedImage;

/**
 * How much of a rendered page is printed on: the share of pixels clearly darker than paper. A
 * blank page has none; a page of the plan has its text and tables spread over the sheet.
 */
public final class PageInk {

    /** Darker than this (luminance, 0-255) counts as ink; paper, pale shading and haze do not. */
    private static final int PAPER = 200;

    private PageInk() {}

    /** Share (0 to 1) of {@code argb} pixels that are ink. */
    public static double share(int[] argb) {
        long ink = 0;
        for (int pixel : argb) {
            int red = (pixel >> 16) & 0xff;
            int green = (pixel >> 8) & 0xff;
            int blue = pixel & 0xff;
            if ((red * 299 + green * 587 + blue * 114) / 1000 < PAPER) {
                ink++;
            }
        }
        return argb.length == 0 ? 0 : (double) ink / argb.length;
    }

    public static double share(BufferedImage image) {
        return share(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
    }

    /** Share of ink in the rows from {@code top} to {@code bottom} (fractions of the height). */
    public static double share(BufferedImage image, double top, double bottom) {
        int from = (int) (image.getHeight() * top);
        int to = (int) (image.getHeight() * bottom);
        return share(image.getSubimage(0, from, image.getWidth(), to - from));
    }
}
