package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.Plan;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The setup's target date: shows its format, refuses what is not a date beside the field, keeps what was typed. */
class SetupDateFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private Stage stage;

    private void startSetup(String languageTag) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(languageTag));
        stage = running.start(() -> new AscentApp(dir.resolve("setup.db")));
        Waits.until(
                () -> robot.lookup("#setupName").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("Dated plan");
        for (String choice : List.of("#current-pm", "#target-senior-pm", "#spec-growth")) {
            robot.clickOn(choice);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DatePicker dateField() {
        return robot.lookup("#setupTargetDate").queryAs(DatePicker.class);
    }

    private void typeDate(String text) {
        Revealed.clickOn(robot, dateField().getEditor());
        robot.write(text);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<LocalDate> storedTargetDate() {
        try (Database database = Database.open(dir.resolve("setup.db"))) {
            return new SqlitePlanRepository(database)
                    .findAll().stream().findFirst().flatMap(Plan::targetDate);
        }
    }

    @Test
    void anImpossibleDateIsRefusedBesideTheFieldAndKeptAsTyped() throws Exception {
        startSetup("en");

        // when: a date that does not exist is typed and the field is left
        typeDate("31/02/2020");

        // then: the field keeps the text, says what is wrong next to it, and Create waits
        Label error = robot.lookup("#setupDateError").queryAs(Label.class);
        assertThat(dateField().getEditor().getText()).isEqualTo("31/02/2020");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("31/02/2020").contains("mm/dd/yyyy");
        assertThat(robot.lookup("#createPlanButton").queryAs(Button.class).isDisabled())
                .isTrue();
        robot.interact(() -> Screenshots.save(stage.getScene(), "setup-date-refused"));

        // when: the user corrects it
        Revealed.clickOn(robot, dateField().getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        typeDate("6/30/2031");

        // then: the message goes and the plan is created with that date
        assertThat(error.isVisible()).isFalse();
        Revealed.clickOn(robot, "#createPlanButton");
        Waits.until(() -> stage.getTitle().endsWith("Dated plan"));
        assertThat(storedTargetDate()).contains(LocalDate.of(2031, 6, 30));
    }

    @Test
    void textThatIsNoDateIsRefusedToo() throws Exception {
        startSetup("en");

        typeDate("next summer");

        assertThat(robot.lookup("#setupDateError").queryAs(Label.class).isVisible())
                .isTrue();
        assertThat(dateField().getEditor().getText()).isEqualTo("next summer");
        assertThat(robot.lookup("#createPlanButton").queryAs(Button.class).isDisabled())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en,    mm/dd/yyyy, 6/30/2031
            es,    dd/mm/aaaa, 30/6/2031
            zh-CN, 年/月/日,    2031/6/30
            en,    mm/dd/yyyy, 2031-06-30
            es,    dd/mm/aaaa, 2031-06-30
            """)
    void theFieldShowsItsFormatAndTakesItOrIso(String tag, String prompt, String typed) throws Exception {
        startSetup(tag);
        assertThat(dateField().getPromptText()).isEqualTo(prompt);

        typeDate(typed);
        Revealed.clickOn(robot, "#createPlanButton");

        Waits.until(() -> stage.getTitle().endsWith("Dated plan"));
        assertThat(storedTargetDate()).contains(LocalDate.of(2031, 6, 30));
    }
}
