package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.Level;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A PM on the way to Senior PM decides to aim for Director: Plan > Edit plan... says what joins
 * the plan before it applies, progress stays, readiness is counted anew, and Ctrl+Z takes it back.
 */
class PlanEditFlowTest {

    private static final List<String> DONE = List.of(
            "product-strategy.senior-pm.1", "product-strategy.senior-pm.2", "roadmap-prioritization.senior-pm.1");

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final FlowSteps steps = new FlowSteps(robot);
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private Path db;
    private long planId;

    @BeforeEach
    void createPlanWithProgress() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        stage = AppFixture.freshStage();
        db = dir.resolve("ascent.db");
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            planId = ctx.plans()
                    .create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            PlanSnapshot view = ctx.plans().open(planId);
            for (String id : DONE) {
                ctx.plans().setStatus(planId, view.progressOf(id), MilestoneStatus.DONE);
            }
        }
    }

    private PlanSnapshot stored() {
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            return ctx.plans().open(planId);
        }
    }

    @Test
    void aimingForDirectorKeepsProgressRecountsReadinessAndUndoTakesItBack() throws Exception {
        running.startKeepingStage(() -> new AscentApp(db));
        // PM -> Senior PM in Growth: 21 cells x "2 of 3" = 42 needed. The two strategy milestones
        // fill that cell's two slots, the roadmap one a third: 3 of 42 (7%).
        steps.waitUntil(
                () -> steps.shown("#readinessLabel") && steps.readiness().contains("(3 of 42 "));

        // when: Plan > Edit plan..., target Director
        robot.clickOn(
                robot.from(robot.lookup("#mainMenu").queryAll()).lookup("Plan").<Node>query());
        robot.clickOn("Edit plan...");
        steps.waitUntil(() -> steps.shown("#editPlanTarget"));
        @SuppressWarnings("unchecked")
        ComboBox<Level> target = robot.lookup("#editPlanTarget").queryAs(ComboBox.class);
        assertThat(target.getValue().id()).isEqualTo("senior-pm");
        assertThat(robot.lookup("#formApply").queryButton().isDisabled()).isTrue();

        // An emptied name says why Apply is off (it used to leave the dialog silent)
        TextField name = robot.lookup("#editPlanName").queryAs(TextField.class);
        robot.interact(() -> name.setText(""));
        assertThat(steps.text("#editPlanSummary")).isEqualTo("Give the plan a name to apply the change.");
        assertThat(robot.lookup("#formApply").queryButton().isDisabled()).isTrue();
        robot.interact(() -> name.setText("Road to Senior PM"));

        robot.interact(() -> target.setValue(target.getItems().stream()
                .filter(l -> l.id().equals("director"))
                .findFirst()
                .orElseThrow()));

        // then: before anything is applied, the dialog says what joins the plan and what readiness becomes:
        // Group PM and Director join (management track), 21 x 3 = 63 milestones each, 126 in all;
        // 3 cells of 21 competencies x 2 needed = 126 needed, 3 of 126 is 2%
        assertThat(steps.text("#editPlanSummary"))
                .isEqualTo("126 milestones join the plan. Readiness 7% now, 2% after (3 of 126).");
        @SuppressWarnings("unchecked")
        ListView<String> changes = robot.lookup("#editPlanChanges").queryAs(ListView.class);
        assertThat(changes.getItems()).hasSize(126).first().asString().startsWith("+ ");
        robot.interact(() -> Screenshots.save(target.getScene(), "edit-plan-dialog-en"));
        robot.clickOn("#formApply");

        // then: the plan aims for Director, its three done milestones still done
        steps.waitUntil(() -> steps.readiness().contains("(3 of 126 "));
        Plan edited = stored().plan();
        assertThat(edited.targetLevelId()).isEqualTo("director");
        assertThat(DONE).allMatch(id -> stored().progressOf(id).isDone());
        assertThat(steps.text("#statusLabel")).isEqualTo("Changed “Road to Senior PM”.");

        // when: Ctrl+Z
        robot.clickOn("#nav-dashboard");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        // then: the plan aims for Senior PM again, readiness as before
        steps.waitUntil(() -> steps.readiness().contains("(3 of 42 "));
        assertThat(stored().plan().targetLevelId()).isEqualTo("senior-pm");
        assertThat(DONE).allMatch(id -> stored().progressOf(id).isDone());
    }
}
