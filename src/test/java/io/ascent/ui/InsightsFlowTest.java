package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteAssessmentRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.ui.shell.Themes;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PM rates competencies, ticks a milestone and sees the dashboard follow; then checks in
 * twice and compares the two check-ins on the history page.
 */
class InsightsFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private final FlowSteps steps = new FlowSteps(robot);
    private Stage stage;

    private String lines(String query) {
        return robot.lookup(query).queryAs(VBox.class).getChildrenUnmodifiable().stream()
                .map(n -> n instanceof Label l
                        ? l.getText()
                        : n.lookupAll(".label").stream()
                                .map(x -> ((Label) x).getText())
                                .reduce("", (a, b) -> a + " " + b))
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private void screenshot(String name) {
        robot.interact(() -> Screenshots.save(stage.getScene(), name));
    }

    private FxRobotInterface clickRevealed(String query) {
        return Revealed.click(robot, query);
    }

    /**
     * The top open milestone on screen. The list recycles rows: one it keeps out of sight may come
     * first in the scene, so rows are taken in the order they are shown, inside the list's bounds.
     */
    private CheckBox firstOpenMilestone() {
        Bounds list = robot.lookup("#milestoneTree")
                .query()
                .localToScreen(robot.lookup("#milestoneTree").query().getLayoutBounds());
        return robot.lookup(".milestone-row .check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.isVisible() && !c.isSelected())
                .filter(c -> list.contains(
                        c.localToScreen(c.getLayoutBounds()).getCenterX(),
                        c.localToScreen(c.getLayoutBounds()).getCenterY()))
                .min(Comparator.comparingDouble(
                        c -> c.localToScreen(c.getLayoutBounds()).getMinY()))
                .orElseThrow();
    }

    private void checkIn(String note) throws Exception {
        robot.clickOn("#checkInButton");
        steps.waitFor("#textDialogInput");
        robot.clickOn("#textDialogInput").write(note).type(KeyCode.ENTER);
        steps.waitUntil(() -> steps.text("#statusLabel").startsWith("Checked in"));
    }

    @Test
    void ratingsTicksAndCheckInsShowOnTheDashboardAndInHistory() throws Exception {
        Path db = dir.resolve("ascent.db");
        stage = running.start(() -> new AscentApp(db));
        steps.waitFor("#setupName");
        robot.clickOn("#setupName").write("Road to Senior PM");
        robot.clickOn("#current-pm");
        robot.clickOn("#target-senior-pm");
        robot.clickOn("#spec-growth");
        // The second edition's longer level summaries push Create below the fold of the test window.
        robot.interact(
                () -> robot.lookup(".setup-view").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn("#createPlanButton");

        // then: the dashboard is the landing page and says how to get a radar
        steps.waitFor("#dashboardPercent");
        steps.waitUntil(() -> steps.text("#dashboardReadiness").startsWith("0 of "));
        assertThat(robot.lookup("#radarEmpty").queryAs(Label.class).isVisible()).isTrue();
        assertThat(steps.text("#dashboardPace"))
                .isEqualTo(
                        "No pace yet: a date is projected once at least 3 milestones are done over 14 days or more.");

        // when: three competencies are rated on the assessment page
        robot.clickOn("#nav-assessment");
        steps.waitFor("#rate-performance-metrics-senior-pm");
        clickRevealed("#rate-performance-metrics-senior-pm");
        clickRevealed("#rate-analytical-skills-senior-pm");
        clickRevealed("#rate-product-strategy-apm");
        steps.waitUntil(() -> steps.text("#assessmentSummary").startsWith("3 of 21"));
        steps.waitUntil(() -> steps.text("#statusLabel").equals("Rating saved."));
        clickRevealed("#justify-performance-metrics")
                .write("Ran the weekly KPI review")
                .type(KeyCode.ENTER);
        steps.waitUntil(() -> steps.text("#statusLabel").equals("Rating saved."));
        // a second click on the chosen level keeps it; "Clear rating" clears, and Ctrl+Z brings all back
        clickRevealed("#rate-performance-metrics-senior-pm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rate-performance-metrics-senior-pm")
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isTrue();
        clickRevealed("#clear-performance-metrics");
        steps.waitUntil(() -> steps.text("#assessmentSummary").startsWith("2 of 21"));
        assertThat(robot.lookup("#justify-performance-metrics")
                        .queryAs(TextField.class)
                        .getText())
                .isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        steps.waitUntil(() -> steps.text("#assessmentSummary").startsWith("3 of 21"));
        steps.waitUntil(() -> robot.lookup("#justify-performance-metrics")
                .queryAs(TextField.class)
                .getText()
                .equals("Ran the weekly KPI review"));
        robot.interact(
                () -> robot.lookup("#assessmentView").queryAs(ScrollPane.class).setVvalue(0));
        screenshot("assessment");

        // then: the radar shows them and the biggest gap is the competency rated lowest
        robot.clickOn("#nav-dashboard");
        steps.waitFor("#radarChart");
        steps.waitUntil(() -> steps.text("#radarSummary").startsWith("2 of 21 competencies at Senior PM"));
        assertThat(lines("#dashboardGaps")).contains("Product strategy and vision: Associate PM, 2 levels to go");
        assertThat(lines("#dashboardNextSteps")).contains("Product strategy and vision is two levels below Senior PM");

        // when: a milestone is ticked
        robot.clickOn("#nav-milestones");
        steps.waitFor("#milestoneTree");
        robot.clickOn(firstOpenMilestone());
        steps.waitUntil(() -> steps.text("#statusLabel").startsWith("Milestone done"));

        // then: readiness, pace and activity follow
        robot.clickOn("#nav-dashboard");
        steps.waitUntil(() -> steps.text("#dashboardReadiness").startsWith("1 of "));
        // one tick on the first day is no pace to project from: the dashboard says what it needs
        assertThat(steps.text("#dashboardPace"))
                .isEqualTo("1 milestone done in the last 90 days. "
                        + "A date is projected once at least 3 are done over 14 days or more.");
        assertThat(steps.text("#dashboardProjection")).isEmpty();
        assertThat(lines("#dashboardActivity")).contains("Done: ");

        // when: the user checks in, rates one competency higher, ticks another milestone and checks in again
        checkIn("First look");
        robot.clickOn("#nav-assessment");
        steps.waitFor("#rate-product-strategy-pm");
        clickRevealed("#rate-product-strategy-pm");
        steps.waitUntil(() -> steps.text("#statusLabel").equals("Rating saved."));
        robot.clickOn("#nav-milestones");
        steps.waitFor("#milestoneTree");
        robot.clickOn(firstOpenMilestone());
        steps.waitUntil(() -> steps.text("#statusLabel").startsWith("Milestone done"));
        checkIn("After the KPI review");

        // then: history lists both and compares them
        robot.clickOn("#nav-history");
        steps.waitFor("#readinessChart");
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#checkInList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(lines("#compareMoves")).contains("Product strategy and vision: Associate PM \u2192 Product Manager");
        VBox completed = robot.lookup("#compareCompleted").queryAs(VBox.class);
        assertThat(completed.getChildren()).hasSize(1);
        assertThat(((Label) completed.getChildren().get(0)).getText()).startsWith("\u2022 ");
        screenshot("history");

        robot.clickOn("#nav-dashboard");
        steps.waitUntil(() -> lines("#dashboardActivity").contains("Checked in at"));
        screenshot("dashboard");
        robot.interact(
                () -> robot.lookup(".dashboard-view").queryAs(ScrollPane.class).setVvalue(1));
        screenshot("dashboard-lower");
        robot.interact(() -> {
            robot.lookup(".dashboard-view").queryAs(ScrollPane.class).setVvalue(0);
            Themes.apply(stage.getScene(), true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("dashboard-dark");
        robot.interact(() -> Themes.apply(stage.getScene(), false));

        // and: the ratings are in the database
        running.stop();
        try (Database database = Database.open(db)) {
            long id = new SqlitePlanRepository(database).findAll().get(0).id();
            var ratings = new SqliteAssessmentRepository(database).ratings(id);
            assertThat(ratings).hasSize(3);
            assertThat(ratings.get("performance-metrics").justification()).isEqualTo("Ran the weekly KPI review");
            assertThat(ratings.get("product-strategy").levelId()).isEqualTo("pm");
        }
    }
}
