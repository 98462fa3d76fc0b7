package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.BORDER;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.SUCCESS;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.service.report.PlanReport.GapRow;
import io.ascent.text.I18n;
import java.util.List;

/** The gap table: competency, current, target, gap and that competency's readiness, biggest gap first. */
final class PdfGapTable {

    private static final float COMPETENCY_WIDTH = 150;
    private static final float CURRENT_X = MARGIN + COMPETENCY_WIDTH + 8;
    private static final float LEVEL_WIDTH = 78;
    private static final float TARGET_X = CURRENT_X + LEVEL_WIDTH + 6;
    private static final float GAP_X = TARGET_X + LEVEL_WIDTH + 6;
    private static final float READY_X = GAP_X + 34;
    private static final float BAR_WIDTH = MARGIN + WIDTH - READY_X - 76;

    private PdfGapTable() {}

    static void draw(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle(I18n.t("report.section.gaps"));
        layout.paragraph(I18n.t("report.gaps.intro"), fonts.regular, BODY, MUTED, MARGIN, WIDTH);
        layout.moveDown(10);
        List<Row> rows = report.gaps().stream().map(r -> prepare(layout, r)).toList();
        // The heading goes with at least two rows; the last row never stands alone on a page.
        header(layout, together(rows, 0, 2));
        for (int i = 0; i < rows.size(); i++) {
            float needed =
                    i == rows.size() - 2 ? together(rows, i, 2) : rows.get(i).height();
            if (layout.y() - needed < PdfLayout.BOTTOM) {
                layout.newPage();
                header(layout, needed);
            }
            draw(layout, rows.get(i));
        }
    }

    private static float together(List<Row> rows, int from, int count) {
        float height = 0;
        for (int i = from; i < Math.min(rows.size(), from + count); i++) {
            height += rows.get(i).height();
        }
        return height;
    }

    private static final float HEADER_HEIGHT = 20;

    private static void header(PdfLayout layout, float rowsBelow) {
        PdfFonts fonts = layout.fonts;
        layout.ensureSpace(HEADER_HEIGHT + rowsBelow);
        float top = layout.y();
        column(layout, "report.column.competency", MARGIN, CURRENT_X, top);
        column(layout, "report.column.current", CURRENT_X, TARGET_X, top);
        column(layout, "report.column.target", TARGET_X, GAP_X, top);
        column(layout, "report.column.gap", GAP_X, READY_X, top);
        column(layout, "report.column.readiness", READY_X, MARGIN + WIDTH, top);
        layout.moveDown(14);
        layout.line(MARGIN, layout.y(), MARGIN + WIDTH, layout.y(), BORDER, 0.8f);
        layout.moveDown(6);
    }

    /** A column heading, set smaller when a language's word is wider than its column. */
    private static void column(PdfLayout layout, String key, float x, float nextX, float top) {
        PdfFonts fonts = layout.fonts;
        String label = fonts.printable(fonts.bold, PdfCoverPage.upper(key));
        float room = nextX - x - 3;
        float size = Math.max(5f, Math.min(7.5f, 7.5f * room / fonts.width(fonts.bold, 7.5f, label)));
        layout.write(label, fonts.bold, size, MUTED, x, top - 8);
    }

    /** A row's text wrapped to its columns, and the height it takes. */
    private record Row(
            GapRow row,
            List<String> title,
            List<String> current,
            List<String> target,
            List<String> why,
            float rowHeight,
            float height) {}

    private static Row prepare(PdfLayout layout, GapRow row) {
        PdfFonts fonts = layout.fonts;
        List<String> title = layout.wrap(row.competency(), fonts.regular, BODY, COMPETENCY_WIDTH);
        List<String> current = layout.wrap(
                row.rated() ? row.current() : I18n.t("report.gaps.notRated", row.current()),
                fonts.regular,
                SMALL,
                LEVEL_WIDTH);
        List<String> target = layout.wrap(row.target(), fonts.regular, SMALL, LEVEL_WIDTH);
        List<String> why = row.justification().isBlank()
                ? List.of()
                : layout.wrap("\u201c" + row.justification() + "\u201d", fonts.regular, SMALL, WIDTH - 12);
        float rowHeight = Math.max(
                        title.size() * PdfLayout.lineHeight(BODY),
                        Math.max(current.size(), target.size()) * PdfLayout.lineHeight(SMALL))
                + 6;
        float height = rowHeight + why.size() * PdfLayout.lineHeight(SMALL);
        return new Row(row, title, current, target, why, rowHeight, height);
    }

    private static void draw(PdfLayout layout, Row prepared) {
        PdfFonts fonts = layout.fonts;
        GapRow row = prepared.row();
        List<String> title = prepared.title();
        List<String> current = prepared.current();
        List<String> target = prepared.target();
        List<String> why = prepared.why();
        float rowHeight = prepared.rowHeight();
        float height = prepared.height();
        float top = layout.y();
        layout.lines(title, fonts.regular, BODY, TEXT, MARGIN, top);
        layout.lines(current, fonts.regular, SMALL, row.rated() ? TEXT : MUTED, CURRENT_X, top - 1);
        layout.lines(target, fonts.regular, SMALL, TEXT, TARGET_X, top - 1);
        String gap = String.valueOf(row.gap());
        layout.write(gap, fonts.bold, BODY, row.gap() == 0 ? SUCCESS : PdfStyle.PROGRESS, GAP_X, top - BODY);
        var readiness = row.readiness();
        layout.bar(READY_X, top - BODY + 0.5f, BAR_WIDTH, 7, readiness.fraction(), SUCCESS);
        String figures = fonts.printable(
                fonts.regular,
                I18n.t("report.gaps.figures", PlanReport.percent(readiness), readiness.done(), readiness.required()));
        layout.write(
                figures,
                fonts.regular,
                SMALL,
                TEXT,
                MARGIN + WIDTH - fonts.width(fonts.regular, SMALL, figures),
                top - BODY + 0.5f);
        layout.lines(why, fonts.regular, SMALL, MUTED, MARGIN + 12, top - rowHeight + 4);
        layout.moveDown(height);
        layout.line(MARGIN, layout.y() + 3, MARGIN + WIDTH, layout.y() + 3, BORDER, 0.4f);
    }
}
