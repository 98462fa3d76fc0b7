package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.service.ExportFormat;
import io.ascent.ui.shell.Themes;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's pictures, taken from a realistic plan in light and dark. `./mvnw -Pscreenshots
 * verify` writes them to docs/images; a plain build writes them under target/screenshots/readme.
 * Each picture is checked for what it is meant to show: its texts are in the scene graph, and no
 * text lies outside the window.
 */
class ReadmeScreenshotsTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void mainScreensOfARealisticPlan() throws Exception {
        Path db = dir.resolve("demo.db");
        DemoPlan.create(db);
        stage = running.start(() -> new AscentApp(db));
        Waits.untilShown(robot, "#dashboardPercent");
        Path out = Path.of(System.getProperty("readme.images", "target/screenshots/readme"));

        for (boolean dark : new boolean[] {false, true}) {
            String suffix = dark ? "-dark" : "";
            robot.interact(() -> Themes.apply(stage.getScene(), dark));
            robot.clickOn("#nav-dashboard");
            Waits.untilShown(robot, "#dashboardPercent");
            assertThat(save(out, "dashboard" + suffix)).contains(DemoPlan.NAME).anyMatch(t -> t.matches("\\d+%"));
            robot.clickOn("#nav-milestones");
            Waits.untilShown(robot, "#milestoneTree");
            robot.clickOn(robot.lookup(".milestone-row.done").queryAll().stream()
                    .filter(Node::isVisible)
                    .findFirst()
                    .orElseThrow());
            Waits.untilShown(robot, "#milestoneDetails");
            String title = robot.lookup("#detailsTitle").queryLabeled().getText();
            assertThat(title).isNotBlank();
            assertThat(save(out, "milestones" + suffix)).contains(title);
            robot.clickOn("#nav-framework");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(save(out, "framework" + suffix)).contains("Senior PM", "Associate PM");
            robot.clickOn("#nav-plan");
            Waits.until(() -> robot.lookup("#previewPage")
                    .tryQueryAs(ImageView.class)
                    .map(v -> v.getImage() != null)
                    .orElse(false));
            PreviewPage.assertFirstPageOfAPlan(PreviewPage.shown(robot));
            save(out, "plan" + suffix);
        }
        printedPage(db, out);
        // The setup's ControlsFX SegmentedButton in the dark theme, for checking it renders.
        robot.clickOn("#newPlanButton");
        Waits.untilShown(robot, "#setupName");
        robot.clickOn("#current-pm").clickOn("#spec-growth");
        save(Path.of(System.getProperty("screenshots.dir", "target/screenshots")), "setup-dark");

        assertThat(out.resolve("dashboard.png")).exists();
        assertThat(out.resolve("printed-page.png")).exists();
        assertThat(Files.size(out.resolve("milestones-dark.png"))).isGreaterThan(10_000);
    }

    /** Page 2 of the exported PDF (summary and radar), as the manager will see it. */
    private static void printedPage(Path db, Path out) throws Exception {
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            long planId = ctx.plans().plans().get(0).id();
            byte[] pdf = ctx.exports().render(planId, ExportFormat.PDF, false);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(1, 110);
                Files.createDirectories(out);
                ImageIO.write(page, "png", out.resolve("printed-page.png").toFile());
            }
        }
    }

    /** Saves the picture once no text lies outside the window; returns the texts it shows. */
    private List<String> save(Path out, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        List<List<String>> shown = new ArrayList<>();
        robot.interact(() -> {
            assertThat(InWindow.outside(stage.getScene()))
                    .as("texts outside the window in " + name)
                    .isEmpty();
            shown.add(InWindow.texts(stage.getScene()));
            Screenshots.save(stage.getScene(), out, name);
        });
        return shown.get(0);
    }
}
