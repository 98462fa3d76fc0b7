package io.ascent.ui.plan;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Rendered PDF pages as JavaFX images, copied pixel by pixel so javafx-swing is not needed. */
final class PageImages {

    private PageImages() {}

    /** Safe to call off the JavaFX thread: the image is not yet part of a scene. */
    static Image toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] argb = page.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
