package io.ascent.ui.recovery;

import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;

/** Hands progress from the background worker to a property on the JavaFX thread. */
final class Progress {

    private Progress() {}

    static DoubleConsumer to(DoubleProperty property) {
        return value -> {
            if (Platform.isFxApplicationThread()) {
                property.set(value);
            } else {
                try {
                    Platform.runLater(() -> property.set(value));
                } catch (IllegalStateException noToolkit) {
                    // Tests of view models run without JavaFX; the value still matters to them.
                    property.set(value);
                }
            }
        };
    }
}
