package io.ascent.app.cli;

import io.ascent.domain.MilestoneStatus;
import io.ascent.service.report.PlanReport;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import io.ascent.service.report.PlanReport.GapRow;
import io.ascent.service.report.PlanReport.StepEntry;
import io.ascent.service.report.PlanReport.StepGroup;
import java.io.PrintWriter;

/** {@code plan show} as plain text, from the same content as the printed plan. */
final class PlanText {

    private PlanText() {
    }

    private static String current(GapRow g) {
        return g.current() + (g.rated() ? "" : " (not rated)");
    }

    static void print(PrintWriter out, PlanReport report, boolean milestones) {
        var cover = report.cover();
        out.println(cover.planName());
        out.println("  " + cover.currentLevel() + " -> " + cover.targetLevel() + ", " + cover.specialization()
                + report.cover().targetDate().map(d -> ", target date " + report.targetDateText()).orElse(", no target date"));
        out.println("  " + report.readinessText());
        out.println();
        var summary = report.summary();
        out.println("  Estimated level: " + summary.estimatedLevel() + " (" + summary.rated() + " of "
                + summary.competencyCount() + " competencies rated)");
        out.println("  Pace: " + summary.pace());
        if (!summary.projection().isBlank()) {
            out.println("  " + summary.projection());
        }
        out.println();
        out.println("Gaps (biggest first)");
        int width = report.gaps().stream().mapToInt(g -> g.competency().length()).max().orElse(10);
        int current = report.gaps().stream().mapToInt(g -> current(g).length()).max().orElse(7);
        int target = report.gaps().stream().mapToInt(g -> g.target().length()).max().orElse(6);
        String row = "  %-" + width + "s  %-" + current + "s  %-" + target + "s  %3s  %s%n";
        out.printf(row, "COMPETENCY", "CURRENT", "TARGET", "GAP", "READINESS");
        for (GapRow g : report.gaps()) {
            out.printf(row, g.competency(), current(g), g.target(), g.gap(), g.readiness().percent() + "% ("
                    + g.readiness().done() + " of " + g.readiness().required() + ")");
        }
        for (StepGroup group : report.nextSteps()) {
            out.println();
            out.println(group.title());
            if (group.steps().isEmpty()) {
                out.println("  Nothing planned.");
            }
            for (StepEntry step : group.steps()) {
                out.println("  " + step.milestoneId() + "  " + step.title() + "  (" + step.dueText() + ")");
                out.println("      " + step.reason());
            }
        }
        if (!milestones) {
            out.println();
            out.println("List every milestone with its id: ascent plan show \"" + cover.planName() + "\" --milestones");
            return;
        }
        for (CompetencySection s : report.competencies()) {
            out.println();
            out.println(s.title());
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
