package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.ui.shell.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
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
            robot.clickOn(robot.lookup(".milestone-row.done").queryAll().stream().filter(Node::isVisible)
                    .findFirst().orElseThrow());
            waitVisible("#milestoneDetails");
            save(out, "milestones" + suffix);
            robot.clickOn("#nav-framework");
            WaitForAsyncUtils.waitForFxEvents();
            save(out, "framework" + suffix);
        }

        assertThat(out.resolve("dashboard.png")).exists();
        assertThat(Files.size(out.resolve("milestones-dark.png"))).isGreaterThan(10_000);
    }

    private void waitVisible(String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Path out, String name) {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(stage.getScene(), out, name));
    }
}
