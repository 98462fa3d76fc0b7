package io.ascent.ui;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Ascent started for one UI test and stopped after it, with the language back to English and no
 * dialog left open:
 * {@code @RegisterExtension final RunningApp running = new RunningApp();}, then
 * {@code running.start(() -> new AscentApp(file))}.
 */
public final class RunningApp implements AfterEachCallback {

    private AscentApp app;

    /** Starts the app on the shared stage, fresh (see {@link AppFixture}); returns that stage. */
    public Stage start(Supplier<AscentApp> factory) throws Exception {
        stop();
        Stage stage = AppFixture.freshStage();
        app = (AscentApp) FxToolkit.setupApplication(factory::get);
        return stage;
    }

    /**
     * Starts the app on the shared stage as it is: settings, size and position kept, as a test set
     * them up or as the previous run of the app (see {@link #stop}) left them.
     */
    public Stage startKeepingStage(Supplier<AscentApp> factory) throws Exception {
        stop();
        app = (AscentApp) FxToolkit.setupApplication(factory::get);
        // Asked after the start: asking for the stage first keeps the app from showing in it.
        return FxToolkit.registerPrimaryStage();
    }

    /**
     * Waits until the app's worker is idle (every save, load and refresh asked for so far is done
     * and shown) and the JavaFX events that followed are handled: what a fixed sleep used to hope for.
     */
    public void untilIdle() {
        AscentApp running = app;
        if (running == null) {
            throw new IllegalStateException("the app is not running");
        }
        CountDownLatch idle = new CountDownLatch(1);
        Platform.runLater(() -> running.whenIdle(idle::countDown));
        Waits.until("the app's work to be done", () -> idle.getCount() == 0);
    }

    /** Stops the app now, as quitting does; nothing is left for the end of the test. */
    public void stop() throws Exception {
        if (app != null) {
            AscentApp running = app;
            app = null;
            FxToolkit.cleanupApplication(running);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            stop();
        } finally {
            I18n.setLocale(Locale.ENGLISH);
            AppFixture.closeDialogs();
        }
    }
}
