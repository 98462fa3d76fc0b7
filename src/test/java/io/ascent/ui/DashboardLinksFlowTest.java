package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's next steps and gaps lead to their milestones; the next steps are seen without scrolling. */
class DashboardLinksFlowTest {

    @TempDir
    static Path dir;

    private static Path demo;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeAll
    static void createDemoPlan() {
        demo = dir.resolve("demo.db");
        DemoPlan.create(demo);
    }

    private Node firstRow(String listId) throws Exception {
        Waits.until(() -> robot.lookup(listId + " .link-row").tryQuery().isPresent());
        return robot.lookup(listId + " .link-row").query();
    }

    private static String titleOf(Node row) {
        return ((Label) ((VBox) row).getChildren().get(0)).getText();
    }

    private void start() throws Exception {
        stage = running.start(() -> new AscentApp(demo));
        Waits.until(() -> robot.lookup("#dashboardPercent").tryQuery().isPresent());
    }

    @Test
    void theFirstNextStepIsInViewAtTheDefaultSizeAndOpensItsMilestone() throws Exception {
        start();
        Node step = firstRow("#dashboardNextSteps");
        String title = titleOf(step);

        // then: the whole first step is on screen at 1120x760, without scrolling
        Bounds b = step.localToScene(step.getBoundsInLocal());
        assertThat(b.getMaxY()).isLessThan(stage.getScene().getHeight());
        robot.interact(() -> Screenshots.save(stage.getScene(), "dashboard-next-steps-in-view"));

        // when: it is clicked
        robot.clickOn(step);

        // then: the Milestones page shows that milestone, selected, with the keyboard on the list
        Waits.until(() ->
                robot.lookup("#detailsTitle").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText()).isEqualTo(title);
        Waits.until(() -> robot.lookup("#milestoneTree").query().isFocused());

        // and: the keyboard works on from there: Space ticks it, Enter, evidence, Escape, Down, Space ticks the next
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Waits.until(() ->
                robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Milestone done"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("Adopted by the VP.");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        // Leaving the field saves the evidence; the list is redrawn with it once it is saved.
        Waits.until(() ->
                robot.lookup("#statusLabel").queryAs(Label.class).getText().equals("Saved."));
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText()).isEqualTo(title);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText()).isNotEqualTo(title);
    }

    @Test
    void aGapOpensTheMilestonesOfItsCompetencyFromTheKeyboardToo() throws Exception {
        start();
        Node gap = firstRow("#dashboardGaps");
        String competency = titleOf(gap).substring(0, titleOf(gap).indexOf(':'));

        // when: the gap is reached with the keyboard and Enter pressed
        robot.interact(gap::requestFocus);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        // then: the milestones of that competency only
        Waits.until(() -> robot.lookup("#competencyFilter").tryQuery().isPresent());
        assertThat(String.valueOf(robot.lookup("#competencyFilter")
                        .queryAs(ComboBox.class)
                        .getValue()))
                .isEqualTo(competency);
        assertThat(robot.lookup("#milestoneSummary").queryAs(Label.class).getText())
                .startsWith("Showing ");
    }
}
