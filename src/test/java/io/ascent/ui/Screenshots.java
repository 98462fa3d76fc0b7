package io.ascent.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/** Saves a scene as a PNG under target/screenshots so the screens can be looked at without a display. */
public final class Screenshots {

    private Screenshots() {}

    /** Call on the JavaFX thread. Returns the written file. */
    public static Path save(Scene scene, String name) {
        return save(scene, Path.of(System.getProperty("screenshots.dir", "target/screenshots")), name);
    }

    /** Saves into {@code dir} instead of the default folder. */
    public static Path save(Scene scene, Path dir, String name) {
        BufferedImage buffered = pixels(scene.snapshot(null));
        Path file = dir.resolve(name + ".png");
        try {
            Files.createDirectories(dir);
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A JavaFX image as AWT pixels, to write or to inspect. */
    public static BufferedImage pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        return buffered;
    }
}
