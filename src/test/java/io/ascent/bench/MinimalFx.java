package io.ascent.bench;

import io.ascent.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: the least a JavaFX program can do, one Label in a window as large as
 * Ascent's, started like Ascent (a plain main class that launches the Application) and timed by
 * the same probe.
 */
public final class MinimalFx {

    private MinimalFx() {}

    public static void main(String[] args) {
        Application.launch(LabelApp.class, args);
    }

    /** The window. */
    public static final class LabelApp extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1120, 760));
            stage.setTitle("Baseline");
            stage.show();
            StartupProbe.printAfterFrame();
        }
    }
}
