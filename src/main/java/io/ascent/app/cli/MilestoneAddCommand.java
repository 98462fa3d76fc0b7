package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.Plan;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ascent milestone add}: a milestone of your own in a competency and level of the plan; prints its id. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Adds a milestone of your own to a competency and level of the plan and prints its id.")
final class MilestoneAddCommand implements Callable<Integer> {

    @ParentCommand
    private MilestoneCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
    private String name;

    @Option(
            names = "--competency",
            required = true,
            paramLabel = "ID",
            descriptionKey = "cli.option.ownCompetency",
            description = "Competency id (see 'ascent framework show').")
    private String competency;

    @Option(
            names = "--level",
            required = true,
            paramLabel = "ID",
            descriptionKey = "cli.option.ownLevel",
            description = "A level the plan climbs through, e.g. senior-pm.")
    private String level;

    @Option(
            names = "--title",
            required = true,
            paramLabel = "TEXT",
            descriptionKey = "cli.option.ownTitle",
            description = "What you will have done, in one line.")
    private String title;

    @Option(
            names = "--description",
            paramLabel = "TEXT",
            descriptionKey = "cli.option.ownDescription",
            description = "More about it.")
    private String description;

    @Option(
            names = "--due",
            paramLabel = "YYYY-MM-DD",
            descriptionKey = "cli.option.ownDue",
            description = "When you mean to have it done.")
    private LocalDate due;

    @Option(
            names = "--optional",
            descriptionKey = "cli.option.ownOptional",
            description = "One more way to meet its competency at that level, not one more thing needed.")
    private boolean optional;

    @Override
    public Integer call() {
        try (AppContext app = parent.open()) {
            PrintWriter out = spec.commandLine().getOut();
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            OwnMilestone added = app.ownMilestones()
                    .add(
                            plan.id(),
                            new OwnMilestoneDraft(
                                    competency, level, title, description, optional, Optional.ofNullable(due)));
            // The id alone on the first line, for scripts: id=$(ascent milestone add ... | head -1)
            out.println(added.id());
            MilestoneCommand.report(out, app, plan, I18n.t("cli.milestone.added", added.title()));
            return 0;
        }
    }
}
