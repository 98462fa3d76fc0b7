package io.ascent.app;

import io.ascent.ui.common.FxDialogService;
import io.ascent.ui.common.FxTaskRunner;
import io.ascent.ui.common.Messages;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.shell.MainMenu;
import io.ascent.ui.shell.MainView;
import io.ascent.ui.shell.MainViewModel;
import io.ascent.ui.shell.StartupErrorView;
import io.ascent.ui.shell.Themes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop app. Shows the window at once and opens the database in the background, so the
 * first frame never waits for SQLite or the framework file.
 */
public class AscentApp extends Application {

    private final FxTaskRunner runner = new FxTaskRunner();
    private final Settings settings = Settings.forUser();
    private Path databaseFile;
    private AppContext context;
    private Stage stage;

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
        this.stage = stage;
        StackPane root = new StackPane(new ProgressIndicator());
        Scene scene = new Scene(root, 1120, 760);
        Themes.apply(scene, settings.theme() == Settings.Theme.DARK);
        stage.setScene(scene);
        restoreBounds(stage);
        stage.titleProperty().unbind();
        stage.setTitle("Ascent");
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = AscentApp.class.getResource("/assets/icons/ascent-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.show();
        Path file = databaseFile;
        runner.run(() -> AppContext.open(file, Clock.systemDefaultZone()), ctx -> {
            context = ctx;
            PlanSession session = new PlanSession(ctx.plans(), runner);
            FxDialogService dialogs = new FxDialogService(stage);
            MainViewModel model = new MainViewModel(session, dialogs, ctx.frameworks().defaultFramework());
            stage.titleProperty().bind(model.titleProperty());
            MainView mainView = new MainView(model, Screens.create(ctx, session, runner, dialogs));
            MainMenu menu = new MainMenu(mainView, model, Themes.isDark(scene), dark -> {
                Themes.apply(scene, dark);
                settings.setTheme(dark ? Settings.Theme.DARK : Settings.Theme.LIGHT);
            }, Platform::exit);
            scene.setRoot(new BorderPane(mainView, menu, null, null, null));
            String key = ctx.database().file().toString();
            session.currentProperty().addListener((obs, old, view) -> {
                if (view != null) {
                    settings.setLastPlan(key, view.plan().id());
                }
            });
            session.load(settings.lastPlan(key));
        }, error -> scene.setRoot(new StartupErrorView(Messages.of(error), Platform::exit)));
    }

    private void restoreBounds(Stage stage) {
        settings.windowBounds().filter(b -> !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height())
                .isEmpty()).ifPresent(b -> {
                    stage.setX(b.x());
                    stage.setY(b.y());
                    stage.setWidth(b.width());
                    stage.setHeight(b.height());
                    stage.setMaximized(b.maximized());
                });
    }

    @Override
    public void stop() {
        if (stage != null && stage.getWidth() > 0) {
            settings.setWindowBounds(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
            settings.flush();
        }
        runner.close();
        if (context != null) {
            context.close();
        }
    }
}
