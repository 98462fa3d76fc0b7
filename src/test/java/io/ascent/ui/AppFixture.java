package io.ascent.ui;

import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.Settings;
import io.ascent.domain.PlanDraft;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;

/**
 * Starts every UI test from the same place: no remembered settings from an earlier test, and
 * the shared primary stage back at the app's default size and position, and no dialog left
 * open by an earlier test (a modal one would swallow every click of the next).
 */
public final class AppFixture {

    private AppFixture() {}

    public static Stage freshStage() throws Exception {
        clearSettings();
        closeDialogs();
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

    /** Hides every window but the shared primary stage: dialogs and popups a test left open. */
    public static void closeDialogs() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != primary && w.isShowing())
                .forEach(Window::hide));
    }

    public static void clearSettings() {
        if (System.getProperty(Settings.FILE_PROPERTY) == null) {
            throw new IllegalStateException("UI tests need -D" + Settings.FILE_PROPERTY + " (set in the pom)");
        }
        Settings.forUser().clear();
        Settings.forUser().flush();
    }

    /** A database at {@code db} with one plan, "Road to Senior PM": Product Manager to Senior PM in Growth, no date. */
    public static void growthPlan(Path db) {
        try (AppContext ctx = AppContext.open(db, Clock.systemDefaultZone())) {
            ctx.plans()
                    .create(new PlanDraft(
                            "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
        }
    }
}
