package io.ascent.service.report;

import static io.ascent.service.report.MarkdownPlanWriter.inline;

import io.ascent.text.I18n;

/** The printed plan's "Manager review" section in Markdown, as {@link PdfReviewSection} draws it. */
final class MarkdownReview {

    private MarkdownReview() {}

    static void append(StringBuilder md, ReportReview review) {
        md.append("\n## ").append(I18n.t("report.section.review")).append("\n\n");
        md.append(inline(review.reviewer() + ", " + review.answered())).append("\n\n");
        md.append("**")
                .append(inline(I18n.t("report.review.decision", review.decision())))
                .append("**\n\n");
        md.append(inline(review.counts())).append("\n\n| ");
        for (String key : new String[] {
            "report.column.competency", "review.column.self", "review.column.reviewer", "review.column.marker"
        }) {
            md.append(I18n.t(key)).append(" | ");
        }
        md.append("\n| --- | --- | --- | --- |\n");
        for (ReportReview.Row row : review.rows()) {
            md.append("| ")
                    .append(inline(row.competency()))
                    .append(" | ")
                    .append(inline(row.self()))
                    .append(" | ")
                    .append(inline(row.reviewer()))
                    .append(" | ")
                    .append(row.flagged() ? "**" + inline(row.marker()) + "**" : inline(row.marker()))
                    .append(row.comment().isBlank() ? "" : " \u2014 \u201c" + inline(row.comment()) + "\u201d")
                    .append(" |\n");
        }
        if (!review.summary().isBlank()) {
            md.append("\n### ").append(I18n.t("review.label.summary")).append("\n\n");
            md.append(MarkdownPlanWriter.quote(review.summary()));
        }
    }
}
