package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The three new dialogs (a milestone of your own, Edit plan, I got promoted) speak the chosen
 * language and fit on a 900x600 window; their pictures are saved under target/screenshots.
 */
class OwnPlanDialogsLanguageFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private final FlowSteps steps = new FlowSteps(robot);

    /** Saves the dialog holding {@code query}, checks it fits the window, and cancels it. */
    private void saveAndClose(Stage stage, String query, String applyLabel, String name) throws Exception {
        steps.waitUntil(() -> steps.shown(query));
        Scene dialog = robot.lookup(query).query().getScene();
        Button apply = robot.lookup("#formApply").queryButton();
        assertThat(apply.getText()).isEqualTo(applyLabel);
        Window window = dialog.getWindow();
        assertThat(window.getWidth()).isLessThanOrEqualTo(900);
        assertThat(window.getHeight()).isLessThanOrEqualTo(600);
        Bounds button = apply.localToScene(apply.getBoundsInLocal());
        assertThat(button.getMaxX()).isLessThanOrEqualTo(dialog.getWidth());
        robot.interact(() -> Screenshots.save(dialog, name));
        robot.clickOn("#formCancel");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            en,    Add milestone, Apply,   Mark as reached
            es,    Añadir hito,   Aplicar, Marcar como alcanzado
            zh-CN, 添加里程碑,     应用,     标记为已达成
            """)
    void theDialogsSpeakTheChosenLanguageAndFitA900By600Window(String tag, String add, String apply, String reached)
            throws Exception {
        Path db = dir.resolve(tag + ".db");
        AppFixture.growthPlan(db);
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(db));
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        steps.waitUntil(() -> steps.shown("#nav-milestones"));
        robot.clickOn("#nav-milestones");
        steps.waitUntil(() -> steps.shown("#addOwnButton"));

        robot.clickOn("#addOwnButton");
        saveAndClose(stage, "#ownTitle", add, "own-milestone-dialog-" + tag);

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        steps.waitUntil(() -> steps.shown("#ownTitle"));
        robot.clickOn("#formCancel");

        steps.planMenu("menu.plan.edit");
        steps.waitUntil(() -> steps.shown("#editPlanTarget"));
        saveAndClose(stage, "#editPlanTarget", apply, "edit-plan-dialog-" + tag);

        steps.planMenu("menu.plan.reached");
        saveAndClose(stage, "#reachedDate", reached, "reached-dialog-" + tag);
        robot.interact(() -> Screenshots.save(stage.getScene(), "milestones-900x600-" + tag));
    }
}
