package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Window size, position and the last plan survive a restart. */
class RememberedStateFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    private void waitForTitle(String title) throws Exception {
        Waits.until(() -> stage.getTitle().equals(title));
    }

    @Test
    void windowBoundsAndLastPlanSurviveARestart() throws Exception {
        Path db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            var repo = new SqlitePlanRepository(database);
            repo.create(
                    new PlanDraft("Alpha", "pm-default", "pm", "senior-pm", "growth", Optional.empty()), Instant.now());
            repo.create(
                    new PlanDraft("Beta", "pm-default", "pm", "director", "growth", Optional.empty()), Instant.now());
        }
        stage = running.start(() -> new AscentApp(db));
        waitForTitle("Ascent \u2014 Alpha");

        // when: the user moves and resizes the window, opens Beta and quits
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(980);
            stage.setHeight(640);
        });
        robot.clickOn("#planChooser").clickOn("Beta");
        waitForTitle("Ascent \u2014 Beta");
        running.stop();
        robot.interact(() -> {
            stage.setWidth(500);
            stage.setHeight(400);
        });

        // then: the next start restores both
        stage = running.startKeepingStage(() -> new AscentApp(db));
        waitForTitle("Ascent \u2014 Beta");
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getWidth()).isEqualTo(980);
        assertThat(stage.getHeight()).isEqualTo(640);
    }

    @Test
    void aReachedPlanLastOpenedGivesWayToThePlanStartedAfterItOnTheNextStart() throws Exception {
        Path db = dir.resolve("promoted.db");
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            Plan road = ctx.plans()
                    .create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
            ctx.promotions().markReached(road.id(), LocalDate.now());
            ctx.promotions()
                    .startNext(
                            road.id(),
                            new PlanDraft(
                                    "Road to Principal PM",
                                    "pm-default",
                                    "senior-pm",
                                    "principal-pm",
                                    "growth",
                                    Optional.empty()));
        }
        stage = running.start(() -> new AscentApp(db));
        Waits.until(() -> stage.getTitle().startsWith("Ascent \u2014 Road to"));

        // when: the user looks at the reached plan last, and quits
        robot.clickOn("#planChooser").clickOn(I18n.t("shell.plan.reached", "Road to Senior PM"));
        waitForTitle("Ascent \u2014 Road to Senior PM");
        running.stop();

        // then: the next start opens the plan under way, not the frozen one
        stage = running.startKeepingStage(() -> new AscentApp(db));
        waitForTitle("Ascent \u2014 Road to Principal PM");
    }
}
