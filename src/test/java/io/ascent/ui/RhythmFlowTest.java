package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.Cadence;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.PlanFixture;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan's rhythm in the window: the dashboard lists what falls due in the next two weeks, each
 * a link to the thing; Plan &gt; Rhythm changes the cadence and the list follows, after a restart too.
 */
class RhythmFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private AscentApp app;
    private Path db;
    private Milestone dueSoon;

    @BeforeEach
    void planWithADueMilestone() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        stage = AppFixture.freshStage();
        db = dir.resolve("ascent.db");
        try (AppContext ctx = AppContext.open(db, PlanFixture.CLOCK)) {
            long id = ctx.plans()
                    .create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            PlanSnapshot view = ctx.plans().open(id);
            dueSoon = view.items().get(3);
            MilestoneProgress p = view.progressOf(dueSoon.id());
            ctx.plans()
                    .saveProgress(
                            id,
                            p,
                            p.withDueDate(Optional.of(ctx.rhythms().today().plusDays(5))));
        }
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private void start() throws Exception {
        app = (AscentApp) FxToolkit.setupApplication(() -> new AscentApp(db, PlanFixture.CLOCK));
        waitUntil(() -> robot.lookup("#upcoming-0").tryQuery().isPresent());
    }

    private void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
        stage = AppFixture.freshStage();
    }

    private void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> upcoming() {
        return robot.lookup("#upcomingRows .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(h -> h.getText() + " | "
                        + robot.lookup("#" + h.getId().replace("upcoming-", "upcomingWhen-"))
                                .queryAs(Label.class)
                                .getText())
                .toList();
    }

    private String status() {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    private void openRhythmDialog() {
        new FlowSteps(robot).planMenu("menu.plan.rhythm");
    }

    private void setSpinner(String id, int value) {
        robot.doubleClickOn(id).eraseText(3).write(String.valueOf(value));
    }

    @Test
    void theDashboardListsWhatFallsDueAndTheRhythmDialogChangesIt() throws Exception {
        start();

        // then: the milestone due in 5 days and the first 1:1 two weeks after the plan was made
        assertThat(upcoming())
                .containsExactly(
                        dueSoon.title() + " | in 5 days, Dec 3, 2026",
                        "1:1 with your manager | in 14 days, Dec 12, 2026");
        robot.interact(() -> Screenshots.save(stage.getScene(), "dashboard-upcoming"));

        // when: a check-in every week, no 1:1s
        openRhythmDialog();
        waitUntil(() ->
                robot.lookup("#cadenceCheckIn").tryQuery().map(Node::isVisible).orElse(false));
        setSpinner("#cadenceCheckIn", 1);
        robot.clickOn("#cadenceHasOneOnOne");
        robot.clickOn("#formApply");

        // then: the card follows at once
        waitUntil(() -> status().startsWith("Rhythm saved"));
        assertThat(status()).isEqualTo("Rhythm saved: check-in every week, no 1:1s, review every 6 months.");
        waitUntil(() -> upcoming().size() == 2 && upcoming().get(0).startsWith(dueSoon.title()));
        assertThat(upcoming())
                .containsExactly(dueSoon.title() + " | in 5 days, Dec 3, 2026", "Check-in | in 7 days, Dec 5, 2026");

        // when: the app starts again, and the milestone's row is clicked
        stop();
        start();
        assertThat(upcoming()).hasSize(2).last().asString().startsWith("Check-in");
        robot.clickOn("#upcoming-0");

        // then: the Milestones page shows that milestone
        waitUntil(() ->
                robot.lookup("#detailsTitle").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(() ->
                robot.lookup("#detailsTitle").queryAs(Label.class).getText().equals(dueSoon.title()));
        try (AppContext ctx = AppContext.open(db, PlanFixture.CLOCK)) {
            assertThat(ctx.rhythms().cadence(ctx.plans().plans().get(0).id()))
                    .isEqualTo(new Cadence(1, Optional.empty(), 6));
        }
    }

    @Test
    void cancellingTheRhythmDialogChangesNothing() throws Exception {
        start();
        openRhythmDialog();
        waitUntil(() ->
                robot.lookup("#cadenceReview").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#cadenceReview").queryAs(Spinner.class).getValue())
                .isEqualTo(6);
        setSpinner("#cadenceReview", 3);
        robot.clickOn("#formCancel");
        WaitForAsyncUtils.waitForFxEvents();

        try (AppContext ctx = AppContext.open(db, PlanFixture.CLOCK)) {
            assertThat(ctx.rhythms().cadence(ctx.plans().plans().get(0).id())).isEqualTo(Cadence.DEFAULT);
        }
    }
}
