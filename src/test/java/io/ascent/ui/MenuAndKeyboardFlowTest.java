package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.Settings;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Menu accelerators do their actions; the theme switch changes the colours and is remembered. */
class MenuAndKeyboardFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Path db;
    private Path otherDb;

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("ascent.db");
        otherDb = dir.resolve("team/other.db");
        try (Database database = Database.open(db)) {
            new SqlitePlanRepository(database)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now());
        }
        stage = running.start(() -> new AscentApp(db) {
            @Override
            protected DialogService dialogs(Stage owner) {
                return new FxDialogService(owner, getHostServices()) {
                    @Override
                    public Optional<Path> chooseDatabase(Path current) {
                        return Optional.of(otherDb);
                    }

                    @Override
                    public Optional<Path> chooseSaveFile(
                            String title, String initialName, String type, String extension) {
                        return Optional.of(dir.resolve("exported." + extension.replace("*.", "")));
                    }
                };
            }
        });
        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Road"));
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String focusedId() {
        Node focused = stage.getScene().getFocusOwner();
        while (focused != null && focused.getId() == null) {
            focused = focused.getParent();
        }
        return focused == null ? "" : focused.getId();
    }

    private void waitFocus(String id) throws Exception {
        try {
            Waits.until(() -> focusedId().equals(id));
        } catch (TimeoutException e) {
            assertThat(focusedId())
                    .as("focus owner %s; page title %s", stage.getScene().getFocusOwner(), stage.getTitle())
                    .isEqualTo(id);
        }
    }

    @Test
    void aPageShortcutMovesTheKeyboardToThatPage() throws Exception {
        robot.clickOn("#nav-dashboard");

        // when: Ctrl+2
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFocus("milestoneTree");
        // then: the milestone list has the keyboard, and shows it
        robot.interact(() -> Screenshots.save(stage.getScene(), "keyboard-ctrl2-list-focused"));

        // when: Ctrl+5, a page without a list (History; Wins is the third page)
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        // then: the focus ring moves to that page's sidebar button, not left on the old one
        waitFocus("nav-history");
    }

    @Test
    void ctrlNOpensTheSetupForANewPlanAndEscapeCancels() throws Exception {
        robot.clickOn("#readinessBar");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        Waits.until(() -> showing("#setupName"));
        assertThat(stage.getTitle()).isEqualTo("Ascent \u2014 New plan");
        // the name field has the keyboard: typing names the plan
        Waits.until(() -> focusedId().equals("setupName"));

        // Escape, as the name says: with the second ladder's two tracks the form is taller than the
        // window, and Cancel is below the fold until the page is scrolled.
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Waits.until(() -> showing("#dashboardPercent"));
    }

    @Test
    void ctrlFFromAnyPageOpensTheMilestoneSearch() throws Exception {
        robot.clickOn("#nav-history");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        Waits.until(() ->
                robot.lookup("#milestoneSearch").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("north-star");
        Waits.until(() -> robot.lookup(".milestone-row").queryAll().stream()
                        .filter(Node::isVisible)
                        .count()
                == 1);
    }

    @Test
    void ctrlKChecksInWithANote() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        Waits.until(() -> showing("#textDialogInput"));
        robot.write("Before my 1:1").press(KeyCode.ENTER).release(KeyCode.ENTER);

        Waits.until(() -> {
            try (var ctx = AppContext.open(db, Clock.systemDefaultZone())) {
                long id = ctx.plans().plans().get(0).id();
                return ctx.checkIns().history(id).size() == 1;
            }
        });
    }

    @Test
    void ctrlPWithoutAPrinterOffersAPdfAndCtrlEExportsOne() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        Waits.until(() -> robot.lookup("No printer is installed. Export a PDF instead?")
                        .tryQuery()
                        .isPresent()
                || robot.lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText() != null && l.getText().startsWith("No printer is installed")));
        robot.clickOn("Cancel");

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        Path pdf = dir.resolve("exported.pdf");
        Waits.until(() -> Files.exists(pdf) && Files.size(pdf) > 10_000);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void ctrlDigitsOpenTheSidebarPages() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Waits.until(() -> showing("#milestoneTree"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        Waits.until(
                () -> robot.lookup("#nav-history").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void ctrlOOpensAnotherDatabase() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        Waits.until(() -> showing("#setupName"));
        assertThat(stage.getTitle()).isEqualTo("Ascent — Welcome");
        assertThat(otherDb).exists();
    }

    @Test
    void f2RenamesAlsoFromTheMilestoneList() throws Exception {
        // given: the keyboard in the milestone list (a tree, which takes F2 for editing a row)
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFocus("milestoneTree");

        robot.press(KeyCode.F2).release(KeyCode.F2);
        Waits.until(() -> showing("#textDialogInput"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void f2RenamesAndF1ListsTheShortcuts() throws Exception {
        robot.press(KeyCode.F2).release(KeyCode.F2);
        Waits.until(() -> showing("#textDialogInput"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        robot.press(KeyCode.F1).release(KeyCode.F1);
        Waits.until(() -> showing("#shortcutsTable"));
        assertThat(robot.lookup("#shortcutsTable .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Ctrl+N", "New plan", "Rename plan");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void preferencesChangeTheThemeNowAndTheLanguageForTheNextStart() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        Waits.until(() -> showing("#prefsDark"));

        robot.clickOn("#prefsDark");
        robot.clickOn("#prefsLanguage").clickOn("español");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getStylesheets()).anyMatch(css -> css.endsWith("ascent-dark.css"));
        assertThat(Settings.forUser().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(Settings.forUser().language()).contains("es");
    }

    @Test
    void darkThemeChangesTheColoursAndIsRemembered() throws Exception {
        WritableImage light = snapshot();

        robot.clickOn("View").clickOn("#menuTheme").clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage dark = snapshot();
        robot.interact(() -> Screenshots.save(stage.getScene(), "milestones-dark"));

        int lightPixel = light.getPixelReader().getArgb(600, 400);
        int darkPixel = dark.getPixelReader().getArgb(600, 400);
        assertThat(brightness(darkPixel)).isLessThan(brightness(lightPixel) - 100);
        assertThat(Settings.forUser().theme()).isEqualTo(Settings.Theme.DARK);
    }

    private WritableImage snapshot() {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        return image[0];
    }

    private static int brightness(int argb) {
        return (((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF)) / 3;
    }
}
