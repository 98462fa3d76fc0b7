package io.ascent.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks a node inside a scrolled page or pane the way a user does: scrolled into view first. */
public final class Revealed {

    private Revealed() {}

    /** Scrolls the nearest scroll pane around {@code query} so the node is in view, then clicks it. */
    public static FxRobotInterface click(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            Parent p = node.getParent();
            while (!(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            ScrollPane pane = (ScrollPane) p;
            Bounds b = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = pane.getContent().getBoundsInLocal().getHeight()
                    - pane.getViewportBounds().getHeight();
            pane.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 40) / scrollable)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(query);
    }
}
