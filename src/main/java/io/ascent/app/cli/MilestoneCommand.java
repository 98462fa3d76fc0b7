package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Replacements;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.PlanService;
import io.ascent.service.ValidationException;
import io.ascent.service.report.PlanReport;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent milestone done|undo}: tick a milestone off, or take the tick back; {@code add} and
 * {@code remove} a milestone of your own ({@link MilestoneAddCommand}, {@link MilestoneRemoveCommand}).
 */
@Command(
        name = "milestone",
        mixinStandardHelpOptions = true,
        description = "Mark milestones done or undo that; add and remove milestones of your own.",
        subcommands = {MilestoneAddCommand.class, MilestoneRemoveCommand.class})
final class MilestoneCommand {

    @ParentCommand
    private AscentCommand root;

    @Spec
    private CommandSpec spec;

    @Command(
            name = "done",
            mixinStandardHelpOptions = true,
            description = "Marks a milestone done today, optionally with evidence for your manager.")
    int done(
            @Parameters(
                            index = "0",
                            paramLabel = "NAME",
                            descriptionKey = "cli.param.planName",
                            description = "Name of the plan.")
                    String name,
            @Parameters(
                            index = "1",
                            paramLabel = "MILESTONE_ID",
                            descriptionKey = "cli.param.milestoneId",
                            description = "Milestone id (see 'ascent plan show NAME --milestones').")
                    String milestoneId,
            @Option(
                            names = "--evidence",
                            paramLabel = "TEXT",
                            descriptionKey = "cli.option.evidence",
                            description = "What shows it is done.")
                    String evidence,
            @Option(
                            names = "--replace-evidence",
                            descriptionKey = "cli.option.replaceEvidence",
                            description = "On a milestone already done, replace its evidence with --evidence.")
                    boolean replaceEvidence) {
        try (AppContext app = root.open(Opening.WRITE)) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            PlanSnapshot view = app.plans().open(plan.id());
            Milestone milestone = milestone(view, milestoneId);
            PlanService.requireEditable(plan);
            MilestoneProgress shown = view.progressOf(milestone.id());
            String what = DoneTick.tick(app.plans(), plan.id(), milestone, shown, evidence, replaceEvidence);
            report(spec.commandLine().getOut(), app, plan, what);
            return 0;
        }
    }

    @Command(
            name = "undo",
            mixinStandardHelpOptions = true,
            description = "Marks a done milestone as to do again; its evidence is kept.")
    int undo(
            @Parameters(
                            index = "0",
                            paramLabel = "NAME",
                            descriptionKey = "cli.param.planName",
                            description = "Name of the plan.")
                    String name,
            @Parameters(
                            index = "1",
                            paramLabel = "MILESTONE_ID",
                            descriptionKey = "cli.param.milestoneId",
                            description = "Milestone id.")
                    String milestoneId) {
        try (AppContext app = root.open(Opening.WRITE)) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            PlanSnapshot view = app.plans().open(plan.id());
            Milestone milestone = milestone(view, milestoneId);
            PlanService.requireEditable(plan);
            app.plans().setStatus(plan.id(), view.progressOf(milestone.id()), MilestoneStatus.TODO);
            report(spec.commandLine().getOut(), app, plan, I18n.t("cli.milestone.undone", milestone.title()));
            return 0;
        }
    }

    /** The plan's item {@code id}; a milestone id an earlier edition of the ladder retired names its successor. */
    private static Milestone milestone(PlanSnapshot view, String id) {
        return view.item(Replacements.of(view.framework()).current(id.strip()))
                .orElseThrow(() -> new ValidationException(I18n.t(
                        "cli.error.noMilestone",
                        view.plan().name(),
                        id,
                        "ascent plan show \"" + view.plan().name() + "\" --milestones")));
    }

    /** Opens the database the command line names, to change it; the caller closes it. */
    AppContext open() {
        return root.open(Opening.WRITE);
    }

    /** "{what} ("{plan}" is now 12% ready, 7 of 58 milestones done)." on {@code out}. */
    static void report(PrintWriter out, AppContext app, Plan plan, String what) {
        var readiness = app.plans().open(plan.id()).readiness();
        out.println(I18n.t(
                "cli.milestone.readiness",
                what,
                plan.name(),
                PlanReport.percent(readiness),
                readiness.done(),
                readiness.required()));
    }
}
