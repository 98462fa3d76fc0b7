package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.service.ExportFormat;
import io.ascent.text.I18n;
import io.ascent.ui.assessment.AssessmentView;
import io.ascent.ui.assessment.AssessmentViewModel;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.dashboard.DashboardView;
import io.ascent.ui.dashboard.DashboardViewModel;
import io.ascent.ui.framework.FrameworkView;
import io.ascent.ui.framework.FrameworkViewModel;
import io.ascent.ui.history.CheckInCommand;
import io.ascent.ui.history.HistoryView;
import io.ascent.ui.history.HistoryViewModel;
import io.ascent.ui.milestones.MilestoneDetailsViewModel;
import io.ascent.ui.milestones.MilestonesView;
import io.ascent.ui.milestones.MilestonesViewModel;
import io.ascent.ui.plan.PlanPreviewView;
import io.ascent.ui.plan.PlanPreviewViewModel;
import io.ascent.ui.plan.PlanPrinter;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.shell.Commands;
import io.ascent.ui.shell.Page;
import java.util.List;

/** The sidebar's pages in order, each wired to the services it needs. The first is the landing page. */
final class Screens {

    private Screens() {}

    static List<Page> create(
            AppContext context,
            PlanSession session,
            InsightsSession insights,
            TaskRunner runner,
            DialogService dialogs,
            CheckInCommand checkIn,
            Commands commands) {
        commands.register(Commands.CHECK_IN, checkIn::run, checkIn.disabled());
        FrameworkViewModel frameworks = new FrameworkViewModel(context.frameworks(), session, runner, dialogs);
        commands.register(Commands.IMPORT_FRAMEWORK, frameworks::importFramework, frameworks.busyProperty());
        commands.register(
                Commands.UNDO, session::undo, session.canUndoProperty().not());
        commands.register(
                Commands.REDO, session::redo, session.canRedoProperty().not());
        PlanPreviewViewModel plan =
                new PlanPreviewViewModel(session, context.exports(), runner, dialogs, new PlanPrinter(runner));
        commands.register(Commands.PRINT, () -> plan.print(null));
        commands.register(Commands.EXPORT_PDF, () -> plan.exportAs(ExportFormat.PDF));
        commands.register(Commands.IMPORT_PLAN, plan::importPlan);
        return List.of(
                new Page(
                        "dashboard",
                        I18n.t("page.dashboard"),
                        () -> new DashboardView(new DashboardViewModel(session, insights, runner, context.clock()))),
                new Page(
                        "milestones",
                        I18n.t("page.milestones"),
                        () -> new MilestonesView(
                                new MilestonesViewModel(session), new MilestoneDetailsViewModel(session, dialogs))),
                new Page(
                        "assessment",
                        I18n.t("page.assessment"),
                        () -> new AssessmentView(new AssessmentViewModel(session, insights))),
                new Page(
                        "history",
                        I18n.t("page.history"),
                        () -> new HistoryView(new HistoryViewModel(
                                session, insights, checkIn, context.clock().getZone()))),
                new Page("framework", I18n.t("page.framework"), () -> new FrameworkView(frameworks)),
                new Page("plan", I18n.t("page.plan"), () -> new PlanPreviewView(plan)));
    }
}
