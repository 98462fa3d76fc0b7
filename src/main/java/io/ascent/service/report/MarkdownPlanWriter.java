package io.ascent.service.report;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.text.MarkdownText;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import io.ascent.service.report.PlanReport.EvidenceEntry;
import io.ascent.service.report.PlanReport.NoteEntry;
import io.ascent.service.report.PlanReport.ResourceEntry;
import io.ascent.text.I18n;
import java.util.List;
import java.util.stream.Stream;

/** Writes a {@link PlanReport} as Markdown, with the same sections as the PDF. */
public final class MarkdownPlanWriter {

    public String write(PlanReport report) {
        StringBuilder md = new StringBuilder();
        var cover = report.cover();
        md.append("# ")
                .append(inline(I18n.t("report.docTitle", cover.planName())))
                .append("\n\n");
        md.append("**")
                .append(inline(cover.currentLevel()))
                .append(" \u2192 ")
                .append(inline(cover.targetLevel()))
                .append("**\n\n");
        md.append(item("report.label.specialization", inline(cover.specialization())));
        md.append(item("report.label.targetDate", report.targetDateText()));
        cover.reachedOn().ifPresent(d -> md.append(item("report.label.reached", PlanReport.date(d))));
        md.append(item("report.label.framework", inline(cover.frameworkName())));
        md.append(item("report.label.printed", PlanReport.date(cover.printedOn())))
                .append('\n');

        var summary = report.summary();
        md.append(heading(2, "report.section.summary"))
                .append(inline(I18n.t("report.sentence", report.readinessText())))
                .append("\n\n");
        md.append(item(
                "report.label.estimatedLevel",
                inline(I18n.t(
                        "report.summary.estimated",
                        summary.estimatedLevel(),
                        summary.rated(),
                        summary.competencyCount()))));
        md.append(item("report.label.pace", summary.pace()));
        if (!summary.projection().isBlank()) {
            md.append(item("report.label.projection", summary.projection()));
        }
        md.append('\n').append(heading(2, "report.section.gaps")).append("| ");
        for (String column : List.of(
                I18n.t("report.column.competency"),
                I18n.t("report.column.current"),
                I18n.t("report.column.target"),
                I18n.t("report.column.gap"),
                I18n.t("report.column.readiness"))) {
            md.append(column).append(" | ");
        }
        md.append("\n| --- | --- | --- | ---: | ---: |\n");
        for (var gap : report.gaps()) {
            md.append("| ")
                    .append(cell(gap.competency()))
                    .append(" | ")
                    .append(gap.rated() ? cell(gap.current()) : I18n.t("report.gaps.notRated", cell(gap.current())))
                    .append(" | ")
                    .append(cell(gap.target()))
                    .append(" | ")
                    .append(gap.gap())
                    .append(" | ")
                    .append(I18n.t(
                            "report.gaps.figures",
                            PlanReport.percent(gap.readiness()),
                            gap.readiness().done(),
                            gap.readiness().required()))
                    .append(
                            gap.justification().isBlank()
                                    ? ""
                                    : " \u2014 \u201c" + cell(gap.justification()) + "\u201d")
                    .append(" |\n");
        }

        report.review().ifPresent(review -> MarkdownReview.append(md, review));
        md.append('\n')
                .append(heading(2, "report.section.nextDays").stripTrailing())
                .append('\n');
        for (var group : report.nextSteps()) {
            md.append("\n### ").append(group.title()).append("\n\n");
            if (group.steps().isEmpty()) {
                md.append(I18n.t("report.next.nothing")).append('\n');
            }
            for (var step : group.steps()) {
                md.append("- **")
                        .append(inline(step.title()))
                        .append("** \u2014 ")
                        .append(step.dueText())
                        .append(" \u00b7 ")
                        .append(inline(step.reason()))
                        .append('\n');
            }
        }

        md.append('\n')
                .append(heading(2, "report.section.checklist").stripTrailing())
                .append('\n');
        for (CompetencySection s : report.competencies()) {
            md.append("\n### ")
                    .append(inline(s.title()))
                    .append("\n\n_")
                    .append(inline(s.area()))
                    .append(" \u00b7 ")
                    .append(inline(s.countText()))
                    .append("_\n\n");
            for (ChecklistItem item : s.items()) {
                md.append(item.status() == MilestoneStatus.DONE ? "- [x] " : "- [ ] ")
                        .append(inline(item.title()))
                        .append(" \u2014 ")
                        .append(inline(item.levelText()))
                        .append(" \u00b7 ")
                        .append(item.statusText())
                        .append('\n');
            }
        }

        md.append('\n')
                .append(heading(2, "report.section.evidence").stripTrailing())
                .append('\n');
        if (report.evidence().isEmpty()) {
            md.append('\n').append(I18n.t("report.evidence.noneShort")).append('\n');
        }
        for (EvidenceEntry e : report.evidence()) {
            md.append("\n### ")
                    .append(inline(e.milestoneTitle()))
                    .append("\n\n_")
                    .append(inline(e.competency()))
                    .append(e.doneDate()
                            .map(d -> " \u00b7 " + PlanReport.doneOn(d))
                            .orElse(""))
                    .append("_\n\n")
                    .append(e.evidence().isBlank() && e.links().isEmpty() ? I18n.t("report.evidence.empty") + "\n" : "")
                    .append(e.evidence().isBlank() ? "" : quote(e.evidence()));
            for (String url : e.links()) {
                md.append("\n- <").append(url.replace(">", "%3E")).append('>');
            }
            if (!e.links().isEmpty()) {
                md.append('\n');
            }
            for (String win : e.wins()) {
                md.append("\n- ").append(I18n.t("report.evidence.win", inline(win)));
            }
            if (!e.wins().isEmpty()) {
                md.append('\n');
            }
        }
        MarkdownWins.append(md, report.wins());

        if (report.notesIncluded()) {
            md.append('\n')
                    .append(heading(2, "report.section.notes"))
                    .append(I18n.t("report.notes.intro"))
                    .append('\n');
            for (NoteEntry n : report.notes()) {
                md.append("\n### ")
                        .append(inline(n.milestoneTitle()))
                        .append("\n\n_")
                        .append(inline(n.competency()))
                        .append("_\n\n")
                        .append(quote(n.notes()));
            }
        }

        md.append('\n').append(heading(2, "report.section.resources"));
        if (report.resources().isEmpty()) {
            md.append(I18n.t("report.resources.none")).append('\n');
        }
        for (ResourceEntry r : report.resources()) {
            String about = String.join(
                    ", ",
                    Stream.of(PlanReport.kind(r.kind()), r.author())
                            .filter(text -> !text.isBlank())
                            .map(MarkdownPlanWriter::inline)
                            .toList());
            md.append("- **")
                    .append(inline(r.title()))
                    .append("**")
                    .append(about.isEmpty() ? "" : " (" + about + ")")
                    .append(r.url().isBlank() ? "" : " <" + r.url().replace(">", "%3E") + ">")
                    .append(" \u2014 ")
                    .append(inline(
                            I18n.t("report.resources.builds", String.join(I18n.t("common.listSeparator"), r.builds()))))
                    .append('\n');
        }
        return md.toString();
    }

    private static String heading(int level, String key) {
        return "#".repeat(level) + " " + I18n.t(key) + "\n\n";
    }

    private static String item(String labelKey, String value) {
        return "- " + I18n.t(labelKey) + ": " + value + "\n";
    }

    /** User text on one line, with Markdown's special characters made literal. */
    static String inline(String text) {
        return MarkdownText.inline(text);
    }

    private static String cell(String text) {
        return inline(text);
    }

    /** Multi-line user text as a block quote, kept verbatim apart from escaping. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\\R", -1)) {
            out.append(line.isBlank() ? ">" : "> " + MarkdownText.escape(line)).append('\n');
        }
        return out.toString();
    }
}
