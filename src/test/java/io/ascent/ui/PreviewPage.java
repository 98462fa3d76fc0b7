package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.PageInk;
import java.awt.image.BufferedImage;
import javafx.scene.image.ImageView;
import org.testfx.api.FxRobot;

/** The page the print preview shows, checked for what a printed plan page has. */
final class PreviewPage {

    private PreviewPage() {}

    /** The image in {@code #previewPage}, as pixels. */
    static BufferedImage shown(FxRobot robot) {
        return Screenshots.pixels(
                robot.lookup("#previewPage").queryAs(ImageView.class).getImage());
    }

    /**
     * A first page of a plan at preview size: portrait, the coloured title band with the plan's
     * name in white, and text in the body (see {@code PdfPlanWriterTest} for the measured shares).
     */
    static void assertFirstPageOfAPlan(BufferedImage page) {
        assertThat(page.getWidth()).as("page width").isGreaterThan(500);
        assertThat(page.getHeight()).as("page height").isGreaterThan(page.getWidth());
        assertThat(PageInk.share(page, 0, 0.2)).as("title band").isGreaterThan(0.8);
        assertThat(1 - PageInk.share(page, 0, 0.2))
                .as("white title in the band")
                .isGreaterThan(0.01);
        assertThat(PageInk.share(page, 0.3, 0.7)).as("body text").isBetween(0.01, 0.3);
    }
}
