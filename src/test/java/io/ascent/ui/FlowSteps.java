package io.ascent.ui;

import io.ascent.text.I18n;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/**
 * What the flow tests of the window do again and again: wait (through {@link Waits}), look, read a
 * label, use the Plan menu. Start and stop the app with {@link RunningApp}.
 */
public final class FlowSteps {

    private final FxRobot robot;

    public FlowSteps(FxRobot robot) {
        this.robot = robot;
    }

    public void waitUntil(Supplier<Boolean> condition) throws Exception {
        Waits.until(condition::get);
    }

    /** Waits until the node {@code query} finds is shown, and the JavaFX events that showed it are done. */
    public void waitFor(String query) {
        Waits.untilShown(robot, query);
    }

    public boolean shown(String query) {
        return Waits.shown(robot, query);
    }

    public String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The readiness sentence of the top bar ("1% ready for Senior PM (1 of 55 milestones done)"). */
    String readiness() {
        return robot.lookup("#readinessLabel").queryAs(Label.class).getTooltip().getText();
    }

    /** Opens the menu bar's Plan menu (not the sidebar's Plan page) and clicks the item of {@code itemKey}. */
    void planMenu(String itemKey) {
        robot.clickOn(robot.from(robot.lookup("#mainMenu").queryAll())
                .lookup(I18n.t("menu.plan"))
                .<Node>query());
        robot.clickOn(I18n.t(itemKey).replace("_", ""));
    }
}
