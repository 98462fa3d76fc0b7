package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "I got promoted": the PM marks their plan as reached, Ascent starts the next one from the new
 * level with their ratings, and the reached plan refuses every change with a clear message.
 */
class PromotionFlowTest {

    private static final String STRATEGY = "product-strategy.senior-pm.1";

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private final FlowSteps steps = new FlowSteps(robot);
    private Stage stage;
    private Path db;
    private long planId;

    @BeforeEach
    void createPlan() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        db = dir.resolve("ascent.db");
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            planId = ctx.plans()
                    .create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            PlanSnapshot view = ctx.plans().open(planId);
            ctx.plans().setStatus(planId, view.progressOf(STRATEGY), MilestoneStatus.DONE);
            ctx.assessments()
                    .save(
                            view,
                            "performance-metrics",
                            Optional.empty(),
                            Optional.of(new Rating("performance-metrics", "senior-pm", "Owns the growth metrics")));
        }
    }

    private List<Plan> plans() {
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            return ctx.plans().plans();
        }
    }

    @Test
    void aReachedPlanStartsTheNextOneAndRefusesChanges() throws Exception {
        stage = running.start(() -> new AscentApp(db));
        steps.waitUntil(() -> steps.shown("#readinessLabel"));

        // when: Plan > I got promoted...
        steps.planMenu("menu.plan.reached");
        steps.waitUntil(() -> steps.shown("#reachedNextName"));

        // then: Ascent offers the next level, same specialization: Senior PM is shared by both
        // tracks, so the first level of rank 4 in the ladder's order, Principal PM
        assertThat(steps.text("#reachedIntro")).isEqualTo("Congratulations! “Road to Senior PM” reached Senior PM.");
        assertThat(robot.lookup("#reachedStartNext").queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#reachedNextName").queryAs(TextField.class).getText())
                .isEqualTo("Road to Principal PM");
        assertThat(steps.text("#reachedCarry")).startsWith("Same specialization (Growth).");
        robot.interact(
                () -> Screenshots.save(robot.lookup("#reachedNextName").query().getScene(), "reached-dialog-en"));
        robot.clickOn("#formApply");

        // then: the next plan is open, from Senior PM, with the ratings as a starting point
        steps.waitUntil(
                () -> plans().size() == 2 && steps.text("#statusLabel").equals("Started “Road to Principal PM”."));
        Plan next = plans().stream()
                .filter(p -> p.name().equals("Road to Principal PM"))
                .findFirst()
                .orElseThrow();
        assertThat(next.currentLevelId()).isEqualTo("senior-pm");
        assertThat(next.targetLevelId()).isEqualTo("principal-pm");
        assertThat(next.specializationId()).isEqualTo("growth");
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            assertThat(ctx.assessments()
                            .ratings(next.id())
                            .get("performance-metrics")
                            .levelId())
                    .isEqualTo("senior-pm");
        }
        @SuppressWarnings("unchecked")
        ChoiceBox<Plan> chooser = robot.lookup("#planChooser").queryAs(ChoiceBox.class);
        steps.waitUntil(() -> chooser.getValue() != null && chooser.getValue().id() == next.id());
        assertThat(steps.shown("#reachedBanner")).isFalse();

        // when: the reached plan is opened again
        Plan reached = chooser.getItems().stream()
                .filter(p -> p.id() == planId)
                .findFirst()
                .orElseThrow();
        assertThat(chooser.getConverter().toString(reached)).isEqualTo("Road to Senior PM (reached)");
        robot.interact(() -> chooser.setValue(reached));
        steps.waitUntil(() -> steps.shown("#reachedBanner"));

        // then: it says it is kept as it was, check-ins are off, and a tick is refused in words
        assertThat(steps.text("#reachedBanner")).startsWith("Reached on ").contains("kept as it was");
        assertThat(robot.lookup("#checkInButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#nav-milestones");
        String other = "#check-product-strategy_senior-pm_2";
        steps.waitUntil(() -> robot.lookup(other).tryQuery().isPresent());
        robot.clickOn(other);
        steps.waitUntil(() -> steps.text("#statusLabel").contains("was reached on"));
        assertThat(steps.text("#statusLabel"))
                .contains("“Road to Senior PM” was reached on")
                .contains("kept as it was");
        assertThat(robot.lookup(other).queryAs(CheckBox.class).isSelected()).isFalse();
        robot.interact(() -> Screenshots.save(stage.getScene(), "reached-plan-refuses"));
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            PlanSnapshot view = ctx.plans().open(planId);
            assertThat(view.plan().isReached()).isTrue();
            assertThat(view.progressOf("product-strategy.senior-pm.2").isDone()).isFalse();
            assertThat(view.readiness().done()).isEqualTo(1);
        }
    }
}
