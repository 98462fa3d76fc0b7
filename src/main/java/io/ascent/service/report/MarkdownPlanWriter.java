package io.ascent.service.report;

import io.ascent.domain.MilestoneStatus;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import io.ascent.service.report.PlanReport.EvidenceEntry;
import io.ascent.service.report.PlanReport.NoteEntry;
import io.ascent.service.report.PlanReport.ResourceEntry;

/** Writes a {@link PlanReport} as Markdown, with the same sections as the PDF. */
public final class MarkdownPlanWriter {

    public String write(PlanReport report) {
        StringBuilder md = new StringBuilder();
        var cover = report.cover();
        md.append("# ").append(inline(cover.planName())).append(" \u2014 Development plan\n\n");
        md.append("**").append(inline(cover.currentLevel())).append(" \u2192 ").append(inline(cover.targetLevel()))
                .append("**\n\n");
        md.append("- Specialization: ").append(inline(cover.specialization())).append('\n');
        md.append("- Target date: ").append(report.targetDateText()).append('\n');
        md.append("- Framework: ").append(inline(cover.frameworkName())).append('\n');
        md.append("- Printed: ").append(PlanReport.date(cover.printedOn())).append("\n\n");

        var summary = report.summary();
        md.append("## Summary\n\n").append(inline(report.readinessText())).append(".\n\n");
        md.append("- Estimated level: ").append(inline(summary.estimatedLevel())).append(" (").append(summary.rated())
                .append(" of ").append(summary.competencyCount()).append(" competencies rated)\n");
        md.append("- Pace: ").append(summary.pace()).append('\n');
        if (!summary.projection().isBlank()) {
            md.append("- Projection: ").append(summary.projection()).append('\n');
        }
        md.append("\n## Gaps\n\n| Competency | Current | Target | Gap | Readiness |\n| --- | --- | --- | ---: | ---: |\n");
        for (var gap : report.gaps()) {
            md.append("| ").append(cell(gap.competency())).append(" | ").append(cell(gap.current()))
                    .append(gap.rated() ? "" : " (not rated)").append(" | ").append(cell(gap.target())).append(" | ")
                    .append(gap.gap()).append(" | ").append(gap.readiness().percent()).append("% (")
                    .append(gap.readiness().done()).append(" of ").append(gap.readiness().required()).append(")")
                    .append(gap.justification().isBlank() ? "" : " \u2014 \u201c" + cell(gap.justification()) + "\u201d")
                    .append(" |\n");
        }

        md.append("\n## Next 30, 60 and 90 days\n");
        for (var group : report.nextSteps()) {
            md.append("\n### ").append(group.title()).append("\n\n");
            if (group.steps().isEmpty()) {
                md.append("Nothing planned for this period.\n");
            }
            for (var step : group.steps()) {
                md.append("- **").append(inline(step.title())).append("** \u2014 ").append(step.dueText())
                        .append(" \u00b7 ").append(inline(step.reason()))
                        .append('\n');
            }
        }

        md.append("\n## Milestone checklist\n");
        for (CompetencySection s : report.competencies()) {
            md.append("\n### ").append(inline(s.title())).append("\n\n_").append(inline(s.area())).append(" \u00b7 ")
                    .append(s.readiness().done()).append(" of ").append(s.readiness().required()).append(" done_\n\n");
            for (ChecklistItem item : s.items()) {
                md.append(item.status() == MilestoneStatus.DONE ? "- [x] " : "- [ ] ").append(inline(item.title()))
                        .append(" \u2014 ").append(inline(item.level())).append(" \u00b7 ").append(item.statusText())
                        .append('\n');
            }
        }

        md.append("\n## Evidence\n");
        if (report.evidence().isEmpty()) {
            md.append("\nNo milestone is done yet.\n");
        }
        for (EvidenceEntry e : report.evidence()) {
            md.append("\n### ").append(inline(e.milestoneTitle())).append("\n\n_").append(inline(e.competency()))
                    .append(e.doneDate().map(d -> " \u00b7 Done " + PlanReport.date(d)).orElse("")).append("_\n\n")
                    .append(e.evidence().isBlank() && e.links().isEmpty() ? "No evidence recorded.\n" : "")
                    .append(e.evidence().isBlank() ? "" : quote(e.evidence()));
            for (String url : e.links()) {
                md.append("\n- <").append(url.replace(">", "%3E")).append('>');
            }
            if (!e.links().isEmpty()) {
                md.append('\n');
            }
        }

        if (report.notesIncluded()) {
            md.append("\n## Private notes\n\nThese notes are private; this copy was made with \u201cInclude private "
                    + "notes\u201d.\n");
            for (NoteEntry n : report.notes()) {
                md.append("\n### ").append(inline(n.milestoneTitle())).append("\n\n_").append(inline(n.competency()))
                        .append("_\n\n").append(quote(n.notes()));
            }
        }

        md.append("\n## Resources\n\n");
        if (report.resources().isEmpty()) {
            md.append("The framework lists no resources for this plan's competencies.\n");
        }
        for (ResourceEntry r : report.resources()) {
            md.append("- **").append(inline(r.title())).append("** (").append(inline(r.kind()))
                    .append(r.author().isBlank() ? "" : ", " + inline(r.author())).append(')')
                    .append(r.url().isBlank() ? "" : " <" + r.url().replace(">", "%3E") + ">")
                    .append(" \u2014 builds ").append(inline(String.join(", ", r.builds()))).append('\n');
        }
        return md.toString();
    }

    /** User text on one line, with Markdown's special characters made literal. */
    static String inline(String text) {
        String flat = text.replaceAll("\\R+", " ").strip();
        return flat.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String cell(String text) {
        return inline(text);
    }

    /** Multi-line user text as a block quote, kept verbatim apart from escaping. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\\R", -1)) {
            out.append(line.isBlank() ? ">" : "> " + line.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1")).append('\n');
        }
        return out.toString();
    }
}
