package io.ascent.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls a node's page so it is in view, as a user would, before a test clicks or writes in it. */
public final class Revealed {

    private Revealed() {}

    /** Scrolls the nearest scroll pane around {@code query} so the node is in view, then clicks it. */
    public static FxRobotInterface click(FxRobot robot, String query) {
        return clickOn(robot, query);
    }

    static FxRobotInterface clickOn(FxRobot robot, String query) {
        reveal(robot, robot.lookup(query).query());
        return robot.clickOn(query);
    }

    static FxRobotInterface clickOn(FxRobot robot, Node node) {
        reveal(robot, node);
        return robot.clickOn(node);
    }

    static void reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            Parent p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane pane) {
                Bounds b = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double scrollable = pane.getContent().getBoundsInLocal().getHeight()
                        - pane.getViewportBounds().getHeight();
                pane.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 40) / scrollable)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
