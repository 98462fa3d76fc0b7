package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A validation line appearing in a dialog makes the dialog taller instead of taking the room of
 * the other texts: no label, check box or button in it is cut short with "…". And the two dates
 * of "I got promoted" and a milestone of one's own are typed in the language's form (or ISO), and
 * text that is no date is refused beside the field.
 */
class DialogFitFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void englishAgain() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private final FlowSteps steps = new FlowSteps(robot);

    private Scene sceneOf(String query) {
        return robot.lookup(query).query().getScene();
    }

    private void waitUntilWhole(String query) {
        Waits.until("no text cut short in the dialog of " + query, () -> {
            List<String> cut = new ArrayList<>();
            robot.interact(() -> cut.addAll(InWindow.truncated(sceneOf(query))));
            return cut.isEmpty();
        });
    }

    private List<String> cutIn(String query) {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(InWindow.truncated(sceneOf(query))));
        return cut;
    }

    private void type(String fieldQuery, String text) {
        DatePicker field = robot.lookup(fieldQuery).queryAs(DatePicker.class);
        robot.clickOn(field.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Stage start(String tag) throws Exception {
        Path db = dir.resolve(tag + ".db");
        AppFixture.growthPlan(db);
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(db));
        steps.waitUntil(() -> steps.shown("#nav-milestones"));
        return stage;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "zh-CN"})
    void aValidationLineGrowsTheDialogAndCutsNoOtherText(String tag) throws Exception {
        start(tag);
        robot.clickOn("#nav-milestones");
        steps.waitUntil(() -> steps.shown("#addOwnButton"));
        robot.clickOn("#addOwnButton");
        steps.waitUntil(() -> steps.shown("#ownTitle"));
        robot.clickOn("#ownTitle").write("Led the pricing review");
        assertThat(cutIn("#ownTitle")).isEmpty();

        // when: a due date that does not exist is typed
        type("#ownDue", "31/02/2030");

        // then: the line says so and every other text is still whole
        Label dueError = robot.lookup("#ownDueError").queryAs(Label.class);
        assertThat(dueError.isVisible()).isTrue();
        assertThat(dueError.getText()).contains("31/02/2030");
        waitUntilWhole("#ownTitle");
        robot.interact(() -> Screenshots.save(sceneOf("#ownTitle"), "own-milestone-refused-" + tag));
        robot.clickOn("#formCancel");
        WaitForAsyncUtils.waitForFxEvents();

        // when: "I got promoted" gets a date in the future
        steps.planMenu("menu.plan.reached");
        steps.waitUntil(() -> steps.shown("#reachedDate"));
        assertThat(cutIn("#reachedDate")).isEmpty();
        type("#reachedDate", I18n.fieldDate(LocalDate.now().plusDays(40)));

        // then: the dialog grows for the message and cuts nothing
        assertThat(robot.lookup("#reachedDateError").queryAs(Label.class).isVisible())
                .isTrue();
        assertThat(robot.lookup("#formApply").queryAs(Button.class).isDisabled())
                .isTrue();
        waitUntilWhole("#reachedDate");
        robot.interact(() -> Screenshots.save(sceneOf("#reachedDate"), "reached-future-" + tag));
        robot.clickOn("#formCancel");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "zh-CN"})
    void thePromotionDateIsTypedInTheLanguagesFormAndTextThatIsNoDateIsRefusedBesideIt(String tag) throws Exception {
        start(tag);
        steps.planMenu("menu.plan.reached");
        steps.waitUntil(() -> steps.shown("#reachedDate"));
        DatePicker date = robot.lookup("#reachedDate").queryAs(DatePicker.class);
        Label error = robot.lookup("#reachedDateError").queryAs(Label.class);
        Button apply = robot.lookup("#formApply").queryAs(Button.class);

        // when: text that is no date
        type("#reachedDate", "31/02/2026");

        // then: refused beside the field, kept as typed, nothing can be applied
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("31/02/2026", I18n.dateHint());
        assertThat(date.getEditor().getText()).isEqualTo("31/02/2026");
        assertThat(apply.isDisabled()).isTrue();

        // when: a date in the language's form, then in ISO
        LocalDate lastWeek = LocalDate.now().minusDays(7);
        type("#reachedDate", I18n.fieldDate(lastWeek));

        // then: taken
        assertThat(date.getValue()).isEqualTo(lastWeek);
        assertThat(error.isVisible()).isFalse();
        assertThat(apply.isDisabled()).isFalse();

        type("#reachedDate", lastWeek.minusDays(1).toString());
        assertThat(date.getValue()).isEqualTo(lastWeek.minusDays(1));
        assertThat(error.isVisible()).isFalse();
        robot.clickOn("#formCancel");
    }
}
