package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ascent milestone remove}: takes a milestone of your own out of the plan, with its progress. */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = "Removes a milestone of your own from the plan, with its progress.")
final class MilestoneRemoveCommand implements Callable<Integer> {

    @ParentCommand
    private MilestoneCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "NAME",
            descriptionKey = "cli.param.planName",
            description = "Name of the plan.")
    private String name;

    @Parameters(
            index = "1",
            paramLabel = "MILESTONE_ID",
            descriptionKey = "cli.param.ownId",
            description = "Id of a milestone of your own, e.g. own:k3x9qa.")
    private String milestoneId;

    @Override
    public Integer call() {
        try (AppContext app = parent.open()) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            PlanSnapshot view = app.plans().open(plan.id());
            String id = milestoneId.strip();
            String title = view.ownMilestone(id).map(m -> m.title()).orElse(id);
            app.ownMilestones().remove(plan.id(), id);
            MilestoneCommand.report(spec.commandLine().getOut(), app, plan, I18n.t("cli.milestone.removed", title));
            return 0;
        }
    }
}
