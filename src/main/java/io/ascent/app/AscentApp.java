package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.LaunchOptions;
import io.ascent.app.boot.Settings;
import io.ascent.service.BackupService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.FxDialogService;
import io.ascent.ui.common.FxTaskRunner;
import io.ascent.ui.common.Icons;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.Preferences;
import io.ascent.ui.history.CheckInCommand;
import io.ascent.ui.history.CheckInReminder;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.shell.Commands;
import io.ascent.ui.shell.MainMenu;
import io.ascent.ui.shell.MainView;
import io.ascent.ui.shell.MainViewModel;
import io.ascent.ui.shell.Themes;
import io.ascent.ui.shell.WindowActions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * The desktop app. Shows the window at once and opens the database in the background, so the
 * first frame never waits for SQLite or the framework file.
 */
public class AscentApp extends Application {

    private final FxTaskRunner runner = new FxTaskRunner();
    private final Settings settings = Settings.forUser();
    private Path databaseFile;
    private AppContext context;
    private PlanSession session;
    private Stage stage;

    public AscentApp() {}

    /** For tests: an app on a given database file. */
    public AscentApp(Path databaseFile) {
        this.databaseFile = databaseFile;
    }

    @Override
    public void init() {
        if (databaseFile == null) {
            LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
            databaseFile = options.databaseOrDefault();
            options.languageOr(settings).ifPresent(I18n::setLocale);
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        // No spinner: its animation would take CPU from the start-up work it waits for.
        StackPane root = new StackPane();
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
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.show();
        open(databaseFile);
    }

    /**
     * Opens {@code file} in the background and swaps the window over to it once it is ready. If
     * it cannot be opened, the database already open stays open and the user is told why.
     */
    private void open(Path file) {
        open(file, Optional.empty());
    }

    /** As {@link #open(Path)}, then shows {@code notice} (e.g. what a restore did) in the status line. */
    private void open(Path file, Optional<String> notice) {
        Scene scene = stage.getScene();
        DialogService dialogs = dialogs(stage);
        Recovery recovery = new Recovery(runner, dialogs);
        runner.run(
                () -> openContext(file),
                ctx -> {
                    if (this.session != null) {
                        // Saves for the old database go into the queue before it is closed.
                        this.session.flushPendingEdits();
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
                    PlanSession session = new PlanSession(ctx.plans(), runner);
                    this.session = session;
                    String key = ctx.database().file().toString();
                    // The worker reads the plan list and the last plan while this thread builds the
                    // window; the results arrive after this handler returns, with every listener in place.
                    session.load(settings.lastPlan(key));
                    MainViewModel model = new MainViewModel(
                            session, dialogs, ctx.frameworks().defaultFramework(), ctx.frameworks()::installed);
                    stage.titleProperty().unbind();
                    stage.titleProperty().bind(model.titleProperty());
                    InsightsSession insights = new InsightsSession(session, ctx.assessments(), ctx.checkIns(), runner);
                    insights.setOnReminder(new CheckInReminder(stage)::show);
                    CheckInCommand checkIn = new CheckInCommand(session, insights, dialogs);
                    Commands commands = new Commands();
                    MainView mainView = new MainView(
                            model, Screens.create(ctx, session, insights, runner, dialogs, checkIn, commands));
                    mainView.addTopBarButton(checkInButton(checkIn));
                    commands.register(Commands.FIND, () -> mainView.showPage("milestones", "#milestoneSearch"));
                    MainMenu menu = new MainMenu(mainView, model, windowActions(dialogs, ctx, recovery), commands);
                    scene.setRoot(new BorderPane(mainView, menu, null, null, null));
                    session.currentProperty().addListener((obs, old, view) -> {
                        if (view != null) {
                            settings.setLastPlan(key, view.plan().id());
                        }
                    });
                    StartupProbe.install(session, runner);
                    notice.ifPresent(session::report);
                    ctx.database().notices().forEach(session::report);
                    recovery.scheduleDailyBackup(ctx, session, () -> context == ctx);
                },
                error -> {
                    if (context == null) {
                        scene.setRoot(recovery.screen(file, error, this::open, Platform::exit));
                    } else {
                        dialogs.showError(I18n.t("startup.openFailed", file.getFileName()), Messages.of(error));
                    }
                });
    }

    /** The context Main began opening while JavaFX started, or a new one (tests, File > Open). */
    private static AppContext openContext(Path file) {
        return EarlyContext.take(file).orElseGet(() -> AppContext.open(file, Clock.systemDefaultZone()));
    }

    private WindowActions windowActions(DialogService dialogs, AppContext ctx, Recovery recovery) {
        Scene scene = stage.getScene();
        Path current = ctx.database().file();
        return new WindowActions() {
            @Override
            public void backUpNow() {
                recovery.backUpNow(ctx, session);
            }

            @Override
            public void restoreFromBackup() {
                // Text typed a moment ago is saved first, so the restore cannot be overwritten by it.
                session.flushPendingEdits();
                recovery.showBackups(stage, ctx, message -> open(current, Optional.of(message)));
            }

            @Override
            public void openDatabase() {
                dialogs.chooseDatabase(current).ifPresent(file -> {
                    if (BackupService.isBackup(file)) {
                        dialogs.showError(
                                I18n.t("startup.openFailed", file.getFileName()),
                                I18n.t("recovery.isBackup", file.getFileName()));
                    } else {
                        open(file);
                    }
                });
            }

            @Override
            public void setDarkTheme(boolean dark) {
                Themes.apply(scene, dark);
                settings.setTheme(dark ? Settings.Theme.DARK : Settings.Theme.LIGHT);
            }

            @Override
            public boolean isDarkTheme() {
                return Themes.isDark(scene);
            }

            @Override
            public void editPreferences() {
                Locale language =
                        settings.language().map(Locale::forLanguageTag).orElse(I18n.locale());
                dialogs.editPreferences(new Preferences(isDarkTheme(), language))
                        .ifPresent(p -> {
                            setDarkTheme(p.darkTheme());
                            settings.setLanguage(p.language().toLanguageTag());
                        });
            }

            @Override
            public void quit() {
                Platform.exit();
            }
        };
    }

    /** The dialogs of the window; tests replace the operating system's file chooser here. */
    protected DialogService dialogs(Stage owner) {
        return new FxDialogService(owner, getHostServices());
    }

    private void restoreBounds(Stage stage) {
        settings.windowBounds()
                .filter(b -> !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height())
                        .isEmpty())
                .ifPresent(b -> {
                    stage.setX(b.x());
                    stage.setY(b.y());
                    stage.setWidth(b.width());
                    stage.setHeight(b.height());
                    stage.setMaximized(b.maximized());
                });
    }

    private static Button checkInButton(CheckInCommand command) {
        Button button = Icons.on(new Button(I18n.t("shell.checkIn")), Feather.CHECK_CIRCLE);
        button.setId("checkInButton");
        button.disableProperty().bind(command.disabled());
        button.setOnAction(e -> command.run());
        return button;
    }

    @Override
    public void stop() {
        if (stage != null && stage.getWidth() > 0) {
            settings.setWindowBounds(new Settings.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            settings.flush();
        }
        if (session != null) {
            // Evidence typed in the last moments before quitting is saved before the worker stops.
            session.flushPendingEdits();
        }
        runner.close();
        if (context != null) {
            context.close();
        }
    }
}
