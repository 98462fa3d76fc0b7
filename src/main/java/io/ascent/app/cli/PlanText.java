package io.ascent.app.cli;

import io.ascent.domain.MilestoneStatus;
import io.ascent.service.report.PlanReport;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import java.io.PrintWriter;

/** {@code plan show} as plain text, from the same content as the printed plan. */
final class PlanText {

    private PlanText() {
    }

    static void print(PrintWriter out, PlanReport report, boolean milestones) {
        var cover = report.cover();
        out.println(cover.planName());
        out.println("  " + cover.currentLevel() + " -> " + cover.targetLevel() + ", " + cover.specialization()
                + ", target date " + report.targetDateText());
        out.println("  " + report.readinessText());
        out.println();
        out.println("Readiness by competency");
        int width = report.competencies().stream().mapToInt(s -> s.title().length()).max().orElse(10);
        for (CompetencySection s : report.competencies()) {
            out.printf("  %-" + width + "s  %3d of %-3d %3d%%%n", s.title(), s.readiness().done(),
                    s.readiness().required(), s.readiness().percent());
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
