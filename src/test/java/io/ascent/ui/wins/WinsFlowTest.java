package io.ascent.ui.wins;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.Win;
import io.ascent.service.PlanFixture;
import io.ascent.ui.DemoPlan;
import io.ascent.ui.FlowSteps;
import io.ascent.ui.InWindow;
import io.ascent.ui.RunningApp;
import io.ascent.ui.Screenshots;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PM logs a win from the dashboard with Ctrl+Shift+W, tags it with a competency and two
 * milestones, finds it on the Wins page and in both milestones' details, restarts Ascent and
 * finds it again.
 */
class WinsFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private final FlowSteps steps = new FlowSteps(robot);

    @SuppressWarnings("unchecked")
    private List<Win> listed() {
        return List.copyOf(robot.lookup("#winList").queryAs(ListView.class).getItems());
    }

    private void tick(String list, int index) {
        CheckBox box = robot.lookup(list + " .check-box").queryAllAs(CheckBox.class).stream()
                .filter(Node::isVisible)
                .skip(index)
                .findFirst()
                .orElseThrow();
        robot.clickOn(box);
    }

    @Test
    void aWinsDateThatIsNoDateIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        Path db = dir.resolve("ascent.db");
        DemoPlan.create(db);
        running.start(() -> new AscentApp(db));
        steps.waitFor("#dashboardPercent");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.W).release(KeyCode.SHIFT, KeyCode.CONTROL);
        steps.waitFor("#winTitle");
        robot.clickOn("#winTitle").write("Shipped search v3");
        DatePicker date = robot.lookup("#winDate").queryAs(DatePicker.class);
        robot.clickOn(date.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("31/02/2026");

        // when: Save with a date that does not exist
        robot.clickOn("#winSave");
        WaitForAsyncUtils.waitForFxEvents();

        // then: the dialog stays, the line beside the date says why, nothing is stored
        assertThat(robot.lookup("#winDateError").queryAs(Label.class).getText()).contains("31/02/2026");
        assertThat(date.getEditor().getText()).isEqualTo("31/02/2026");
        robot.interact(() -> Screenshots.save(date.getScene(), "win-date-refused"));
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(InWindow.truncated(date.getScene())));
        assertThat(cut).isEmpty();
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            assertThat(ctx.wins().wins(ctx.plans().plans().get(0).id())).isEmpty();
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aWinLoggedWithTagsCountsForTwoMilestonesAndSurvivesARestart() throws Exception {
        Path db = dir.resolve("ascent.db");
        DemoPlan.create(db);
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            PlanFixture.addWins(
                    ctx.plans(), ctx.wins(), ctx.plans().plans().get(0).id());
        }
        Stage stage = running.start(() -> new AscentApp(db));
        steps.waitFor("#dashboardPercent");
        // the dashboard lists the last wins
        steps.waitUntil(() -> robot.lookup("#dashboardWins .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("\u2014 " + PlanFixture.SECRET_WIN)));
        // ... the private one with the Wins page's "Private" badge, the others without
        assertThat(robot.lookup("#dashboardWins .badge").queryAllAs(Label.class))
                .singleElement()
                .satisfies(b -> assertThat(b.getText()).isEqualTo("Private"));

        // when: Ctrl+Shift+W on the dashboard, a title, impact, one competency and two milestones
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.W).release(KeyCode.SHIFT, KeyCode.CONTROL);
        steps.waitFor("#winTitle");
        robot.clickOn("#winTitle").write("Shipped search v3");
        robot.clickOn("#winMetric").write("Day-7 retention");
        robot.clickOn("#winBefore").write("31%");
        robot.clickOn("#winAfter").write("36%");
        tick("#winCompetencies", 0);
        tick("#winMilestones", 0);
        tick("#winMilestones", 1);
        robot.clickOn("#winSave");
        steps.waitUntil(() -> steps.text("#statusLabel").equals("Win saved."));
        steps.waitUntil(() -> robot.lookup("#dashboardWins .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("\u2014 Shipped search v3")));
        assertThat(robot.lookup("#dashboardWinNudge").queryAs(Label.class).isVisible())
                .isFalse();

        // then: the Wins page lists it with its impact and competency
        robot.clickOn("#nav-wins");
        steps.waitFor("#winList");
        assertThat(listed()).hasSize(5);
        assertThat(listed())
                .filteredOn(w -> w.title().equals("Shipped search v3"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.title()).isEqualTo("Shipped search v3");
                    assertThat(w.impact().before()).isEqualTo("31%");
                    assertThat(w.competencyIds()).containsExactly("product-strategy");
                    assertThat(w.milestoneIds()).hasSize(2);
                });
        assertThat(steps.text("#winCount")).isEqualTo("5 wins");
        robot.clickOn("#winSearch").write("nothing like it");
        steps.waitUntil(() -> listed().isEmpty());
        assertThat(steps.text("#winsEmpty")).isEqualTo("No win matches these filters.");
        robot.clickOn("#winClearFilters");
        steps.waitUntil(() -> listed().size() == 5);
        robot.interact(() -> Screenshots.save(stage.getScene(), "wins"));

        // and: after a restart it is still there, and counts for both milestones
        running.start(() -> new AscentApp(db));
        steps.waitFor("#dashboardPercent");
        robot.clickOn("#nav-wins");
        steps.waitFor("#winList");
        steps.waitUntil(() -> listed().size() == 5);
        List<String> milestones = listed().stream()
                .filter(w -> w.title().equals("Shipped search v3"))
                .findFirst()
                .orElseThrow()
                .milestoneIds();
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            long planId = ctx.plans().plans().get(0).id();
            assertThat(ctx.wins().wins(planId))
                    .hasSize(5)
                    .filteredOn(w -> w.title().equals("Shipped search v3"))
                    .singleElement()
                    .satisfies(w -> assertThat(w.milestoneIds()).isEqualTo(milestones));
        }
    }
}
