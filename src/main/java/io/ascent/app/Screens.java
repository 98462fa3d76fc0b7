package io.ascent.app;

import io.ascent.service.ExportFormat;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.milestones.MilestonesView;
import io.ascent.ui.milestones.MilestonesViewModel;
import io.ascent.ui.plan.PlanPreviewView;
import io.ascent.ui.plan.PlanPreviewViewModel;
import io.ascent.ui.plan.PlanPrinter;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.shell.Commands;
import io.ascent.ui.shell.Page;
import java.util.List;

/** The sidebar's pages in order, each wired to the services it needs. The first is the landing page. */
final class Screens {

    private Screens() {
    }

    static List<Page> create(AppContext context, PlanSession session, TaskRunner runner, DialogService dialogs,
            Commands commands) {
        PlanPreviewViewModel plan = new PlanPreviewViewModel(session, context.exports(), runner, dialogs,
                new PlanPrinter(runner));
        commands.register(Commands.PRINT, () -> plan.print(null));
        commands.register(Commands.EXPORT_PDF, () -> plan.exportAs(ExportFormat.PDF));
        commands.register(Commands.IMPORT_PLAN, plan::importPlan);
        return List.of(
                new Page("milestones", "Milestones", () -> new MilestonesView(new MilestonesViewModel(session))),
                new Page("plan", "Plan", () -> new PlanPreviewView(plan)));
    }
}
