package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Specializations;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.ExportFormat;
import io.ascent.service.PlanNameTakenException;
import io.ascent.service.ValidationException;
import io.ascent.service.report.PlanReport;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ascent plan ...}: list, create, show, export and import plans; {@code edit} one
 * ({@link PlanEditCommand}), mark one reached ({@link PlanReachedCommand}) and write its promotion
 * packet ({@link PlanPacketCommand}).
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "List, create, show, edit, export and import plans; mark one as reached; their rhythm.",
        subcommands = {
            PlanEditCommand.class,
            PlanReachedCommand.class,
            PlanPacketCommand.class,
            PlanCadenceCommand.class,
            PlanUpcomingCommand.class,
            PlanCalendarCommand.class,
            PlanAgendaCommand.class
        },
        subcommandsRepeatable = false)
final class PlanCommand {

    @ParentCommand
    private AscentCommand root;

    @Spec
    private CommandSpec spec;

    static String upper(String key) {
        return I18n.t(key).toUpperCase(I18n.locale());
    }

    /** Opens the database the command line names, to change it; the caller closes it. */
    AppContext open() {
        return open(Opening.WRITE);
    }

    /** Opens the database the command line names as {@code how} says; the caller closes it. */
    AppContext open(Opening how) {
        return root.open(how);
    }

    /** Opens the database the command line names, to read it; the caller closes it. */
    AppContext read() {
        return open(Opening.READ);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Plans with their level, target, specialization and readiness.")
    int list() {
        try (AppContext app = root.open(Opening.READ)) {
            PlanList.print(app.plans(), out(), err());
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a plan.")
    int create(
            @Option(
                            names = "--name",
                            required = true,
                            paramLabel = "NAME",
                            descriptionKey = "cli.param.planName",
                            description = "Name of the plan.")
                    String name,
            @Option(
                            names = "--level",
                            required = true,
                            paramLabel = "ID",
                            descriptionKey = "cli.option.level",
                            description = "Your current level, e.g. pm (ids: 'ascent framework show').")
                    String level,
            @Option(
                            names = "--target",
                            required = true,
                            paramLabel = "ID",
                            descriptionKey = "cli.option.target",
                            description = "The level you are going for, e.g. senior-pm.")
                    String target,
            @Option(
                            names = "--specialization",
                            paramLabel = "ID",
                            descriptionKey = "cli.option.specialization",
                            description = "growth, ux or monetization in the default framework; "
                                    + "leave it out on a ladder without specializations.")
                    String specialization,
            @Option(
                            names = "--target-date",
                            paramLabel = "YYYY-MM-DD",
                            descriptionKey = "cli.option.targetDate",
                            description = "When you want to get there.")
                    LocalDate targetDate,
            @Option(
                            names = "--framework",
                            paramLabel = "ID",
                            descriptionKey = "cli.option.framework",
                            description = "Framework id (default: the PM ladder).")
                    String framework) {
        try (AppContext app = root.open(Opening.CREATE)) {
            String frameworkId =
                    framework == null ? app.frameworks().defaultFramework().id() : framework;
            // The one rule decides what no --specialization means on this ladder; an unknown
            // framework is the service's to report.
            String chosen = app.frameworks()
                    .framework(frameworkId)
                    .map(f -> specialization(f, specialization))
                    .orElse(Specializations.CORE_ONLY);
            Plan plan = app.plans()
                    .create(new PlanDraft(name, frameworkId, level, target, chosen, Optional.ofNullable(targetDate)));
            PlanSnapshot view = app.plans().open(plan.id());
            out().println(I18n.t(
                    "cli.plan.created",
                    plan.name(),
                    view.readiness().required(),
                    view.framework().level(target).map(l -> l.title()).orElse(target)));
            return 0;
        }
    }

    /**
     * The specialization to store, as {@link Specializations} decides; leaving out one the ladder
     * needs is misuse (exit 2), naming an unknown one a failure (exit 1), both in the rule's words.
     */
    private String specialization(Framework framework, String given) {
        try {
            return Specializations.resolve(framework, Optional.ofNullable(given));
        } catch (IllegalArgumentException e) {
            if (given == null) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            throw new ValidationException(e.getMessage());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Readiness and progress of a plan.")
    int show(
            @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
                    String name,
            @Option(
                            names = "--milestones",
                            descriptionKey = "cli.option.showMilestones",
                            description = "Also list every milestone with its id and status.")
                    boolean milestones) {
        try (AppContext app = root.open(Opening.READ)) {
            Plan plan = Plans.named(app.plans(), name, err());
            PlanList.warnAboutDamage(app.plans(), plan, err());
            PlanText.print(out(), app.exports().report(plan.id(), false), milestones);
            return 0;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Writes the plan as a PDF, Markdown or plan file (JSON).")
    int export(
            @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
                    String name,
            @Option(
                            names = "--format",
                            required = true,
                            paramLabel = "FORMAT",
                            descriptionKey = "cli.option.format",
                            description = "pdf, md or json.",
                            converter = FormatConverter.class)
                    ExportFormat format,
            @Option(
                            names = "--out",
                            required = true,
                            paramLabel = "FILE",
                            descriptionKey = "cli.option.out",
                            description = "File to write.")
                    Path file,
            @Option(
                            names = "--include-private-notes",
                            descriptionKey = "cli.option.notes",
                            description = "Include your private milestone notes (left out by default).")
                    boolean notes,
            @Option(names = "--force", descriptionKey = "cli.option.force", description = "Replace FILE if it exists.")
                    boolean force) {
        try (AppContext app = root.open(Opening.READ)) {
            Plan plan = Plans.named(app.plans(), name, err());
            PlanList.warnAboutDamage(app.plans(), plan, err());
            if (app.exports().targetExists(file) && !force) {
                throw new ValidationException(I18n.t("cli.error.exists", file.toAbsolutePath()));
            }
            app.exports().export(plan.id(), format, file, notes, force);
            out().println(I18n.t(notes ? "cli.plan.wroteWithNotes" : "cli.plan.wrote", file.toAbsolutePath()));
            return 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Adds the plan in a plan file (JSON) to the database.")
    int importPlan(
            @Parameters(
                            paramLabel = "FILE",
                            descriptionKey = "cli.param.planFile",
                            description = "A plan file written by 'plan export --format json'.")
                    Path file,
            @Option(
                            names = "--name",
                            paramLabel = "NAME",
                            descriptionKey = "cli.option.importName",
                            description = "Import under this name instead.")
                    String name) {
        try (AppContext app = root.open(Opening.CREATE)) {
            Plan plan;
            try {
                plan = app.exports().importPlan(file, Optional.ofNullable(name));
            } catch (PlanNameTakenException e) {
                throw new ValidationException(I18n.sentences(e.getMessage(), I18n.t("cli.plan.importAs")));
            }
            PlanSnapshot view = app.plans().open(plan.id());
            out().println(I18n.t(
                    "cli.plan.imported",
                    plan.name(),
                    PlanReport.percent(view.readiness()),
                    view.readiness().done(),
                    view.readiness().required()));
            return 0;
        }
    }
}
