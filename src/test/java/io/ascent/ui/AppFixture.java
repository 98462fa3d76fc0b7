package io.ascent.ui;

import io.ascent.app.boot.Settings;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Starts every UI test from the same place: no remembered settings from an earlier test, and
 * the shared primary stage back at the app's default size and position.
 */
public final class AppFixture {

    private AppFixture() {}

    public static Stage freshStage() throws Exception {
        clearSettings();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setMaximized(false);
            s.setX(0);
            s.setY(0);
            s.setWidth(1120);
            s.setHeight(760);
        });
        return stage;
    }

    public static void clearSettings() {
        if (System.getProperty(Settings.FILE_PROPERTY) == null) {
            throw new IllegalStateException("UI tests need -D" + Settings.FILE_PROPERTY + " (set in the pom)");
        }
        Settings.forUser().clear();
        Settings.forUser().flush();
    }
}
