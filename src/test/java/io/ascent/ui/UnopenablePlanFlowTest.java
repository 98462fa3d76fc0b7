package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A plan whose career ladder is not installed is explained, and the other plans stay usable. */
class UnopenablePlanFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private Path db;

    @BeforeEach
    void twoPlansOneOnAMissingLadder() throws Exception {
        db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            var repo = new SqlitePlanRepository(database);
            long orphan = repo.create(
                            new PlanDraft(
                                    "Acme ladder plan", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now())
                    .id();
            repo.create(
                    new PlanDraft("Working plan", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                    Instant.now());
            database.withConnection(c -> {
                try (var st = c.prepareStatement("UPDATE plan SET framework_id = 'acme' WHERE id = ?")) {
                    st.setLong(1, orphan);
                    return st.executeUpdate();
                }
            });
        }
        stage = running.start(() -> new AscentApp(db));
    }

    @Test
    void theProblemIsExplainedAndAnotherPlanCanBeChosen() throws Exception {
        Waits.until(() ->
                robot.lookup("#unopenedReason").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#unopenedReason").queryAs(Label.class).getText())
                .contains("'acme', which is not installed");
        robot.interact(() -> Screenshots.save(stage.getScene(), "unopened-plan"));

        robot.clickOn("#planChooser").clickOn("Working plan");

        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Working plan"));
        @SuppressWarnings("unchecked")
        ChoiceBox<Plan> chooser = robot.lookup("#planChooser").queryAs(ChoiceBox.class);

        // when: the broken plan is chosen again while a plan is open
        robot.clickOn(chooser).clickOn("Acme ladder plan");

        // then: the open plan stays open and named in the chooser
        Waits.until(
                () -> chooser.getValue() != null && chooser.getValue().name().equals("Working plan"));
        assertThat(stage.getTitle()).isEqualTo("Ascent \u2014 Working plan");
    }
}
