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
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Several plans in one database: switch between them, rename one, delete with confirmation. */
class PlanManagementFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private Path db;

    @BeforeEach
    void startWithTwoPlans() throws Exception {
        db = dir.resolve("ascent.db");
        try (Database database = Database.open(db)) {
            var repo = new SqlitePlanRepository(database);
            repo.create(
                    new PlanDraft("Alpha plan", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                    Instant.now());
            repo.create(
                    new PlanDraft("Beta plan", "pm-default", "senior-pm", "director", "monetization", Optional.empty()),
                    Instant.now());
        }
        stage = running.start(() -> new AscentApp(db));
        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Alpha plan"));
    }

    private String storedNames() {
        try (Database database = Database.open(db)) {
            return String.join(
                    ",",
                    new SqlitePlanRepository(database)
                            .findAll().stream().map(Plan::name).toList());
        }
    }

    @Test
    void choosingAnotherPlanOpensIt() throws Exception {
        @SuppressWarnings("unchecked")
        ChoiceBox<Plan> chooser = robot.lookup("#planChooser").queryAs(ChoiceBox.class);

        robot.clickOn(chooser);
        Waits.until(
                () -> robot.lookup("Beta plan").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .findFirst()
                .ifPresent(popup -> Screenshots.save(popup.getScene(), "plan-chooser-open")));
        robot.clickOn("Beta plan");

        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Beta plan"));
        assertThat(chooser.getValue().name()).isEqualTo("Beta plan");
    }

    @Test
    void theKeyboardChoosesAPlanToo() throws Exception {
        @SuppressWarnings("unchecked")
        ChoiceBox<Plan> chooser = robot.lookup("#planChooser").queryAs(ChoiceBox.class);
        String other = chooser.getValue().name().equals("Alpha plan") ? "Beta plan" : "Alpha plan";

        robot.interact(chooser::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        Waits.until(chooser::isShowing);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.UP).release(KeyCode.UP);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 " + other));
        assertThat(chooser.getValue().name()).isEqualTo(other);
    }

    @Test
    void renameAsksForTheNewNameAndStoresIt() throws Exception {
        robot.clickOn("#renamePlanButton");
        Waits.until(() -> robot.lookup("#textDialogInput").tryQuery().isPresent());
        robot.doubleClickOn("#textDialogInput")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Road to Senior PM \u2728").press(KeyCode.ENTER).release(KeyCode.ENTER);

        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Road to Senior PM \u2728"));
        assertThat(storedNames()).isEqualTo("Beta plan,Road to Senior PM \u2728");
    }

    @Test
    void deleteAsksFirstAndCancelKeepsThePlan() throws Exception {
        robot.clickOn("#deletePlanButton");
        Waits.until(() -> robot.lookup("Cancel").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedNames()).isEqualTo("Alpha plan,Beta plan");

        robot.clickOn("#deletePlanButton");
        Waits.until(() ->
                robot.lookup("Delete plan").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("Delete plan");

        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Beta plan"));
        assertThat(storedNames()).isEqualTo("Beta plan");
    }
}
