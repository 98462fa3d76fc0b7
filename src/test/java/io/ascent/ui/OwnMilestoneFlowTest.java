package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.PlanDraft;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A PM adds a goal agreed with their manager as a milestone of their own, ticks it, and finds it
 * again, ticked and marked as theirs, after restarting Ascent; then edits and removes it, and
 * Ctrl+Z brings it back.
 */
class OwnMilestoneFlowTest {

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
        }
    }

    private void start() throws Exception {
        stage = running.start(() -> new AscentApp(db));
        steps.waitUntil(() -> robot.lookup("#nav-milestones").tryQuery().isPresent());
        robot.clickOn("#nav-milestones");
        steps.waitUntil(() -> steps.shown("#milestoneTree"));
    }

    /** Quits and starts Ascent again, on a fresh window. */
    private void restart() throws Exception {
        start();
    }

    private List<OwnMilestone> stored() {
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            return ctx.plans().open(planId).ownMilestones();
        }
    }

    private static String checkId(String milestoneId) {
        return "#check-" + milestoneId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private Label titleOf(String milestoneId) {
        Node check = robot.lookup(checkId(milestoneId)).query();
        return (Label) check.getParent().getChildrenUnmodifiable().get(1);
    }

    private Label badgeOf(String milestoneId) {
        Node check = robot.lookup(checkId(milestoneId)).query();
        // The level badge sits in its own fixed-width column, after the check box and the title.
        Parent column = (Parent) check.getParent().getChildrenUnmodifiable().get(2);
        return (Label) column.getChildrenUnmodifiable().get(0);
    }

    @Test
    void anOwnMilestoneIsAddedTickedAndStillThereAfterARestart() throws Exception {
        start();
        // PM -> Senior PM in Growth: 21 competencies at Senior PM, each "2 of 3": 21 x 2 = 42.
        assertThat(steps.readiness()).contains("(0 of 42 ");

        // when: next to a strategy milestone, the PM adds a goal of their own
        robot.clickOn(titleOf("product-strategy.senior-pm.1"));
        robot.clickOn("#addOwnButton");
        steps.waitUntil(() -> steps.shown("#ownTitle"));

        // then: the dialog starts in that competency and level and says what the milestone adds
        @SuppressWarnings("unchecked")
        ComboBox<Object> competency = robot.lookup("#ownCompetency").queryAs(ComboBox.class);
        assertThat(competency.getValue()).isNotNull();
        assertThat(steps.text("#ownCellHint"))
                // The cell needs 2 of its 3 milestones; a required one of the user's makes it 3 of 4.
                .isEqualTo("Product strategy and vision at Senior PM will need 3 of 4: "
                        + "this milestone is one more thing to do there.");
        Button add = robot.lookup("#formApply").queryButton();
        assertThat(add.isDisabled()).isTrue();
        robot.clickOn("#ownTitle").write("Led the pricing review agreed with my manager");
        robot.clickOn("#ownDescription").write("Quarterly review with finance; decision memo to the VP.");
        robot.interact(() -> Screenshots.save(robot.lookup("#ownTitle").query().getScene(), "own-milestone-dialog-en"));
        robot.clickOn(add);
        steps.waitUntil(() -> stored().size() == 1);
        String id = stored().get(0).id();
        steps.waitUntil(() -> robot.lookup(checkId(id)).tryQuery().isPresent());

        // then: it is in its competency, selected, marked as the user's, and one more milestone is needed
        steps.waitUntil(() -> steps.text("#detailsTitle").equals("Led the pricing review agreed with my manager"));
        assertThat(titleOf(id).getText()).isEqualTo("Led the pricing review agreed with my manager");
        assertThat(badgeOf(id).getText()).isEqualTo("Senior PM");
        assertThat(((Label) titleOf(id).getGraphic()).getText()).isEqualTo("Yours");
        steps.waitUntil(() -> steps.readiness().contains("(0 of 43 "));

        // when: it is ticked
        robot.clickOn(checkId(id));
        steps.waitUntil(() -> steps.text("#statusLabel").startsWith("Milestone done"));
        assertThat(steps.readiness()).contains("(1 of 43 ");
        robot.interact(() -> Screenshots.save(stage.getScene(), "own-milestone-ticked"));

        // then: after a restart it is still there, ticked and the user's
        restart();
        steps.waitUntil(() -> robot.lookup(checkId(id)).tryQuery().isPresent());
        assertThat(robot.lookup(checkId(id)).queryAs(CheckBox.class).isSelected())
                .isTrue();
        assertThat(((Label) titleOf(id).getGraphic()).getText()).isEqualTo("Yours");
        assertThat(steps.readiness()).contains("(1 of 43 ");
    }

    @Test
    void anOwnMilestoneIsEditedRemovedAndBroughtBackWithUndo() throws Exception {
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            ctx.ownMilestones()
                    .add(
                            planId,
                            new OwnMilestoneDraft(
                                    "analytical-skills",
                                    "senior-pm",
                                    "Taught SQL to the team",
                                    "",
                                    false,
                                    Optional.empty()));
        }
        String id = stored().get(0).id();
        start();
        // The checklist is long: search brings the milestone into view, as a user would.
        robot.clickOn("#milestoneSearch").write("SQL");
        steps.waitUntil(() -> robot.lookup(checkId(id)).tryQuery().isPresent());
        robot.clickOn(titleOf(id));
        steps.waitUntil(() -> steps.shown("#editOwnButton"));

        // when: it is made optional with a better title
        robot.clickOn("#editOwnButton");
        steps.waitUntil(() -> steps.shown("#ownTitle"));
        TextField title = robot.lookup("#ownTitle").queryAs(TextField.class);
        robot.interact(() -> title.setText("Taught SQL to the whole product team"));
        robot.clickOn("#ownOptional");
        assertThat(steps.text("#ownCellHint")).contains("will still need 2, now of 4");
        robot.clickOn("#formApply");
        steps.waitUntil(() -> stored().get(0).optional());

        // then: the list shows the new title and readiness no longer needs it
        steps.waitUntil(() -> titleOf(id).getText().equals("Taught SQL to the whole product team"));
        assertThat(steps.readiness()).contains("(0 of 42 ");
        assertThat(robot.lookup("#detailsTitle").queryAs(Label.class).getText())
                .isEqualTo("Taught SQL to the whole product team");

        // when: it is removed, then Ctrl+Z
        robot.clickOn("#removeOwnButton");
        steps.waitUntil(() -> stored().isEmpty());
        steps.waitUntil(() -> robot.lookup(checkId(id)).tryQuery().isEmpty());
        assertThat(steps.text("#statusLabel")).contains("Ctrl+Z");
        // (the search now finds nothing, so the list is empty; the focus is out of any text field)
        robot.clickOn("#milestoneSummary");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        // then: it is back, same id, still optional
        steps.waitUntil(() -> stored().size() == 1);
        assertThat(stored().get(0).id()).isEqualTo(id);
        assertThat(stored().get(0).optional()).isTrue();
        steps.waitUntil(() -> robot.lookup(checkId(id)).tryQuery().isPresent());
    }
}
