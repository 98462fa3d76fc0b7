package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.app.boot.Settings;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.sqlite.DatabaseUnusableException;
import io.ascent.service.BackupService;
import io.ascent.service.ExportFormat;
import io.ascent.text.I18n;
import io.ascent.ui.assessment.AssessmentView;
import io.ascent.ui.assessment.AssessmentViewModel;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Messages;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.dashboard.DashboardView;
import io.ascent.ui.dashboard.DashboardViewModel;
import io.ascent.ui.framework.FrameworkView;
import io.ascent.ui.framework.FrameworkViewModel;
import io.ascent.ui.history.CheckInCommand;
import io.ascent.ui.history.CheckInReminder;
import io.ascent.ui.history.HistoryView;
import io.ascent.ui.history.HistoryViewModel;
import io.ascent.ui.milestones.MilestoneDetailsViewModel;
import io.ascent.ui.milestones.MilestonesView;
import io.ascent.ui.milestones.MilestonesViewModel;
import io.ascent.ui.milestones.OwnMilestoneCommands;
import io.ascent.ui.plan.PacketCommand;
import io.ascent.ui.plan.PlanCommands;
import io.ascent.ui.plan.PlanPreviewView;
import io.ascent.ui.plan.PlanPreviewViewModel;
import io.ascent.ui.plan.PlanPrinter;
import io.ascent.ui.recovery.BackupCommands;
import io.ascent.ui.recovery.RecoveryView;
import io.ascent.ui.recovery.RecoveryViewModel;
import io.ascent.ui.session.ChangeWatch;
import io.ascent.ui.session.ConflictPrompt;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.OwnMilestoneEdits;
import io.ascent.ui.session.PlanEdits;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.ProgressEdits;
import io.ascent.ui.session.StatusLine;
import io.ascent.ui.session.WinsSession;
import io.ascent.ui.shell.Commands;
import io.ascent.ui.shell.MainMenu;
import io.ascent.ui.shell.MainView;
import io.ascent.ui.shell.MainViewModel;
import io.ascent.ui.shell.Page;
import io.ascent.ui.wins.RecentWinsCard;
import io.ascent.ui.wins.RecentWinsModel;
import io.ascent.ui.wins.WinDialog;
import io.ascent.ui.wins.WinEditor;
import io.ascent.ui.wins.WinEvidenceModel;
import io.ascent.ui.wins.WinEvidencePane;
import io.ascent.ui.wins.WinsView;
import io.ascent.ui.wins.WinsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The composition root of the window: builds, by constructors and in one place, everything the
 * window shows for one open database (the services come from {@link AppContext}): the sessions,
 * the view models, the pages, the commands of menus and shortcuts, the views. Also the screen
 * for a database that cannot be opened.
 */
final class PlanWindow {

    private final ProgressEdits edits;
    private final ReviewWiring reviews;
    private final ChangePolling polling;

    private PlanWindow(ProgressEdits edits, ReviewWiring reviews, ChangePolling polling) {
        this.edits = edits;
        this.reviews = reviews;
        this.polling = polling;
    }

    /**
     * Builds the window for {@code ctx} and shows it on {@code stage}. {@code open} opens a
     * database file (with a message to show once it is open); {@code stillCurrent} says whether
     * {@code ctx} is still the open database; {@code pollEvery} how often the window looks for
     * changes saved elsewhere (zero: only when it gets the focus, and on F5).
     */
    static PlanWindow show(
            AppContext ctx,
            Stage stage,
            TaskRunner runner,
            DialogService dialogs,
            Settings settings,
            BiConsumer<Path, Optional<String>> open,
            BooleanSupplier stillCurrent,
            Optional<String> notice,
            Duration pollEvery) {
        StatusLine status = new StatusLine();
        PlanSession session = new PlanSession(ctx.plans(), runner, status);
        String key = ctx.database().file().toString();
        // The worker reads the plan list and the last plan while this thread builds the window; the
        // results arrive after this method returns, with every listener in place.
        session.start(settings.lastPlan(key));
        EditHistory history = new EditHistory(session, runner, status);
        ConflictPrompt conflicts = new ConflictPrompt(dialogs);
        ProgressEdits edits = new ProgressEdits(session, ctx.plans(), runner, status, history, conflicts);
        InsightsSession insights =
                new InsightsSession(session, status, ctx.assessments(), ctx.checkIns(), runner, conflicts);
        insights.setOnReminder(new CheckInReminder(stage)::show);
        CheckInCommand checkIn = new CheckInCommand(session, insights, dialogs);
        WinsSession wins = new WinsSession(session, ctx.wins(), runner, status, history);
        WinEditor winEditor = new WinDialog(stage);
        WinsViewModel winsModel = new WinsViewModel(session, wins, winEditor, dialogs);
        OwnMilestoneCommands own = new OwnMilestoneCommands(
                session, new OwnMilestoneEdits(session, ctx.ownMilestones(), runner, status, history), dialogs);
        PlanCommands planCommands = new PlanCommands(
                session,
                new PlanEdits(session, ctx.plans(), ctx.promotions(), runner, status, history),
                dialogs,
                ctx.plans()::today);
        FrameworkViewModel frameworks = new FrameworkViewModel(ctx.frameworks(), session, runner, dialogs);
        PlanPreviewViewModel plan =
                new PlanPreviewViewModel(session, ctx.exports(), runner, dialogs, new PlanPrinter(runner));
        MainViewModel model =
                new MainViewModel(session, status, history, dialogs, ctx.frameworks()::installed, ctx.plans()::today);

        Commands commands = new Commands();
        commands.register(Commands.CHECK_IN, checkIn::run, checkIn.disabled());
        commands.register(Commands.IMPORT_FRAMEWORK, frameworks::importFramework, frameworks.busyProperty());
        commands.register(
                Commands.UNDO, history::undo, history.canUndoProperty().not());
        commands.register(
                Commands.REDO, history::redo, history.canRedoProperty().not());
        commands.register(Commands.PRINT, () -> plan.print(null));
        commands.register(Commands.EXPORT_PDF, () -> plan.exportAs(ExportFormat.PDF));
        commands.register(Commands.IMPORT_PLAN, plan::importPlan);
        commands.register(Commands.ADD_WIN, winsModel::add);
        commands.register(Commands.PACKET, new PacketCommand(session, ctx.packets(), runner, dialogs, status)::run);
        RhythmWiring rhythm = new RhythmWiring(ctx, session, insights, runner, dialogs, status, own, commands);
        winsModel.setOnAsk(win -> rhythm.askAbout(win.title()));
        commands.register(Commands.EDIT_PLAN, planCommands::editPlan, planCommands.disabled());
        commands.register(Commands.REACHED, planCommands::markReached, planCommands.disabled());
        ReviewWiring reviews = ReviewWiring.wire(ctx, session, insights, runner, dialogs, status, commands);
        // Changes saved in another window or on the command line: on focus, every few seconds, and F5.
        ChangeWatch watch = new ChangeWatch(ctx.outsideChanges(), runner, session, insights, status);
        commands.register(Commands.REFRESH, watch::check);
        // The dashboard's next steps, gaps and upcoming milestones open the Milestones page, built on first use.
        MilestonesView[] milestonesView = new MilestonesView[1];
        MainView[] main = new MainView[1];
        DashboardViewModel.Links links = new DashboardViewModel.Links(
                id -> {
                    main[0].showPage("milestones");
                    milestonesView[0].select(id);
                },
                id -> {
                    main[0].showPage("milestones");
                    milestonesView[0].showCompetency(id);
                });
        // The sidebar's pages in order, the first is the landing page; each view is built when first shown.
        List<Page> pages = List.of(
                new Page(
                        "dashboard",
                        I18n.t("page.dashboard"),
                        () -> new DashboardView(
                                new DashboardViewModel(session, insights, status, runner, ctx.clock(), links),
                                rhythm.upcomingCard(
                                        links.milestone(), checkIn::run, () -> main[0].showPage("assessment")),
                                reviews.card(ctx.clock().getZone()),
                                new RecentWinsCard(
                                        new RecentWinsModel(session, wins, rhythm.session(), ctx.clock()),
                                        winsModel::add))),
                new Page(
                        "milestones",
                        I18n.t("page.milestones"),
                        () -> milestonesView[0] =
                                milestonesPage(session, edits, dialogs, reviews, own, wins, winEditor, rhythm),
                        "#milestoneTree"),
                new Page("wins", I18n.t("page.wins"), () -> new WinsView(winsModel), "#winSearch"),
                new Page(
                        "assessment",
                        I18n.t("page.assessment"),
                        () -> new AssessmentView(new AssessmentViewModel(
                                session, insights, history, reviews.reviews().comparisonProperty()))),
                new Page(
                        "history",
                        I18n.t("page.history"),
                        () -> new HistoryView(
                                new HistoryViewModel(
                                        session, insights, checkIn, ctx.clock().getZone(), wins.wins()),
                                rhythm.logCard())),
                new Page("framework", I18n.t("page.framework"), () -> new FrameworkView(frameworks)),
                new Page("plan", I18n.t("page.plan"), () -> new PlanPreviewView(plan)));
        MainView mainView = new MainView(model, pages, commands);
        main[0] = mainView;
        commands.register(Commands.FIND, () -> mainView.showPage("milestones", "#milestoneSearch"));
        commands.register(
                Commands.ADD_MILESTONE,
                () -> {
                    mainView.showPage("milestones");
                    own.add(Optional.empty());
                },
                own.disabled());
        BackupCommands backups = new BackupCommands(ctx.backups(), runner, dialogs, status);
        AppWindowActions actions = new AppWindowActions(
                stage,
                settings,
                dialogs,
                backups,
                edits,
                ctx.database().file(),
                ctx.backups().folder(),
                open);
        MainMenu menu = new MainMenu(mainView, model, actions, commands);

        BorderPane root = new BorderPane(mainView, menu, null, null, null);
        reviews.attach(stage, root, mainView, model, ctx);
        stage.getScene().setRoot(root);
        session.currentProperty().addListener((obs, old, view) -> {
            if (view != null) {
                settings.setLastPlan(key, view.plan().id());
            }
        });
        StartupProbe.install(session, runner);
        notice.ifPresent(status::report);
        // What opening did that the user should hear once (plans a migration renamed).
        ctx.database().notices().forEach(status::report);
        backups.scheduleDailyBackup(stillCurrent);
        return new PlanWindow(edits, reviews, ChangePolling.start(stage, watch, pollEvery));
    }

    private static MilestonesView milestonesPage(
            PlanSession session,
            ProgressEdits edits,
            DialogService dialogs,
            ReviewWiring reviews,
            OwnMilestoneCommands own,
            WinsSession wins,
            WinEditor editor,
            RhythmWiring rhythm) {
        MilestoneDetailsViewModel details = new MilestoneDetailsViewModel(
                session, edits, dialogs, reviews.reviews().currentProperty());
        MilestonesView view = new MilestonesView(new MilestonesViewModel(session, edits), details, own);
        view.detailsView()
                .addSection(
                        new WinEvidencePane(new WinEvidenceModel(session, wins, editor, details.milestoneProperty())));
        view.detailsView().addSection(rhythm.askLink(details.milestoneProperty()));
        return view;
    }

    /** The screen for {@code file}, which failed to open with {@code error}: what is wrong, and the ways out. */
    static Parent recoveryScreen(
            Path file,
            Throwable error,
            Clock clock,
            TaskRunner runner,
            DialogService dialogs,
            BiConsumer<Path, Optional<String>> open) {
        DatabaseProblem problem = error instanceof DatabaseUnusableException u ? u.problem() : DatabaseProblem.OTHER;
        return new RecoveryView(new RecoveryViewModel(
                file,
                problem,
                // The screen offers its own ways out; the message says what is wrong.
                Messages.fact(error),
                BackupService.forUnopened(file, clock),
                runner,
                dialogs,
                open,
                Platform::exit));
    }

    /** Opens a review request file on the reviewer's desk (a file given on the command line). */
    void openReviewRequest(Path request) {
        reviews.open(request);
    }

    /** Saves every edit still waiting (text typed a moment ago); before quitting or switching databases. */
    void flushPendingEdits() {
        edits.flushPendingEdits();
    }

    /** Stops looking for changes saved elsewhere; before quitting or switching databases. */
    void close() {
        polling.close();
    }
}
