package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Dialogs speak the chosen language, never confirm a deletion by Enter, and say a refused name where it was typed. */
class DialogsFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private Path db;

    private Stage start(String tag) throws Exception {
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
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(db));
        Waits.until(() -> stage.getTitle().endsWith("Alpha plan"));
        return stage;
    }

    private DialogPane dialog() throws Exception {
        Waits.until(() -> openDialog().isPresent());
        return openDialog().orElseThrow();
    }

    private static Optional<DialogPane> openDialog() {
        return Window.getWindows().stream()
                .filter(w ->
                        w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst();
    }

    private static List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream()
                .map(t -> ((Button) pane.lookupButton(t)).getText())
                .toList();
    }

    private List<String> storedNames() {
        try (Database database = Database.open(db)) {
            return new SqlitePlanRepository(database)
                    .findAll().stream().map(Plan::name).toList();
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            es,    Aceptar, Cancelar
            zh-CN, 确定,     取消
            """)
    void theCheckInDialogsButtonsSpeakTheChosenLanguage(String tag, String ok, String cancel) throws Exception {
        Stage stage = start(tag);

        robot.clickOn("#checkInButton");
        DialogPane pane = dialog();

        assertThat(buttons(pane)).containsExactly(ok, cancel);
        robot.interact(() -> Screenshots.save(pane.getScene(), "dialog-check-in-" + tag));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Waits.until(() -> openDialog().isEmpty());
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void enterInTheDeleteConfirmationKeepsThePlan() throws Exception {
        Stage stage = start("en");

        robot.clickOn("#deletePlanButton");
        DialogPane pane = dialog();
        Button cancel = pane.getButtonTypes().stream()
                .map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().equals("Cancel"))
                .findFirst()
                .orElseThrow();
        assertThat(cancel.isDefaultButton()).isTrue();

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Waits.until(() -> openDialog().isEmpty());
        assertThat(stage.getTitle()).endsWith("Alpha plan");

        // and: the Delete button then deletes that plan, and only it. Work runs in order, so a
        // deletion that Enter had started would have been done first (and this one hit Beta).
        robot.clickOn("#deletePlanButton");
        DialogPane again = dialog();
        robot.clickOn(again.getButtonTypes().stream()
                .map(t -> (Button) again.lookupButton(t))
                .filter(b -> !b.getText().equals("Cancel"))
                .findFirst()
                .orElseThrow());
        Waits.until(() -> stage.getTitle().endsWith("Beta plan"));
        assertThat(storedNames()).containsExactly("Beta plan");
    }

    @Test
    void aNameThatIsTakenIsRefusedInsideTheRenameDialog() throws Exception {
        Stage stage = start("en");

        // when: the plan is renamed to the other plan's name
        robot.clickOn("#renamePlanButton");
        dialog();
        robot.interact(
                () -> robot.lookup("#textDialogInput").queryAs(TextField.class).setText("Beta plan"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then: the dialog stays open and says why, beside the name
        assertThat(openDialog()).isPresent();
        Label error = robot.lookup("#textDialogError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("A plan named \"Beta plan\" already exists.");
        robot.interact(() -> Screenshots.save(openDialog().orElseThrow().getScene(), "dialog-rename-taken"));

        // when: another name is typed
        robot.interact(
                () -> robot.lookup("#textDialogInput").queryAs(TextField.class).setText("Gamma plan"));
        assertThat(error.isVisible()).isFalse();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        // then: it is renamed
        Waits.until(() -> stage.getTitle().endsWith("Gamma plan"));
        assertThat(storedNames()).containsExactly("Beta plan", "Gamma plan");
    }
}
