package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.ACCENT_PALE;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.PlanReport.Summary;
import io.ascent.text.I18n;

/** The summary: readiness, estimated level, pace and projection, and the radar chart. */
final class PdfSummary {

    private static final float RADAR_RADIUS = 112;

    private PdfSummary() {}

    static void draw(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        Summary summary = report.summary();
        layout.sectionTitle(I18n.t("report.section.summary"));
        layout.paragraph(I18n.t("report.sentence", report.readinessText()), fonts.bold, 11.5f, TEXT, MARGIN, WIDTH);
        layout.moveDown(4);
        line(
                layout,
                "report.label.estimatedLevel",
                I18n.t(
                        "report.summary.estimated",
                        summary.estimatedLevel(),
                        summary.rated(),
                        summary.competencyCount()));
        line(layout, "report.label.pace", summary.pace());
        if (!summary.projection().isBlank()) {
            line(layout, "report.label.projection", summary.projection());
        }
        line(layout, "report.label.targetDate", report.targetDateText());
        layout.moveDown(10);
        radar(layout, report);
    }

    private static void line(PdfLayout layout, String labelKey, String value) {
        PdfFonts fonts = layout.fonts;
        float top = layout.y();
        // A long label (Spanish) wraps in its column rather than running into the value.
        float labelUsed = layout.lines(
                layout.wrap(PdfCoverPage.upper(labelKey), fonts.bold, 7.5f, 104),
                fonts.bold,
                7.5f,
                MUTED,
                MARGIN,
                top - 1.5f);
        float used = layout.lines(
                layout.wrap(value, fonts.regular, BODY, WIDTH - 110), fonts.regular, BODY, TEXT, MARGIN + 110, top);
        layout.moveDown(Math.max(used, labelUsed) + 3);
    }

    private static void radar(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        Summary summary = report.summary();
        float height = 2 * RADAR_RADIUS + 70;
        layout.ensureSpace(height);
        layout.paragraph(I18n.t("report.radar.title"), fonts.bold, PdfStyle.HEADING, TEXT, MARGIN, WIDTH);
        float cx = MARGIN + WIDTH / 2;
        float cy = layout.y() - 22 - RADAR_RADIUS;
        PdfRadar.draw(layout, summary.radar(), summary.levels().size(), cx, cy, RADAR_RADIUS);
        layout.moveDown(2 * RADAR_RADIUS + 40);
        float y = layout.y();
        PdfRadar.swatch(layout, MARGIN, y - 7, 10, 7);
        layout.write(
                I18n.t(summary.rated() == 0 ? "report.radar.currentUnrated" : "report.radar.current"),
                fonts.regular,
                SMALL,
                TEXT,
                MARGIN + 14,
                y - 7);
        layout.strokeRect(MARGIN + 300, y - 7, 10, 7, ACCENT_PALE, 1.2f);
        layout.write(
                I18n.t("report.radar.target", report.cover().targetLevel()),
                fonts.regular,
                SMALL,
                TEXT,
                MARGIN + 314,
                y - 7);
        layout.moveDown(14);
        layout.paragraph(
                I18n.t("report.radar.rings", String.join(I18n.t("common.listSeparator"), summary.levels())),
                fonts.regular,
                SMALL,
                MUTED,
                MARGIN,
                WIDTH);
    }
}
