package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.ACCENT;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.PlanReport.StepEntry;
import io.ascent.service.report.PlanReport.StepGroup;
import io.ascent.text.I18n;
import java.util.List;

/** Next 30, 60 and 90 days: the chosen next milestones with their due dates and why they matter. */
final class PdfNextDays {

    private static final float DUE_WIDTH = 130;

    private PdfNextDays() {}

    static void draw(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle(I18n.t("report.section.nextDays"));
        layout.paragraph(I18n.t("report.next.intro"), fonts.regular, BODY, MUTED, MARGIN, WIDTH);
        for (StepGroup group : report.nextSteps()) {
            layout.ensureSpace(70);
            layout.moveDown(12);
            layout.paragraph(group.title(), fonts.bold, PdfStyle.HEADING, ACCENT, MARGIN, WIDTH);
            layout.moveDown(2);
            if (group.steps().isEmpty()) {
                layout.paragraph(I18n.t("report.next.nothing"), fonts.regular, BODY, MUTED, MARGIN, WIDTH);
            }
            for (StepEntry step : group.steps()) {
                step(layout, step);
            }
        }
    }

    private static void step(PdfLayout layout, StepEntry step) {
        PdfFonts fonts = layout.fonts;
        float width = WIDTH - DUE_WIDTH - 12;
        List<String> title = layout.wrap(step.title(), fonts.bold, BODY, width);
        List<String> reason = layout.wrap(step.reason(), fonts.regular, SMALL, width);
        List<String> due = layout.wrap(step.dueText(), step.suggested() ? fonts.regular : fonts.bold, SMALL, DUE_WIDTH);
        float height = Math.max(
                        title.size() * PdfLayout.lineHeight(BODY) + reason.size() * PdfLayout.lineHeight(SMALL),
                        due.size() * PdfLayout.lineHeight(SMALL))
                + 8;
        layout.ensureSpace(height);
        float top = layout.y();
        float used = layout.lines(title, fonts.bold, BODY, TEXT, MARGIN, top);
        layout.lines(reason, fonts.regular, SMALL, MUTED, MARGIN, top - used);
        layout.lines(
                due,
                step.suggested() ? fonts.regular : fonts.bold,
                SMALL,
                step.suggested() ? MUTED : TEXT,
                MARGIN + WIDTH - DUE_WIDTH,
                top - 1);
        layout.moveDown(height);
    }
}
