package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Cadence;
import io.ascent.domain.Framework;
import io.ascent.domain.Milestone;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanChange;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Specializations;
import io.ascent.domain.text.CadenceWords;
import io.ascent.service.report.PlanReport;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent plan edit}: changes any choice of the setup; prints the milestones that leave and
 * join the plan and readiness before and after. Progress and ratings stay.
 */
@Command(
        name = "edit",
        mixinStandardHelpOptions = true,
        description =
                "Changes a plan's name, levels, specialization, target date or rhythm; progress and ratings stay.")
final class PlanEditCommand implements Callable<Integer> {

    /** What {@code --target-date} takes to leave the plan without one. */
    static final String NO_DATE = "none";

    @ParentCommand
    private PlanCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
    private String name;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.option.newName", description = "A new name.")
    private String newName;

    @Option(
            names = "--level",
            paramLabel = "ID",
            descriptionKey = "cli.option.level",
            description = "Your current level, e.g. pm (ids: 'ascent framework show').")
    private String level;

    @Option(
            names = "--target",
            paramLabel = "ID",
            descriptionKey = "cli.option.target",
            description = "The level you are going for, e.g. senior-pm.")
    private String target;

    @Option(
            names = "--specialization",
            paramLabel = "ID",
            descriptionKey = "cli.option.specialization",
            description = "growth, ux or monetization in the default framework.")
    private String specialization;

    @Option(
            names = "--target-date",
            paramLabel = "YYYY-MM-DD",
            descriptionKey = "cli.option.editTargetDate",
            description = "When you want to get there; 'none' for no date.")
    private String targetDate;

    @Mixin
    private CadenceOptions rhythm;

    @Override
    public Integer call() {
        boolean choices =
                newName != null || level != null || target != null || specialization != null || targetDate != null;
        if (!choices && !rhythm.given()) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.edit.nothing"));
        }
        rhythm.check();
        Optional<Optional<LocalDate>> date = targetDate == null ? Optional.empty() : Optional.of(date(targetDate));
        try (AppContext app = parent.open()) {
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            if (rhythm.given()) {
                Cadence cadence = rhythm.applyTo(app.rhythms().cadence(plan.id()));
                if (!choices) {
                    app.rhythms().setCadence(plan.id(), cadence);
                    spec.commandLine()
                            .getOut()
                            .println(I18n.t("cli.plan.cadence", plan.name(), CadenceWords.of(cadence)));
                    return 0;
                }
                // Both: the plan's choices first (they check the most), then its rhythm under its new name.
                int code = editChoices(app, plan, date);
                app.rhythms().setCadence(plan.id(), cadence);
                spec.commandLine()
                        .getOut()
                        .println(I18n.t(
                                "cli.plan.cadence",
                                app.plans().open(plan.id()).plan().name(),
                                CadenceWords.of(cadence)));
                return code;
            }
            return editChoices(app, plan, date);
        }
    }

    private int editChoices(AppContext app, Plan plan, Optional<Optional<LocalDate>> date) {
        PlanSnapshot before = app.plans().open(plan.id());
        PlanDraft was = plan.choices();
        Plan edited = app.plans()
                .edit(
                        plan.id(),
                        new PlanDraft(
                                newName == null ? was.name() : newName,
                                was.frameworkId(),
                                level == null ? was.currentLevelId() : level,
                                target == null ? was.targetLevelId() : target,
                                specialization == null ? was.specializationId() : specialization,
                                date.orElse(was.targetDate())));
        print(spec.commandLine().getOut(), before, edited);
        return 0;
    }

    private Optional<LocalDate> date(String text) {
        if (text.strip().equalsIgnoreCase(NO_DATE)) {
            return Optional.empty();
        }
        return Optional.of(CliDates.parse(text)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), I18n.t("cli.edit.badDate", "--target-date", text, NO_DATE))));
    }

    private static void print(PrintWriter out, PlanSnapshot before, Plan edited) {
        Framework f = before.framework();
        PlanChange change = PlanChange.of(f, before.plan(), edited, before.ownMilestones(), before.progress());
        out.println(I18n.t(
                "cli.edit.done",
                edited.name(),
                I18n.t(
                        "cli.show.route",
                        f.level(edited.currentLevelId()).map(l -> l.title()).orElse(edited.currentLevelId()),
                        f.level(edited.targetLevelId()).map(l -> l.title()).orElse(edited.targetLevelId()),
                        Specializations.shown(f, edited.specializationId()).title(),
                        edited.targetDate()
                                .map(d -> I18n.t("cli.show.targetDate", I18n.date(d)))
                                .orElse(I18n.t("cli.show.noTargetDate")))));
        if (change.keepsItems()) {
            out.println("  " + I18n.t("cli.edit.sameItems"));
        } else {
            list(
                    out,
                    I18n.t("cli.edit.leaving", change.leaving().size(), change.leavingDone(before.progress())),
                    change.leaving());
            list(out, I18n.t("cli.edit.joining", change.joining().size()), change.joining());
        }
        out.println("  "
                + I18n.t(
                        "cli.edit.readiness",
                        PlanReport.percent(change.before()),
                        change.before().done(),
                        change.before().required(),
                        PlanReport.percent(change.after()),
                        change.after().done(),
                        change.after().required()));
    }

    private static void list(PrintWriter out, String heading, List<Milestone> items) {
        if (items.isEmpty()) {
            return;
        }
        out.println("  " + heading);
        for (Milestone m : items) {
            out.println("    " + m.id() + "  " + m.title());
        }
    }
}
