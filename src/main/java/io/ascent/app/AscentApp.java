package io.ascent.app;

import io.ascent.ui.common.FxDialogService;
import io.ascent.ui.common.FxTaskRunner;
import io.ascent.ui.common.Messages;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.shell.MainView;
import io.ascent.ui.shell.MainViewModel;
import io.ascent.ui.shell.StartupErrorView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The desktop app. Shows the window at once and opens the database in the background, so the
 * first frame never waits for SQLite or the framework file.
 */
public class AscentApp extends Application {

    public static final String STYLESHEET = "/assets/css/ascent.css";

    private final FxTaskRunner runner = new FxTaskRunner();
    private Path databaseFile;
    private AppContext context;

    public AscentApp() {
    }

    /** For tests: an app on a given database file. */
    public AscentApp(Path databaseFile) {
        this.databaseFile = databaseFile;
    }

    @Override
    public void init() {
        if (databaseFile == null) {
            databaseFile = LaunchOptions.parse(getParameters().getRaw()).databaseOrDefault();
        }
    }

    @Override
    public void start(Stage stage) {
        // No spinner: its animation would take CPU from the start-up work it waits for.
        StackPane root = new StackPane();
        Scene scene = new Scene(root, 1120, 760);
        scene.getStylesheets().add(AscentApp.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.setTitle("Ascent");
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.show();
        Path file = databaseFile;
        runner.run(() -> EarlyContext.take(file).orElseGet(() -> AppContext.open(file, Clock.systemDefaultZone())), ctx -> {
            context = ctx;
            PlanSession session = new PlanSession(ctx.plans(), runner);
            FxDialogService dialogs = new FxDialogService(stage);
            MainViewModel model = new MainViewModel(session, dialogs, ctx.frameworks().defaultFramework());
            stage.titleProperty().bind(model.titleProperty());
            scene.setRoot(new MainView(model, Screens.create(ctx, session, runner, dialogs)));
            StartupProbe.install(session, runner);
            session.load(Optional.empty());
        }, error -> scene.setRoot(new StartupErrorView(Messages.of(error), Platform::exit)));
    }

    @Override
    public void stop() {
        runner.close();
        if (context != null) {
            context.close();
        }
    }
}
