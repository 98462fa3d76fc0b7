package io.ascent.app.cli;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Plan;
import io.ascent.domain.Upcoming;
import io.ascent.domain.UpcomingItem;
import io.ascent.domain.text.UpcomingWords;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ascent plan upcoming NAME [--days N]}: what is due or overdue, one line each, by date. */
@Command(
        name = "upcoming",
        mixinStandardHelpOptions = true,
        description = "Lists what is due or overdue: milestones with due dates, the next check-in, 1:1 and review.")
final class PlanUpcomingCommand implements Callable<Integer> {

    @ParentCommand
    private PlanCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.param.planName", description = "Name of the plan.")
    private String name;

    @Option(
            names = "--days",
            paramLabel = "N",
            descriptionKey = "cli.option.upcomingDays",
            description = "How many days ahead to look (default 14).")
    private int days = Upcoming.DEFAULT_DAYS;

    @Override
    public Integer call() {
        try (AppContext app = parent.read()) {
            PrintWriter out = spec.commandLine().getOut();
            Plan plan = Plans.named(app.plans(), name, spec.commandLine().getErr());
            List<UpcomingItem> items = app.rhythms().upcoming(plan.id(), days);
            LocalDate today = app.rhythms().today();
            if (items.isEmpty()) {
                out.println(I18n.t("rhythm.upcoming.none", days));
            }
            for (UpcomingItem item : items) {
                out.println(item.date() + "  " + UpcomingWords.line(item, today));
            }
            return 0;
        }
    }
}
