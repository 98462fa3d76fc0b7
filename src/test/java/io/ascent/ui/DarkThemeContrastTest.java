package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.app.boot.Settings;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * In the dark theme a disabled button and a dialog's OK button can be read (contrast of at least
 * 4.5:1, as WCAG asks of text), and the date picker's calendar icon is no white block.
 */
class DarkThemeContrastTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void forgetTheDarkTheme() {
        AppFixture.clearSettings();
    }

    private void start(Path db) throws Exception {
        running.start(() -> {
            // Chosen before the app starts, after the fresh stage cleared the settings.
            Settings.forUser().setTheme(Settings.Theme.DARK);
            return new AscentApp(db);
        });
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The colour a region is painted with: its last background fill that is a plain colour. */
    private static Color background(Region region) {
        Color colour = null;
        for (var fill : region.getBackground().getFills()) {
            Paint p = fill.getFill();
            if (p instanceof Color c && c.getOpacity() > 0) {
                colour = c;
            } else if (p instanceof LinearGradient g) {
                colour = g.getStops().get(g.getStops().size() / 2).getColor();
            }
        }
        return colour;
    }

    private static double effectiveOpacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    @Test
    void aDisabledCreateButtonCanBeRead() throws Exception {
        start(dir.resolve("new.db"));
        Waits.until(() -> robot.lookup("#createPlanButton")
                .tryQuery()
                .map(Node::isVisible)
                .orElse(false));
        Button create = robot.lookup("#createPlanButton").queryAs(Button.class);

        assertThat(create.isDisabled()).isTrue();
        assertThat(effectiveOpacity(create)).isGreaterThan(0.9);
        assertThat(contrast((Color) create.getTextFill(), background(create))).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void aDialogsOkButtonCanBeReadAndTheCalendarIconIsNoWhiteBlock() throws Exception {
        Path db = dir.resolve("plan.db");
        try (Database database = Database.open(db)) {
            new SqlitePlanRepository(database)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now());
        }
        start(db);
        Waits.until(() -> robot.lookup("#checkInButton").tryQuery().isPresent());

        robot.clickOn("#checkInButton");
        Waits.until(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane));
        DialogPane pane = Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst()
                .orElseThrow();
        Button ok = pane.getButtonTypes().stream()
                .map(t -> (Button) pane.lookupButton(t))
                .filter(Button::isDefaultButton)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> Screenshots.save(pane.getScene(), "dark-dialog"));
        assertThat(contrast((Color) ok.getTextFill(), background(ok))).isGreaterThanOrEqualTo(4.5);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        robot.clickOn("#nav-milestones");
        Waits.until(() -> robot.lookup(".milestone-title").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".milestone-title").<Node>query());
        Waits.until(() -> robot.lookup("#dueDatePicker .arrow").tryQuery().isPresent());
        Region arrow = robot.lookup("#dueDatePicker .arrow").queryAs(Region.class);
        assertThat(luminance(background(arrow))).isLessThan(0.5);
    }
}
