package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.service.FrameworkService;
import io.ascent.service.PlanService;
import io.ascent.ui.milestones.MilestoneRow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The selected milestone stays selected while filters change, as long as it is listed; when a
 * filter hides it nothing is selected, so Space cannot tick a milestone the user did not choose.
 */
class MilestoneSelectionFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private Path db;
    private long planId;
    private List<Milestone> required;

    @BeforeEach
    void createPlan() throws Exception {
        db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            PlanService plans = new PlanService(
                    new SqlitePlanRepository(database),
                    new FrameworkService(new FrameworkReader()),
                    Clock.systemDefaultZone());
            planId = plans.create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            required = plans.open(planId).items();
        }
        running.start(() -> new AscentApp(db));
        Waits.until(() -> robot.lookup("#nav-milestones").tryQuery().isPresent());
        robot.clickOn("#nav-milestones");
        Waits.until(() ->
                robot.lookup("#milestoneTree").tryQuery().map(Node::isVisible).orElse(false));
    }

    private void clickRow(Milestone m) {
        Node check = robot.lookup("#check-" + m.id().replaceAll("[^A-Za-z0-9_-]", "_"))
                .query();
        robot.clickOn(check.getParent().getChildrenUnmodifiable().get(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private Optional<String> selectedTitle() {
        TreeView<MilestoneRow> tree = robot.lookup("#milestoneTree").queryAs(TreeView.class);
        TreeItem<MilestoneRow> item = tree.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(item)
                .map(TreeItem::getValue)
                .filter(v -> v instanceof MilestoneRow.ItemRow)
                .map(v -> ((MilestoneRow.ItemRow) v).milestone().title());
    }

    private String detailsTitle() {
        return robot.lookup("#detailsTitle").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private void choose(String comboId, int index) {
        ComboBox<Object> box = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long doneInDatabase() {
        return doneIds().size();
    }

    private List<String> doneIds() {
        try (Database second = Database.open(db)) {
            return new SqlitePlanRepository(second)
                    .progress(planId).values().stream()
                            .filter(MilestoneProgress::isDone)
                            .map(MilestoneProgress::milestoneId)
                            .toList();
        }
    }

    private String status() {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    @Test
    void clearingTheSearchKeepsTheSelectedMilestone() throws Exception {
        Milestone m = required.get(7);
        clickRow(m);
        String word = m.title().split(" ")[0].toLowerCase();

        // when: a search narrows the list around it, then is cleared
        robot.clickOn("#milestoneSearch").write(word);
        robot.interact(
                () -> robot.lookup("#milestoneSearch").queryAs(TextField.class).clear());
        WaitForAsyncUtils.waitForFxEvents();

        // then: the same milestone is selected and shown
        assertThat(selectedTitle()).contains(m.title());
        assertThat(detailsTitle()).isEqualTo(m.title());
    }

    @Test
    void tickingAndWritingEvidenceFromTheKeyboardKeepsTheMilestoneSelected() throws Exception {
        Milestone m = required.get(0);
        clickRow(m);

        // when: Space ticks it, Enter moves into the details, evidence is typed, Escape comes back
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTitle()).as("after Space").contains(m.title());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("Adopted by the VP.");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        // Leaving the field saves the evidence; the list is redrawn with it once it is saved.
        Waits.until(() -> "Saved.".equals(status()));

        // then: the same milestone is still selected, and Down then Space ticks the next one
        assertThat(selectedTitle()).as("after Escape").contains(m.title());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Waits.until(() -> doneInDatabase() == 2);
    }

    @Test
    void clearFiltersKeepsTheSelectedMilestone() throws Exception {
        Milestone m = required.get(4);
        clickRow(m);

        // when: a filter that still lists it is chosen, then cleared with the button's command
        choose("#specializationFilter", 1);
        robot.interact(
                () -> robot.lookup("#milestoneSearch").queryAs(TextField.class).setText("a"));
        robot.interact(
                () -> robot.lookup("#milestoneSearch").queryAs(TextField.class).clear());
        choose("#specializationFilter", 0);

        // then: still the same milestone
        assertThat(selectedTitle()).contains(m.title());
        assertThat(detailsTitle()).isEqualTo(m.title());
    }

    @Test
    void aFilterThatHidesTheSelectionLeavesNothingSelectedAndSpaceTicksNothing() throws Exception {
        // the first milestone of the second competency, hidden when only the first competency is listed
        String firstCompetency = required.get(0).competencyId();
        Milestone m = required.stream()
                .filter(x -> !x.competencyId().equals(firstCompetency))
                .findFirst()
                .orElseThrow();
        clickRow(m);

        // when: a competency filter hides it and Space is pressed on the list
        choose("#competencyFilter", 1);
        robot.interact(() -> robot.lookup("#milestoneTree").query().requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        // then: nothing is selected, the details pane says so, and nothing was ticked
        assertThat(selectedTitle()).isEmpty();
        assertThat(robot.lookup("#detailsPlaceholder").query().isVisible()).isTrue();

        // when: the filter is cleared, the milestone is listed again
        robot.clickOn("#milestoneSearch").write("zzz-no-match");
        robot.clickOn("#clearFiltersButton");
        WaitForAsyncUtils.waitForFxEvents();

        // then: it is the one selected again
        assertThat(selectedTitle()).contains(m.title());

        // and: Space now ticks it, and only it: saves run in order, so a tick the hidden Space had
        // asked for would be stored by now
        robot.interact(() -> robot.lookup("#milestoneTree").query().requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Waits.until(() -> !doneIds().isEmpty());
        assertThat(doneIds()).containsExactly(m.id());
    }
}
