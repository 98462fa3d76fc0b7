package io.ascent.ui;

import io.ascent.app.AscentApp;
import io.ascent.text.I18n;
import java.util.Locale;
import java.util.function.Supplier;
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
        Stage stage = AppFixture.freshStage();
        app = (AscentApp) FxToolkit.setupApplication(factory::get);
        return stage;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (app != null) {
                FxToolkit.cleanupApplication(app);
            }
        } finally {
            app = null;
            I18n.setLocale(Locale.ENGLISH);
            AppFixture.closeDialogs();
        }
    }
}
