package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;

/** Help explains how Ascent works, and About says the version, where the data lives and the licences. */
class HelpFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    /** Chooses the menu item; later, since the dialog it opens waits for the user. */
    private void fire(String itemId) {
        Platform.runLater(() -> robot.lookup("#mainMenu").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(i -> itemId.equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
    }

    private static Optional<DialogPane> dialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst();
    }

    /** The help page's text, heading by heading and paragraph by paragraph. */
    private List<String> page() throws Exception {
        Waits.until(() -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        return pane.lookup("#helpDocument").lookupAll(".label").stream()
                .map(n -> ((Label) n).getText())
                .toList();
    }

    private void close(String name) throws Exception {
        robot.interact(() -> Screenshots.save(dialog().orElseThrow().getScene(), name));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Waits.until(() -> dialog().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            en,    How Ascent works,       Readiness,   Pace,  Check-ins
            es,    Cómo funciona Ascent,   Preparación, Ritmo, Registros de avance
            zh-CN, Ascent 如何运作,         就绪度,       进度速度, 进度记录
            """)
    void howAscentWorksExplainsTheFiguresInTheChosenLanguage(
            String tag, String title, String readiness, String pace, String checkIns) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(tag));
        running.start(() -> new AscentApp(dir.resolve("help.db")));
        Waits.until(() -> robot.lookup("#createPlanButton").tryQuery().isPresent());

        fire("menuHowItWorks");

        List<String> page = page();
        assertThat(page).startsWith(title).contains(readiness, pace, checkIns);
        assertThat(String.join("\n", page)).contains("80", "14", "30");
        close("help-how-it-works-" + tag);
    }

    @Test
    void aboutSaysTheVersionWhereTheDataLivesAndTheLicences() throws Exception {
        Path db = dir.resolve("about.db");
        running.start(() -> new AscentApp(db));
        Waits.until(() -> robot.lookup("#createPlanButton").tryQuery().isPresent());

        fire("menuAbout");

        String page = String.join("\n", page());
        assertThat(page)
                .contains("Ascent 0.1.0")
                .contains(db.toAbsolutePath().toString())
                .contains(db.toAbsolutePath().resolveSibling("backups").toString())
                .contains("DejaVu Sans", "Droid Sans Fallback", "Apache License 2.0", "OpenJFX", "PDFBox");
        close("help-about");
    }
}
