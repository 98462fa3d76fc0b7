package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What is below a description stays put when the description changes, so a click lands where it was aimed. */
class SteadyLayoutFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    private double sceneY(String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    @Test
    void choosingLevelsAndASpecializationInTheSetupMovesNothingBelowThem() throws Exception {
        running.start(() -> new AscentApp(dir.resolve("setup.db")));
        Waits.until(
                () -> robot.lookup("#setupName").tryQuery().map(Node::isVisible).orElse(false));
        double spec = sceneY("#spec-growth");
        double date = sceneY("#setupTargetDate");

        for (String level : List.of("#current-apm", "#current-pm", "#current-group-pm", "#current-senior-pm")) {
            robot.clickOn(level);
            assertThat(sceneY("#spec-growth")).as("after %s", level).isEqualTo(spec);
        }
        for (String choice : List.of("#spec-growth", "#spec-user-experience", "#spec-monetization")) {
            robot.clickOn(choice);
            assertThat(sceneY("#setupTargetDate")).as("after %s", choice).isEqualTo(date);
        }
    }

    @Test
    void pointingAtTheLevelsOfACompetencyMovesNothingBelowThem() throws Exception {
        Path db = dir.resolve("rate.db");
        try (Database database = Database.open(db)) {
            new SqlitePlanRepository(database)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "director", "growth", Optional.empty()),
                            Instant.now());
        }
        running.start(() -> new AscentApp(db));
        Waits.until(() -> robot.lookup("#nav-assessment").tryQuery().isPresent());
        robot.clickOn("#nav-assessment");
        Waits.until(() -> robot.lookup("#rate-product-strategy-apm").tryQuery().isPresent());
        robot.interact(
                () -> robot.lookup(".assessment-view").queryAs(ScrollPane.class).setVvalue(0));
        double justification = sceneY("#justify-product-strategy");

        // Every level the card offers (the plan's track), the lowest to the highest.
        List<Node> levels =
                List.copyOf(robot.lookup("#rate-product-strategy").query().lookupAll(".level-picker .toggle-button"));
        assertThat(levels).hasSizeGreaterThanOrEqualTo(5);
        for (Node level : levels) {
            robot.moveTo(level);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(sceneY("#justify-product-strategy"))
                    .as("pointing at %s", level.getId())
                    .isEqualTo(justification);
        }
    }
}
