package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.ACCENT_PALE;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.PlanReport.Summary;

/** The summary: readiness, estimated level, pace and projection, and the radar chart. */
final class PdfSummary {

    private static final float RADAR_RADIUS = 112;

    private PdfSummary() {
    }

    static void draw(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        Summary summary = report.summary();
        layout.sectionTitle("Summary");
        layout.paragraph(report.readinessText() + ".", fonts.bold, 11.5f, TEXT, MARGIN, WIDTH);
        layout.moveDown(4);
        line(layout, "Estimated level", summary.estimatedLevel() + " (" + summary.rated() + " of "
                + summary.competencyCount() + " competencies rated)");
        line(layout, "Pace", summary.pace());
        if (!summary.projection().isBlank()) {
            line(layout, "Projection", summary.projection());
        }
        line(layout, "Target date", report.targetDateText());
        layout.moveDown(10);
        radar(layout, report);
    }

    private static void line(PdfLayout layout, String label, String value) {
        PdfFonts fonts = layout.fonts;
        float top = layout.y();
        layout.write(label.toUpperCase(java.util.Locale.ROOT), fonts.bold, 7.5f, MUTED, MARGIN, top - BODY + 1);
        layout.moveDown(0);
        float used = layout.lines(layout.wrap(value, fonts.regular, BODY, WIDTH - 110), fonts.regular, BODY, TEXT,
                MARGIN + 110, top);
        layout.moveDown(used + 3);
    }

    private static void radar(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        Summary summary = report.summary();
        float height = 2 * RADAR_RADIUS + 70;
        layout.ensureSpace(height);
        layout.paragraph("Current and target level by competency", fonts.bold, PdfStyle.HEADING, TEXT, MARGIN, WIDTH);
        float cx = MARGIN + WIDTH / 2;
        float cy = layout.y() - 22 - RADAR_RADIUS;
        PdfRadar.draw(layout, summary.radar(), summary.levels().size(), cx, cy, RADAR_RADIUS);
        layout.moveDown(2 * RADAR_RADIUS + 40);
        float y = layout.y();
        PdfRadar.swatch(layout, MARGIN, y - 7, 10, 7);
        layout.write("Current level" + (summary.rated() == 0 ? " (nothing rated yet: your plan's current level)" : ""),
                fonts.regular, SMALL, TEXT, MARGIN + 14, y - 7);
        layout.strokeRect(MARGIN + 300, y - 7, 10, 7, ACCENT_PALE, 1.2f);
        layout.write("Target: " + report.cover().targetLevel(), fonts.regular, SMALL, TEXT, MARGIN + 314, y - 7);
        layout.moveDown(14);
        layout.paragraph("Rings from the centre: " + String.join(", ", summary.levels()) + ".", fonts.regular, SMALL,
                MUTED, MARGIN, WIDTH);
    }
}
