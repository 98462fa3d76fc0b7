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
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's pictures, taken from a realistic plan in light and dark. `./mvnw -Pscreenshots
 * verify` writes them to docs/images; a plain build writes them under target/screenshots/readme.
 */
class ReadmeScreenshotsTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private AscentApp app;
    private Stage stage;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void mainScreensOfARealisticPlan() throws Exception {
        Path db = dir.resolve("demo.db");
        DemoPlan.create(db);
        stage = AppFixture.freshStage();
        app = (AscentApp) FxToolkit.setupApplication(() -> new AscentApp(db));
        waitVisible("#dashboardPercent");
        Path out = Path.of(System.getProperty("readme.images", "target/screenshots/readme"));

        for (boolean dark : new boolean[] {false, true}) {
            String suffix = dark ? "-dark" : "";
            robot.interact(() -> Themes.apply(stage.getScene(), dark));
            robot.clickOn("#nav-dashboard");
            waitVisible("#dashboardPercent");
            save(out, "dashboard" + suffix);
            robot.clickOn("#nav-milestones");
            waitVisible("#milestoneTree");
            robot.clickOn(robot.lookup(".milestone-row.done").queryAll().stream()
                    .filter(Node::isVisible)
                    .findFirst()
                    .orElseThrow());
            waitVisible("#milestoneDetails");
            save(out, "milestones" + suffix);
            robot.clickOn("#nav-framework");
            WaitForAsyncUtils.waitForFxEvents();
            save(out, "framework" + suffix);
            robot.clickOn("#nav-plan");
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> robot.lookup("#previewPage")
                            .tryQueryAs(ImageView.class)
                            .map(v -> v.getImage() != null)
                            .orElse(false));
            save(out, "plan" + suffix);
        }
        printedPage(db, out);
        // The setup's ControlsFX SegmentedButton in the dark theme, for checking it renders.
        robot.clickOn("#newPlanButton");
        waitVisible("#setupName");
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

    private void waitVisible(String query) throws Exception {
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Path out, String name) {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(stage.getScene(), out, name));
    }
}
