package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.PlanReport.WinEntry;
import io.ascent.text.I18n;
import java.util.List;

/** The printed "Wins" section: shareable wins, newest first, with impact; absent without any. */
final class PdfWins {

    private static final float INDENT = 10;

    private PdfWins() {}

    static void draw(PdfLayout layout, List<WinEntry> wins) {
        if (wins.isEmpty()) {
            return;
        }
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle(I18n.t("report.section.wins"));
        for (WinEntry w : wins) {
            String meta = I18n.date(w.date())
                    + (w.competencies().isEmpty()
                            ? ""
                            : " \u00b7 " + String.join(I18n.t("common.listSeparator"), w.competencies()));
            var titleLines = layout.wrap(w.title(), fonts.bold, 10.5f, WIDTH);
            layout.ensureSpace(titleLines.size() * PdfLayout.lineHeight(10.5f) + 2 * PdfLayout.lineHeight(BODY));
            layout.moveDown(layout.lines(titleLines, fonts.bold, 10.5f, TEXT, MARGIN, layout.y()));
            layout.paragraph(meta, fonts.regular, SMALL, MUTED, MARGIN, WIDTH);
            if (!w.impact().isEmpty()) {
                layout.paragraph(
                        I18n.t("report.wins.impact") + " " + w.impact(),
                        fonts.regular,
                        BODY,
                        TEXT,
                        MARGIN + INDENT,
                        WIDTH - INDENT);
            }
            if (!w.story().isBlank()) {
                layout.paragraph(w.story(), fonts.regular, BODY, TEXT, MARGIN + INDENT, WIDTH - INDENT);
            }
            layout.moveDown(8);
        }
    }
}
