package io.ascent.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way the UI tests wait: for a condition, then for the JavaFX events it set off. There is
 * no fixed sleep; the limit only ends a test that would otherwise hang, so it is generous for a
 * loaded, shared machine (a passing test never waits it out). {@code -Dui.wait.seconds} changes it.
 */
public final class Waits {

    public static final long LIMIT_SECONDS = Long.getLong("ui.wait.seconds", 60);

    private Waits() {}

    /** Returns as soon as {@code condition} holds and the JavaFX thread is idle. */
    public static void until(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The same, saying {@code what} was awaited if it never came. */
    public static void until(String what, Callable<Boolean> condition) {
        try {
            until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + LIMIT_SECONDS + " s for " + what, e);
        }
    }

    /**
     * Only waits for {@code condition}, without the JavaFX events: for a test that may run before
     * anything has started JavaFX (a view model on a same-thread runner).
     */
    public static void untilHolds(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + LIMIT_SECONDS + " s for " + what, e);
        }
    }

    /** Waits until the node {@code query} finds is in the scene and visible. */
    public static void untilShown(FxRobot robot, String query) {
        until(query + " to show", () -> shown(robot, query));
    }

    public static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
