package io.ascent.app;

import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.framework.FrameworkView;
import io.ascent.ui.framework.FrameworkViewModel;
import io.ascent.ui.milestones.MilestonesView;
import io.ascent.ui.milestones.MilestonesViewModel;
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
        FrameworkViewModel frameworks = new FrameworkViewModel(context.frameworks(), session, runner, dialogs);
        commands.register(Commands.IMPORT_FRAMEWORK, frameworks::importFramework, frameworks.busyProperty());
        return List.of(
                new Page("milestones", "Milestones", () -> new MilestonesView(new MilestonesViewModel(session))),
                new Page("framework", "Framework", () -> new FrameworkView(frameworks)));
    }
}
