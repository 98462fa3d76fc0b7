package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.LaunchOptions;
import io.ascent.app.boot.Settings;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import io.ascent.ui.common.FxTaskRunner;
import io.ascent.ui.common.Messages;
import io.ascent.ui.shell.Themes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop app. Shows the window at once and opens the database in the background, so the
 * first frame never waits for SQLite or the framework file.
 */
public class AscentApp extends Application {

    /** Every few seconds: a change saved elsewhere shows soon, and a look costs one pragma. */
    public static final Duration CHANGE_POLLING = Duration.ofSeconds(3);

    private final FxTaskRunner runner = new FxTaskRunner();
    private final Settings settings = Settings.forUser();
    // The one clock of the window: every context it shows runs on it (an early context begun
    // on another clock is not taken), and so do the recovery screen's backups.
    private final Clock clock;
    private Path databaseFile;
    // A review request given on the command line, opened once the first window is up.
    private Optional<Path> reviewRequest = Optional.empty();
    private AppContext context;
    private PlanWindow window;
    private Stage stage;

    public AscentApp() {
        this.clock = Clock.systemDefaultZone();
    }

    /** For tests: an app on a given database file. */
    public AscentApp(Path databaseFile) {
        this(databaseFile, Clock.systemDefaultZone());
    }

    /** For tests: an app on a given database file that opens {@code request} on the reviewer's desk, as the desktop does. */
    public AscentApp(Path databaseFile, Path request) {
        this(databaseFile, Clock.systemDefaultZone());
        this.reviewRequest = Optional.of(request);
    }

    /** For tests: an app on a given database file and clock. */
    public AscentApp(Path databaseFile, Clock clock) {
        this.databaseFile = databaseFile;
        this.clock = clock;
    }

    @Override
    public void init() {
        if (databaseFile == null) {
            LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
            databaseFile = options.databaseOrDefault();
            reviewRequest = options.reviewRequest();
            options.languageOr(settings).ifPresent(I18n::setLocale);
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        // No spinner: its animation would take CPU from the start-up work it waits for.
        StackPane root = new StackPane();
        // The default size, on a smaller screen (900x600, say) as much of it as there is, title bar
        // included: the whole window stays in view.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(
                root, Math.min(1120, screen.getWidth()), Math.min(760, Math.max(520, screen.getHeight() - 40)));
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
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.show();
        open(databaseFile, Optional.empty());
    }

    /**
     * Opens {@code file} in the background and swaps the window over to it once it is ready, then
     * shows {@code notice} (e.g. what a restore did) in the status line. If it cannot be opened,
     * the database already open stays open and the user is told why; with none open, the
     * recovery screen says what is wrong and offers the ways out.
     */
    private void open(Path file, Optional<String> notice) {
        DialogService dialogs = dialogs(stage);
        runner.run(() -> openContext(file), ctx -> show(ctx, dialogs, notice), error -> {
            if (context == null) {
                stage.getScene().setRoot(PlanWindow.recoveryScreen(file, error, clock, runner, dialogs, this::open));
            } else {
                dialogs.showError(I18n.t("startup.openFailed", file.getFileName()), Messages.of(error));
            }
        });
    }

    private void show(AppContext ctx, DialogService dialogs, Optional<String> notice) {
        if (window != null) {
            // Saves for the old database go into the queue before it is closed.
            window.flushPendingEdits();
            window.close();
        }
        AppContext previous = context;
        context = ctx;
        if (previous != null) {
            runner.run(
                    previous::close,
                    () -> {},
                    e -> dialogs.showError(
                            I18n.t(
                                    "startup.openFailed",
                                    previous.database().file().getFileName()),
                            Messages.of(e)));
        }
        window = PlanWindow.show(
                ctx, stage, runner, dialogs, settings, this::open, () -> context == ctx, notice, changePolling());
        reviewRequest.ifPresent(window::openReviewRequest);
        reviewRequest = Optional.empty();
    }

    /**
     * On the JavaFX thread: runs {@code action} once the worker has no work queued, running or
     * waiting to be shown ({@link FxTaskRunner#whenIdle}). Tests wait for it instead of sleeping.
     */
    public void whenIdle(Runnable action) {
        runner.whenIdle(action);
    }

    /** The context Main began opening while JavaFX started, or a new one (tests, File > Open). */
    private AppContext openContext(Path file) {
        return EarlyContext.take(file, clock).orElseGet(() -> AppContext.open(file, clock));
    }

    /**
     * How often the window looks for changes saved in another window or on the command line
     * (besides when it gets the focus, and F5); tests that stage a stale window turn it off.
     */
    protected Duration changePolling() {
        return CHANGE_POLLING;
    }

    /** The dialogs of the window; tests replace the operating system's file chooser here. */
    protected DialogService dialogs(Stage owner) {
        return new FxDialogService(owner, getHostServices());
    }

    private void restoreBounds(Stage stage) {
        settings.windowBounds()
                .flatMap(saved ->
                        Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height()).stream()
                                .findFirst()
                                .map(Screen::getVisualBounds)
                                .map(area -> saved.fitInto(
                                        area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight())))
                .ifPresent(b -> {
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
            settings.setWindowBounds(new Settings.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            settings.flush();
        }
        if (window != null) {
            // Evidence typed in the last moments before quitting is saved before the worker stops.
            window.flushPendingEdits();
            window.close();
        }
        runner.close();
        if (context != null) {
            context.close();
        }
    }
}
