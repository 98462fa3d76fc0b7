package io.ascent.ui.common;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Moves the keyboard to a node once the screen that holds it has been laid out. A screen just
 * put in place has no focus owner yet, and the scene gives the focus to its first control at the
 * next pulse; a request made before that (even through {@code Platform.runLater}) can lose to it.
 */
public final class FocusLater {

    private FocusLater() {}

    /** After the next layout of {@code scene}, focuses what {@code target} finds then, if anything. */
    public static void on(Scene scene, Supplier<Node> target) {
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Node node = target.get();
            if (node != null && node.getScene() == scene) {
                node.requestFocus();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
