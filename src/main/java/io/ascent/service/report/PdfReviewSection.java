package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.BORDER;
import static io.ascent.service.report.PdfStyle.HEADING;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.ReportReview.Row;
import io.ascent.text.I18n;
import java.awt.Color;
import java.util.List;

/**
 * "Manager review": who reviewed and when, the decision, then per competency the person's rating
 * beside the reviewer's with the marker (never averaged) and the reviewer's comment, then the
 * summary. Only printed when the plan has a review.
 */
final class PdfReviewSection {

    private static final float COMPETENCY_WIDTH = 170;
    private static final float SELF_X = MARGIN + COMPETENCY_WIDTH + 8;
    private static final float LEVEL_WIDTH = 96;
    private static final float REVIEWER_X = SELF_X + LEVEL_WIDTH + 6;
    private static final float MARKER_X = REVIEWER_X + LEVEL_WIDTH + 6;
    private static final Color FLAGGED = new Color(0xb91c1c);

    private PdfReviewSection() {}

    static void draw(PdfLayout layout, PlanReport report) {
        if (report.review().isEmpty()) {
            return;
        }
        ReportReview review = report.review().get();
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle(I18n.t("report.section.review"));
        layout.paragraph(
                review.reviewer() + I18n.t("common.clauseSeparator") + review.answered(),
                fonts.regular,
                BODY,
                MUTED,
                MARGIN,
                WIDTH);
        layout.moveDown(6);
        layout.paragraph(I18n.t("report.review.decision", review.decision()), fonts.bold, HEADING, TEXT, MARGIN, WIDTH);
        layout.paragraph(review.counts(), fonts.regular, BODY, TEXT, MARGIN, WIDTH);
        layout.paragraph(I18n.t("report.review.intro"), fonts.regular, SMALL, MUTED, MARGIN, WIDTH);
        layout.moveDown(10);
        header(layout);
        for (Row row : review.rows()) {
            row(layout, row);
        }
        if (!review.summary().isBlank()) {
            layout.moveDown(12);
            layout.ensureSpace(40);
            layout.paragraph(I18n.t("review.label.summary"), fonts.bold, HEADING, TEXT, MARGIN, WIDTH);
            layout.moveDown(2);
            layout.paragraph(review.summary(), fonts.regular, BODY, TEXT, MARGIN, WIDTH);
        }
    }

    private static void header(PdfLayout layout) {
        PdfFonts fonts = layout.fonts;
        layout.ensureSpace(40);
        float top = layout.y();
        String[][] columns = {
            {"report.column.competency", String.valueOf(MARGIN)},
            {"review.column.self", String.valueOf(SELF_X)},
            {"review.column.reviewer", String.valueOf(REVIEWER_X)},
            {"review.column.marker", String.valueOf(MARKER_X)}
        };
        for (String[] column : columns) {
            layout.write(PdfCoverPage.upper(column[0]), fonts.bold, 7.5f, MUTED, Float.parseFloat(column[1]), top - 8);
        }
        layout.moveDown(14);
        layout.line(MARGIN, layout.y(), MARGIN + WIDTH, layout.y(), BORDER, 0.8f);
        layout.moveDown(6);
    }

    private static void row(PdfLayout layout, Row row) {
        PdfFonts fonts = layout.fonts;
        List<String> title = layout.wrap(row.competency(), fonts.regular, BODY, COMPETENCY_WIDTH);
        List<String> self = layout.wrap(row.self(), fonts.regular, SMALL, LEVEL_WIDTH);
        List<String> reviewer = layout.wrap(row.reviewer(), fonts.regular, SMALL, LEVEL_WIDTH);
        List<String> comment = row.comment().isBlank()
                ? List.of()
                : layout.wrap("\u201c" + row.comment() + "\u201d", fonts.regular, SMALL, WIDTH - 12);
        float rowHeight = Math.max(
                        title.size() * PdfLayout.lineHeight(BODY),
                        Math.max(self.size(), reviewer.size()) * PdfLayout.lineHeight(SMALL))
                + 6;
        float height = rowHeight + comment.size() * PdfLayout.lineHeight(SMALL);
        if (layout.y() - height < PdfLayout.BOTTOM) {
            layout.newPage();
            header(layout);
        }
        float top = layout.y();
        layout.lines(title, fonts.regular, BODY, TEXT, MARGIN, top);
        layout.lines(self, fonts.regular, SMALL, TEXT, SELF_X, top - 1);
        layout.lines(reviewer, fonts.regular, SMALL, TEXT, REVIEWER_X, top - 1);
        layout.write(
                row.marker(),
                row.flagged() ? fonts.bold : fonts.regular,
                SMALL,
                row.flagged() ? FLAGGED : TEXT,
                MARKER_X,
                top - SMALL - 1);
        layout.lines(comment, fonts.regular, SMALL, MUTED, MARGIN + 12, top - rowHeight + 4);
        layout.moveDown(height);
        layout.line(MARGIN, layout.y() + 3, MARGIN + WIDTH, layout.y() + 3, BORDER, 0.4f);
    }
}
