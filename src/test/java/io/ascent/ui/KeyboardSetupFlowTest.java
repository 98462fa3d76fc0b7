package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The guided setup can be completed with the keyboard alone, in a sensible tab order. */
class KeyboardSetupFlowTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private Stage stage;

    private String focusedId() {
        Node focused = stage.getScene().getFocusOwner();
        while (focused != null && focused.getId() == null) {
            focused = focused.getParent();
        }
        return focused == null ? "" : focused.getId();
    }

    private void tab() {
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tabTo(String id) {
        for (int i = 0; i < 30 && !focusedId().equals(id); i++) {
            tab();
        }
        assertThat(focusedId()).isEqualTo(id);
    }

    @Test
    void tabReachesEveryControlAndSpaceChooses() throws Exception {
        stage = running.start(() -> new AscentApp(dir.resolve("k.db")));
        Waits.until(
                () -> robot.lookup("#setupName").tryQuery().map(Node::isFocused).orElse(false));

        // when: the user types a name and tabs through the form
        robot.write("Keyboard plan");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tab();
            order.add(focusedId());
        }

        // then: every kind of control was reached, in reading order
        assertThat(order)
                .contains(
                        "current-apm",
                        "current-director",
                        "target-senior-pm",
                        "target-director",
                        "spec-growth",
                        "spec-monetization",
                        "setupTargetDate");
        assertThat(order.indexOf("current-pm")).isLessThan(order.indexOf("target-senior-pm"));
        assertThat(order.indexOf("target-director")).isLessThan(order.indexOf("spec-growth"));
        assertThat(order.indexOf("spec-monetization")).isLessThan(order.indexOf("setupTargetDate"));

        // when: choices are made with Space and the plan created with Enter
        tabTo("current-pm");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        tabTo("target-senior-pm");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        tabTo("spec-growth");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        tabTo("createPlanButton");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        // then: the plan opens
        Waits.until(() -> stage.getTitle().equals("Ascent \u2014 Keyboard plan"));
    }
}
