package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.MilestoneStatus;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A new user sets up a plan, ticks two milestones, quits, starts again and finds the ticks. */
class FirstRunFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @BeforeEach
    void registerStage() throws Exception {
        stage = AppFixture.freshStage();
    }

    private void start(Path db) throws Exception {
        running.startKeepingStage(() -> new AscentApp(db));
    }

    private void waitFor(String query) throws Exception {
        Waits.until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<CheckBox> milestoneChecks() {
        return robot.lookup(".milestone-row .check-box").queryAllAs(CheckBox.class).stream()
                .filter(Node::isVisible)
                .toList();
    }

    private void screenshot(String name) {
        robot.interact(() -> Screenshots.save(stage.getScene(), name));
    }

    @Test
    void ticksSurviveARestart() throws Exception {
        Path db = dir.resolve("ascent.db");
        start(db);

        // when: a new user fills in the guided setup
        waitFor("#setupName");
        Button create = robot.lookup("#createPlanButton").queryButton();
        assertThat(create.isDisabled()).isTrue();
        robot.clickOn("#setupName").write("Road to Senior PM");
        robot.clickOn("#current-pm");
        robot.clickOn("#target-senior-pm");
        robot.clickOn("#spec-growth");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isDisabled()).isFalse();
        screenshot("setup");
        // The second edition's longer level summaries push Create below the fold of the test window.
        robot.interact(
                () -> robot.lookup(".setup-view").queryAs(ScrollPane.class).setVvalue(1));
        robot.clickOn(create);

        // then: the plan opens on its dashboard with nothing done
        waitFor("#dashboardPercent");
        robot.clickOn("#nav-milestones");
        waitFor("#milestoneTree");
        ProgressBar bar = robot.lookup("#readinessBar").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).isZero();
        assertThat(stage.getTitle()).isEqualTo("Ascent \u2014 Road to Senior PM");

        // when: two milestones are ticked
        List<CheckBox> checks = milestoneChecks();
        assertThat(checks.size()).isGreaterThan(2);
        String first = checks.get(0).getId();
        String second = checks.get(1).getId();
        String third = checks.get(2).getId();
        robot.clickOn("#" + first);
        robot.clickOn("#" + second);
        Waits.until(() ->
                robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Milestone done"));

        // then: the readiness bar moved
        Label readiness = robot.lookup("#readinessLabel").queryAs(Label.class);
        assertThat(bar.getProgress()).isGreaterThan(0);
        assertThat(readiness.getTooltip().getText()).contains("(2 of ");
        assertThat(robot.lookup("#readinessCount").queryAs(Label.class).getText())
                .startsWith("2/");
        screenshot("first-run-milestones");

        // when: the app is closed and started again on the same file
        running.stop();
        try (Database database = Database.open(db)) {
            var repo = new SqlitePlanRepository(database);
            long id = repo.findAll().get(0).id();
            assertThat(repo.progress(id).values())
                    .filteredOn(p -> p.status() == MilestoneStatus.DONE)
                    .hasSize(2);
        }
        start(db);

        // then: both ticks are there
        waitFor("#dashboardPercent");
        robot.clickOn("#nav-milestones");
        waitFor("#milestoneTree");
        assertThat(robot.lookup("#" + first).queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#" + second).queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#" + third).queryAs(CheckBox.class).isSelected())
                .isFalse();
        assertThat(robot.lookup("#readinessLabel")
                        .queryAs(Label.class)
                        .getTooltip()
                        .getText())
                .contains("(2 of ");
    }

    @Test
    void aDamagedDatabaseIsExplainedInsteadOfOpened() throws Exception {
        Path db = dir.resolve("broken.db");
        Files.writeString(db, "not a database at all ".repeat(100));

        start(db);

        waitFor("#startupError");
        assertThat(robot.lookup("#startupError").queryAs(Label.class).getText()).contains("is not an Ascent database");
        screenshot("startup-error");
    }
}
