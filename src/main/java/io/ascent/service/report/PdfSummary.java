package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.BORDER;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.SUCCESS;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.PlanReport.CompetencySection;
import java.util.List;

/** The summary page: overall readiness and a table of readiness per competency. */
final class PdfSummary {

    private static final float COMPETENCY_WIDTH = 200;
    private static final float AREA_X = MARGIN + COMPETENCY_WIDTH + 10;
    private static final float AREA_WIDTH = 100;
    private static final float DONE_X = AREA_X + AREA_WIDTH + 10;
    private static final float BAR_X = DONE_X + 52;
    private static final float BAR_WIDTH = MARGIN + WIDTH - BAR_X - 40;

    private PdfSummary() {
    }

    static void draw(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle("Summary");
        layout.paragraph(report.readinessText() + ".", fonts.regular, 11.5f, TEXT, MARGIN, WIDTH);
        layout.moveDown(2);
        layout.paragraph("Target date: " + report.targetDateText() + ". Readiness counts the milestones between "
                + report.cover().currentLevel() + " and " + report.cover().targetLevel()
                + " that are done; milestones in progress count once they are done.",
                fonts.regular, BODY, MUTED, MARGIN, WIDTH);
        layout.moveDown(16);
        layout.paragraph("Readiness by competency", fonts.bold, PdfStyle.HEADING, TEXT, MARGIN, WIDTH);
        layout.moveDown(6);
        tableHeader(layout);
        for (CompetencySection section : report.competencies()) {
            row(layout, section);
        }
    }

    private static void tableHeader(PdfLayout layout) {
        PdfFonts fonts = layout.fonts;
        layout.ensureSpace(40);
        float top = layout.y();
        layout.write("COMPETENCY", fonts.bold, 7.5f, MUTED, MARGIN, top - 8);
        layout.write("AREA", fonts.bold, 7.5f, MUTED, AREA_X, top - 8);
        layout.write("DONE", fonts.bold, 7.5f, MUTED, DONE_X, top - 8);
        layout.write("READINESS", fonts.bold, 7.5f, MUTED, BAR_X, top - 8);
        layout.moveDown(14);
        layout.line(MARGIN, layout.y(), MARGIN + WIDTH, layout.y(), BORDER, 0.8f);
        layout.moveDown(6);
    }

    private static void row(PdfLayout layout, CompetencySection section) {
        PdfFonts fonts = layout.fonts;
        List<String> title = layout.wrap(section.title(), fonts.regular, BODY, COMPETENCY_WIDTH);
        List<String> area = layout.wrap(section.area(), fonts.regular, SMALL, AREA_WIDTH);
        float height = Math.max(title.size() * PdfLayout.lineHeight(BODY), area.size() * PdfLayout.lineHeight(SMALL)) + 6;
        if (layout.y() - height < PdfLayout.BOTTOM) {
            layout.newPage();
            tableHeader(layout);
        }
        float top = layout.y();
        layout.lines(title, fonts.regular, BODY, TEXT, MARGIN, top);
        layout.lines(area, fonts.regular, SMALL, MUTED, AREA_X, top - 1);
        var readiness = section.readiness();
        layout.write(readiness.done() + " of " + readiness.required(), fonts.regular, BODY, TEXT, DONE_X, top - BODY);
        layout.bar(BAR_X, top - BODY + 0.5f, BAR_WIDTH, 7, readiness.fraction(), SUCCESS);
        String percent = readiness.percent() + "%";
        layout.write(percent, fonts.bold, SMALL, TEXT,
                MARGIN + WIDTH - fonts.width(fonts.bold, SMALL, percent), top - BODY + 0.5f);
        layout.moveDown(height);
        layout.line(MARGIN, layout.y() + 3, MARGIN + WIDTH, layout.y() + 3, BORDER, 0.4f);
    }
}
