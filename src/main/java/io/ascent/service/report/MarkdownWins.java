package io.ascent.service.report;

import static io.ascent.service.report.MarkdownPlanWriter.inline;
import static io.ascent.service.report.MarkdownPlanWriter.quote;

import io.ascent.service.report.PlanReport.WinEntry;
import io.ascent.text.I18n;
import java.util.List;

/** The Markdown export's "Wins" section: shareable wins, newest first; absent without any. */
final class MarkdownWins {

    private MarkdownWins() {}

    static void append(StringBuilder md, List<WinEntry> wins) {
        if (wins.isEmpty()) {
            return;
        }
        md.append("\n## ").append(I18n.t("report.section.wins")).append('\n');
        for (WinEntry w : wins) {
            md.append("\n### ").append(inline(w.title())).append("\n\n_").append(I18n.date(w.date()));
            if (!w.competencies().isEmpty()) {
                md.append(" \u00b7 ").append(inline(String.join(I18n.t("common.listSeparator"), w.competencies())));
            }
            md.append("_\n");
            if (!w.impact().isEmpty()) {
                md.append("\n**")
                        .append(I18n.t("report.wins.impact"))
                        .append("** ")
                        .append(inline(w.impact()));
                md.append('\n');
            }
            if (!w.story().isBlank()) {
                md.append('\n').append(quote(w.story()));
            }
        }
    }
}
