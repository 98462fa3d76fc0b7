package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.ACCENT;
import static io.ascent.service.report.PdfStyle.ACCENT_PALE;
import static io.ascent.service.report.PdfStyle.ACCENT_SOFT;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SUCCESS;
import static io.ascent.service.report.PdfStyle.TEXT;
import static io.ascent.service.report.PdfStyle.WHITE;

import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.List;

/** The first page: who and what the plan is for, how far along it is, and what follows. */
final class PdfCoverPage {

    private PdfCoverPage() {}

    static void draw(PdfLayout layout, PlanReport report, List<String> contents) {
        PlanReport.Cover cover = report.cover();
        PdfFonts fonts = layout.fonts;
        layout.newPage();
        float pageTop = PdfLayout.SIZE.getHeight();
        List<String> name = layout.wrap(cover.planName(), fonts.bold, 26, WIDTH);
        List<String> route =
                layout.wrap(cover.currentLevel() + "  \u2192  " + cover.targetLevel(), fonts.regular, 15, WIDTH);
        float bandHeight = 96 + name.size() * PdfLayout.lineHeight(26) + route.size() * PdfLayout.lineHeight(15) + 34;
        layout.fillRect(0, pageTop - bandHeight, PdfLayout.SIZE.getWidth(), bandHeight, ACCENT);
        float y = pageTop - 70;
        layout.write(upper("report.cover.kicker"), fonts.bold, 9.5f, ACCENT_PALE, MARGIN, y);
        y -= 16;
        y -= layout.lines(name, fonts.bold, 26, WHITE, MARGIN, y);
        y -= 6;
        layout.lines(route, fonts.regular, 15, ACCENT_SOFT, MARGIN, y);

        layout.moveDown(layout.y() - (pageTop - bandHeight - 34));
        List<String[]> facts = new ArrayList<>(List.of(
                new String[] {upper("report.label.specialization"), cover.specialization()},
                new String[] {upper("report.label.targetDate"), report.targetDateText()},
                new String[] {upper("report.label.framework"), cover.frameworkName()},
                new String[] {upper("report.label.printed"), PlanReport.date(cover.printedOn())}));
        cover.reachedOn()
                .ifPresent(d -> facts.add(1, new String[] {upper("report.label.reached"), PlanReport.date(d)}));
        facts(layout, facts);
        layout.moveDown(14);
        readinessCard(layout, report);
        layout.moveDown(30);
        layout.paragraph(I18n.t("report.cover.contents"), fonts.bold, PdfStyle.HEADING, TEXT, MARGIN, WIDTH);
        layout.moveDown(4);
        for (int i = 0; i < contents.size(); i++) {
            layout.paragraph((i + 1) + ".  " + contents.get(i), fonts.regular, 11, TEXT, MARGIN + 4, WIDTH - 4);
            layout.moveDown(2);
        }
    }

    private static void facts(PdfLayout layout, List<String[]> facts) {
        PdfFonts fonts = layout.fonts;
        float column = WIDTH / 2;
        for (int row = 0; row < facts.size(); row += 2) {
            float top = layout.y();
            float height = 0;
            for (int col = 0; col < 2 && row + col < facts.size(); col++) {
                String[] fact = facts.get(row + col);
                float x = MARGIN + col * column;
                layout.write(fact[0], fonts.bold, 8, MUTED, x, top - 8);
                List<String> value = layout.wrap(fact[1], fonts.regular, 13, column - 16);
                height = Math.max(height, 14 + layout.lines(value, fonts.regular, 13, PdfStyle.TEXT, x, top - 13));
            }
            layout.moveDown(height + 12);
        }
    }

    private static void readinessCard(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        float height = 104;
        float top = layout.y();
        layout.fillRect(MARGIN, top - height, WIDTH, height, ACCENT_SOFT);
        String percent = PlanReport.percent(report.readiness());
        layout.write(percent, fonts.bold, 40, ACCENT, MARGIN + 22, top - 62);
        float textX = MARGIN + 22 + Math.max(110, fonts.width(fonts.bold, 40, percent) + 24);
        float textWidth = MARGIN + WIDTH - 22 - textX;
        List<String> ready =
                layout.wrap(I18n.t("report.cover.readyFor", report.cover().targetLevel()), fonts.bold, 14, textWidth);
        float used = layout.lines(ready, fonts.bold, 14, TEXT, textX, top - 22);
        layout.write(
                I18n.t(
                        "report.cover.done",
                        report.readiness().done(),
                        report.readiness().required()),
                fonts.regular,
                10,
                MUTED,
                textX,
                top - 28 - used - 4);
        layout.bar(textX, top - height + 24, textWidth, 9, report.readiness().fraction(), SUCCESS);
        layout.moveDown(height);
    }

    /** The section names listed on the cover, in document order. */
    static List<String> contents(PlanReport report) {
        List<String> contents = new ArrayList<>(List.of(
                I18n.t("report.section.summary"),
                I18n.t("report.section.gaps"),
                I18n.t("report.section.nextDays"),
                I18n.t("report.section.checklist"),
                I18n.t("report.section.evidence")));
        if (report.notesIncluded()) {
            contents.add(I18n.t("report.section.notes"));
        }
        contents.add(I18n.t("report.section.resources"));
        return contents;
    }

    /** A small capitals label; a no-op for scripts without case. */
    static String upper(String key) {
        return I18n.t(key).toUpperCase(I18n.locale());
    }
}
