package io.ascent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import io.ascent.ui.RunningApp;
import io.ascent.ui.Waits;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The start-up diagnostic {@link ControlsOnlyFx} stands for Ascent's first window only while it
 * holds the same kinds of JavaFX controls; this fails when the window gains or loses one.
 */
class ControlsOnlyFxTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    @Test
    void holdsTheSameKindsOfControlsAsAscentsFirstWindow() throws Exception {
        Path database = BenchDatabase.rebuild(
                dir.resolve("startup.db"),
                FrameworkGenerator.generate(new FrameworkGenerator.Shape("tiny", 3, 4, 2, 1, 3)),
                1,
                Instant.now());
        Stage stage = running.start(() -> new AscentApp(database));
        Waits.until(() -> robot.lookup("#dashboardPercent")
                .tryQuery()
                .map(n -> !((Label) n).getText().isEmpty())
                .orElse(false));
        AtomicReference<Set<String>> inApp = new AtomicReference<>();
        AtomicReference<Set<String>> inDiagnostic = new AtomicReference<>();
        robot.interact(() -> {
            inApp.set(controlKinds(stage.getScene().getRoot()));
            Scene scene = new Scene(ControlsOnlyFx.window(), 1120, 760);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            inDiagnostic.set(controlKinds(scene.getRoot()));
        });

        assertThat(inApp.get())
                .contains("MenuBar", "ChoiceBox", "Button", "ToggleButton", "ProgressBar", "ScrollPane", "Label");
        assertThat(inDiagnostic.get())
                .as("ControlsOnlyFx mirrors the controls of the first window (docs/performance.md)")
                .isEqualTo(inApp.get());
    }

    /** The javafx.scene.control classes in a scene graph; Ascent's subclasses count as their parent. */
    private static Set<String> controlKinds(Parent root) {
        Set<String> kinds = new TreeSet<>();
        collect(root, kinds);
        return kinds;
    }

    private static void collect(Node node, Set<String> kinds) {
        Class<?> type = node.getClass();
        while (type != null && !type.getPackageName().startsWith("javafx.")) {
            type = type.getSuperclass();
        }
        if (type != null && type.getPackageName().equals("javafx.scene.control")) {
            kinds.add(type.getSimpleName());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, kinds));
        }
    }
}
