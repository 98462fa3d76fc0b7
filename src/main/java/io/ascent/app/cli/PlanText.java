package io.ascent.app.cli;

import io.ascent.domain.MilestoneStatus;
import io.ascent.service.report.PlanReport;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import io.ascent.service.report.PlanReport.GapRow;
import io.ascent.service.report.PlanReport.StepEntry;
import io.ascent.service.report.PlanReport.StepGroup;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code plan show} as plain text, from the same content as the printed plan. */
final class PlanText {

    private PlanText() {}

    private static String current(GapRow g) {
        return g.rated() ? g.current() : I18n.t("report.gaps.notRated", g.current());
    }

    static void print(PrintWriter out, PlanReport report, boolean milestones) {
        var cover = report.cover();
        out.println(cover.planName());
        out.println("  "
                + I18n.t(
                        "cli.show.route",
                        cover.currentLevel(),
                        cover.targetLevel(),
                        cover.specialization(),
                        report.cover()
                                .targetDate()
                                .map(d -> I18n.t("cli.show.targetDate", report.targetDateText()))
                                .orElse(I18n.t("cli.show.noTargetDate"))));
        report.reachedText().ifPresent(reached -> out.println("  " + reached));
        out.println("  " + report.readinessText());
        out.println();
        var summary = report.summary();
        out.println("  "
                + I18n.t(
                        "cli.show.label",
                        I18n.t("report.label.estimatedLevel"),
                        I18n.t(
                                "report.summary.estimated",
                                summary.estimatedLevel(),
                                summary.rated(),
                                summary.competencyCount())));
        out.println("  " + I18n.t("cli.show.label", I18n.t("report.label.pace"), summary.pace()));
        if (!summary.projection().isBlank()) {
            out.println("  " + summary.projection());
        }
        out.println();
        out.println(I18n.t("cli.show.gaps"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                PlanCommand.upper("report.column.competency"),
                PlanCommand.upper("report.column.current"),
                PlanCommand.upper("report.column.target"),
                PlanCommand.upper("report.column.gap"),
                PlanCommand.upper("report.column.readiness")));
        for (GapRow g : report.gaps()) {
            rows.add(List.of(
                    g.competency(),
                    current(g),
                    g.target(),
                    String.valueOf(g.gap()),
                    I18n.t(
                            "report.gaps.figures",
                            PlanReport.percent(g.readiness()),
                            g.readiness().done(),
                            g.readiness().required())));
        }
        Columns.table("  ", rows).forEach(out::println);
        for (StepGroup group : report.nextSteps()) {
            out.println();
            out.println(group.title());
            if (group.steps().isEmpty()) {
                out.println("  " + I18n.t("report.next.nothing"));
            }
            for (StepEntry step : group.steps()) {
                out.println("  " + step.milestoneId() + "  " + step.title() + "  (" + step.dueText() + ")");
                out.println("      " + step.reason());
            }
        }
        if (!milestones) {
            out.println();
            out.println(I18n.t("cli.show.listHint", "ascent plan show \"" + cover.planName() + "\" --milestones"));
            return;
        }
        for (CompetencySection s : report.competencies()) {
            out.println();
            out.println(s.title() + "  (" + s.countText() + ")");
            for (ChecklistItem item : s.items()) {
                String box = switch (item.status()) {
                    case DONE -> "[x]";
                    case IN_PROGRESS -> "[~]";
                    case TODO -> "[ ]";
                };
                out.println("  " + box + " " + item.milestoneId() + "  " + item.title()
                        + (item.status() == MilestoneStatus.TODO ? "" : "  (" + item.statusText() + ")"));
            }
        }
    }
}
