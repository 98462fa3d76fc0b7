package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Impact;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.domain.WinFilter;
import io.ascent.persistence.sqlite.Opening;
import io.ascent.service.BragPreview;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ascent win add|list|remove|import}: log a win as it happens, list, remove and import them. */
@Command(name = "win", mixinStandardHelpOptions = true, description = "Log, list, remove and import wins.")
final class WinCommand {

    @ParentCommand
    private AscentCommand root;

    @Spec
    private CommandSpec spec;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Logs a win; prints its id.")
    int add(
            @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
                    String name,
            @Option(
                            names = "--title",
                            required = true,
                            paramLabel = "TEXT",
                            descriptionKey = "cli.option.winTitle",
                            description = "What you achieved, in one line.")
                    String title,
            @Option(
                            names = "--date",
                            paramLabel = "YYYY-MM-DD",
                            descriptionKey = "cli.option.winDate",
                            description = "When (default: today).")
                    LocalDate date,
            @Option(
                            names = "--story",
                            paramLabel = "TEXT",
                            descriptionKey = "cli.option.winStory",
                            description = "What happened.")
                    String story,
            @Option(
                            names = "--metric",
                            paramLabel = "TEXT",
                            descriptionKey = "cli.option.winMetric",
                            description = "The metric it moved.")
                    String metric,
            @Option(
                            names = "--before",
                            paramLabel = "VALUE",
                            descriptionKey = "cli.option.winBefore",
                            description = "The metric before.")
                    String before,
            @Option(
                            names = "--after",
                            paramLabel = "VALUE",
                            descriptionKey = "cli.option.winAfter",
                            description = "The metric after.")
                    String after,
            @Option(
                            names = "--share",
                            paramLabel = "TEXT",
                            descriptionKey = "cli.option.winShare",
                            description = "Your share, e.g. led or contributed.")
                    String share,
            @Option(
                            names = "--link",
                            paramLabel = "URL",
                            descriptionKey = "cli.option.winLink",
                            description = "A link to the work (repeatable).")
                    List<String> links,
            @Option(
                            names = "--competency",
                            paramLabel = "ID",
                            descriptionKey = "cli.option.winCompetency",
                            description = "A competency it shows (repeatable).")
                    List<String> competencies,
            @Option(
                            names = "--milestone",
                            paramLabel = "ID",
                            descriptionKey = "cli.option.winMilestone",
                            description = "A milestone it counts for (repeatable).")
                    List<String> milestones,
            @Option(
                            names = "--private",
                            descriptionKey = "cli.option.winPrivate",
                            description = "Keep it out of everything meant for others.")
                    boolean privateWin) {
        try (AppContext app = root.open(Opening.WRITE)) {
            Plan plan = Plans.named(app.plans(), name, err());
            PlanSnapshot view = app.plans().open(plan.id());
            Win win = new Win(
                    0,
                    date == null ? app.wins().today() : date,
                    title,
                    story,
                    new Impact(metric, before, after, share),
                    links,
                    competencies,
                    milestones,
                    !privateWin);
            Win stored = app.wins().add(view, win);
            out().println(stored.id());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists a plan's wins, newest first.")
    int list(
            @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
                    String name,
            @Option(
                            names = "--from",
                            paramLabel = "YYYY-MM-DD",
                            descriptionKey = "cli.option.fromDay",
                            description = "Only wins on or after this day.")
                    LocalDate from,
            @Option(
                            names = "--to",
                            paramLabel = "YYYY-MM-DD",
                            descriptionKey = "cli.option.toDay",
                            description = "Only wins on or before this day.")
                    LocalDate to) {
        CliDates.requireOrdered(spec.commandLine().getSubcommands().get("list"), from, to);
        try (AppContext app = root.open(Opening.READ)) {
            Plan plan = Plans.named(app.plans(), name, err());
            WinFilter filter = new WinFilter(Optional.ofNullable(from), Optional.ofNullable(to), Optional.empty(), "");
            List<Win> wins = app.wins().wins(plan.id(), filter);
            if (wins.isEmpty()) {
                out().println(I18n.t("cli.win.none", plan.name()));
            }
            for (Win w : wins) {
                String mark = w.shareable() ? "" : "  " + I18n.t("win.private");
                out().println(w.id() + "  " + w.date() + "  " + w.title() + mark);
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a win by its id.")
    int remove(
            @Parameters(
                            index = "0",
                            paramLabel = "NAME",
                            descriptionKey = "cli.param.planName",
                            description = "Name of the plan.")
                    String name,
            @Parameters(
                            index = "1",
                            paramLabel = "ID",
                            descriptionKey = "cli.param.winId",
                            description = "The win's id (see 'ascent win list NAME').")
                    long id) {
        try (AppContext app = root.open(Opening.WRITE)) {
            Plan plan = Plans.named(app.plans(), name, err());
            Win win = app.wins().find(plan.id(), id);
            app.wins().remove(plan, win);
            out().println(I18n.t("cli.win.removed", win.title()));
            return 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Imports wins from a brag document (CSV or Markdown); prints what it adds.")
    int importWins(
            @Parameters(
                            index = "0",
                            paramLabel = "NAME",
                            descriptionKey = "cli.param.planName",
                            description = "Name of the plan.")
                    String name,
            @Parameters(
                            index = "1",
                            paramLabel = "FILE",
                            descriptionKey = "cli.param.bragFile",
                            description = "The brag document: a .csv or .md file.")
                    Path file,
            @Option(
                            names = "--dry-run",
                            descriptionKey = "cli.option.dryRun",
                            description = "Only show what would be added; add nothing.")
                    boolean dryRun) {
        try (AppContext app = root.open(dryRun ? Opening.READ : Opening.WRITE)) {
            Plan plan = Plans.named(app.plans(), name, err());
            PlanSnapshot view = app.plans().open(plan.id());
            BragPreview preview = app.wins().previewImport(view, file);
            out().println(preview.summary());
            if (dryRun || preview.wins().isEmpty()) {
                return 0;
            }
            List<Win> added = app.wins().importWins(view, preview.wins());
            out().println(I18n.t("brag.imported", added.size(), preview.source()));
            return 0;
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
