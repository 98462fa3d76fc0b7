package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-plan setup on the two-track ladder is taller than the window: the form scrolls, and
 * Create and Cancel stay in the window without scrolling, in every language.
 */
class SetupActionsFlowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void englishAgain() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static boolean scrolls(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code button} is, or "in the window" when it is whole in it and not in the scrolling form. */
    private static String place(Scene scene, Node button) {
        Bounds b = button.localToScene(button.getBoundsInLocal());
        if (!button.isVisible() || scrolls(button)) {
            return button.getId() + " scrolls with the form or is hidden";
        }
        boolean inside = b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight() && b.getMaxX() <= scene.getWidth();
        return inside ? "in the window" : button.getId() + " at " + b;
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource(textBlock = """
            en,    1120, 760
            es,    1120, 760
            zh-CN, 1120, 760
            en,     900, 600
            """)
    void createAndCancelStayInTheWindowWhileTheFormScrolls(String tag, int width, int height) throws Exception {
        Path db = dir.resolve("plans.db");
        AppFixture.growthPlan(db);
        I18n.setLocale(Locale.forLanguageTag(tag));
        Stage stage = running.start(() -> new AscentApp(db));
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        Waits.untilShown(robot, "#nav-milestones");

        // when: a new plan is started
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Waits.untilShown(robot, "#setupName");
        WaitForAsyncUtils.waitForFxEvents();

        // then: the form is taller than its viewport, and both buttons are in the window anyway
        ScrollPane form = robot.lookup(".setup-view").queryAs(ScrollPane.class);
        assertThat(form.getContent().getBoundsInLocal().getHeight())
                .isGreaterThan(form.getViewportBounds().getHeight());
        Scene scene = stage.getScene();
        String[] places = new String[2];
        robot.interact(() -> {
            places[0] = place(scene, robot.lookup("#createPlanButton").query());
            places[1] = place(scene, robot.lookup("#cancelSetupButton").query());
        });
        assertThat(places).containsOnly("in the window");
        robot.interact(() -> Screenshots.save(scene, "setup-actions-" + tag + "-" + width));
    }
}
