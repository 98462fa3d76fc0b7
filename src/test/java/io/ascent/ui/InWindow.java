package io.ascent.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a screenshot shows, as the scene graph holds it: the texts on screen, and any text that
 * lies outside the window. Content that scrolls (scroll panes, lists, clipped panes) is left to
 * its viewport. Call on the JavaFX thread.
 */
public final class InWindow {

    /** A pixel of slack for rounding at the window's edges. */
    private static final double SLACK = 1;

    private InWindow() {}

    /** The texts of the visible labels, buttons and fields, in scene-graph order. */
    static List<String> texts(Scene scene) {
        List<String> texts = new ArrayList<>();
        walk(
                scene.getRoot(),
                node -> {
                    if (node instanceof Labeled l
                            && l.getText() != null
                            && !l.getText().isBlank()) {
                        texts.add(l.getText());
                    } else if (node instanceof TextInputControl t
                            && t.getText() != null
                            && !t.getText().isBlank()) {
                        texts.add(t.getText());
                    }
                },
                false);
        return texts;
    }

    /**
     * Each visible labeled whose drawn text is not its whole text (cut short with "…"), as
     * "text → shown".
     */
    public static List<String> truncated(Scene scene) {
        List<String> cut = new ArrayList<>();
        walk(
                scene.getRoot(),
                node -> {
                    if (node instanceof Labeled labeled
                            && labeled.getText() != null
                            && !labeled.getText().isEmpty()) {
                        labeled.getChildrenUnmodifiable().stream()
                                .filter(Text.class::isInstance)
                                .map(t -> ((Text) t).getText())
                                .filter(shown -> !shown.equals(labeled.getText()))
                                .forEach(shown -> cut.add(labeled.getText() + " \u2192 " + shown));
                    }
                },
                false);
        return cut;
    }

    /** Each visible text whose bounds leave the window, as "id or text: bounds". */
    static List<String> outside(Scene scene) {
        List<String> out = new ArrayList<>();
        walk(
                scene.getRoot(),
                node -> {
                    if (node instanceof Labeled || node instanceof TextInputControl) {
                        Bounds b = node.localToScene(node.getBoundsInLocal());
                        if (b.getWidth() > 0
                                && (b.getMinX() < -SLACK
                                        || b.getMinY() < -SLACK
                                        || b.getMaxX() > scene.getWidth() + SLACK
                                        || b.getMaxY() > scene.getHeight() + SLACK)) {
                            out.add(name(node) + ": " + b);
                        }
                    }
                },
                true);
        return out;
    }

    private static String name(Node node) {
        if (node.getId() != null) {
            return "#" + node.getId();
        }
        return node instanceof Labeled l
                ? "\"" + l.getText() + "\""
                : node.getClass().getSimpleName();
    }

    private static void walk(Node node, Consumer<Node> visit, boolean stopAtViewports) {
        if (!node.isVisible()) {
            return;
        }
        visit.accept(node);
        if (stopAtViewports
                && (node instanceof ScrollPane || node instanceof VirtualFlow<?> || node.getClip() != null)) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit, stopAtViewports);
            }
        }
    }
}
