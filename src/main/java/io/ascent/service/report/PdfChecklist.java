package io.ascent.service.report;

import static io.ascent.service.report.PdfLayout.MARGIN;
import static io.ascent.service.report.PdfLayout.WIDTH;
import static io.ascent.service.report.PdfStyle.BODY;
import static io.ascent.service.report.PdfStyle.MUTED;
import static io.ascent.service.report.PdfStyle.SMALL;
import static io.ascent.service.report.PdfStyle.TEXT;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.text.StatusText;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import io.ascent.text.I18n;
import java.util.List;

/** Every item of the plan by competency, with a drawn box, its level and its status. */
final class PdfChecklist {

    private static final float BOX_GAP = 18;
    private static final float STATUS_WIDTH = 128;
    private static final float TITLE_WIDTH = WIDTH - BOX_GAP - STATUS_WIDTH - 12;

    private PdfChecklist() {}

    static void draw(PdfLayout layout, PlanReport report) {
        PdfFonts fonts = layout.fonts;
        layout.sectionTitle(I18n.t("report.section.checklist"));
        legend(layout);
        for (CompetencySection section : report.competencies()) {
            List<String> heading = layout.wrap(section.title(), fonts.bold, PdfStyle.HEADING, WIDTH - 110);
            List<Item> items =
                    section.items().stream().map(i -> prepare(layout, i)).toList();
            // Keep a heading with its first two milestones (its area line and spacing take 26 points).
            layout.ensureSpace(heading.size() * PdfLayout.lineHeight(PdfStyle.HEADING) + 26 + together(items, 0));
            layout.moveDown(8);
            float top = layout.y();
            String count = fonts.printable(fonts.regular, section.countText());
            layout.write(
                    count,
                    fonts.regular,
                    SMALL,
                    MUTED,
                    MARGIN + WIDTH - fonts.width(fonts.regular, SMALL, count),
                    top - PdfStyle.HEADING);
            layout.moveDown(layout.lines(heading, fonts.bold, PdfStyle.HEADING, TEXT, MARGIN, top));
            layout.paragraph(section.area(), fonts.regular, SMALL, MUTED, MARGIN, WIDTH);
            layout.moveDown(4);
            for (int i = 0; i < items.size(); i++) {
                // The last milestone of a competency never stands alone at the top of a page.
                layout.ensureSpace(
                        i == items.size() - 2
                                ? together(items, i)
                                : items.get(i).height());
                draw(layout, items.get(i));
            }
        }
    }

    private static void legend(PdfLayout layout) {
        PdfFonts fonts = layout.fonts;
        float top = layout.y();
        float x = MARGIN;
        for (MilestoneStatus status : MilestoneStatus.values()) {
            PdfTickBox.draw(layout, x, top - 9, status);
            String label = fonts.printable(fonts.regular, StatusText.of(status));
            layout.write(label, fonts.regular, SMALL, MUTED, x + 14, top - 8);
            x += 14 + fonts.width(fonts.regular, SMALL, label) + 20;
        }
        layout.moveDown(20);
    }

    /** A milestone's lines wrapped to their columns, and the height they take. */
    private record Item(
            ChecklistItem item, List<String> title, List<String> level, List<String> status, float height) {}

    /** The height of the item at {@code from} and the one after it, if any. */
    private static float together(List<Item> items, int from) {
        float height = 0;
        for (int i = from; i < Math.min(items.size(), from + 2); i++) {
            height += items.get(i).height();
        }
        return height;
    }

    private static Item prepare(PdfLayout layout, ChecklistItem item) {
        PdfFonts fonts = layout.fonts;
        List<String> title = layout.wrap(item.title(), fonts.regular, BODY, TITLE_WIDTH);
        List<String> level = layout.wrap(item.levelText(), fonts.regular, SMALL, STATUS_WIDTH);
        var statusFont = item.status() == MilestoneStatus.TODO ? fonts.regular : fonts.bold;
        List<String> status = layout.wrap(item.statusText(), statusFont, SMALL, STATUS_WIDTH);
        float height = Math.max(
                        title.size() * PdfLayout.lineHeight(BODY),
                        (status.size() + level.size()) * PdfLayout.lineHeight(SMALL))
                + 7;
        return new Item(item, title, level, status, height);
    }

    private static void draw(PdfLayout layout, Item prepared) {
        PdfFonts fonts = layout.fonts;
        ChecklistItem item = prepared.item();
        List<String> title = prepared.title();
        List<String> level = prepared.level();
        List<String> status = prepared.status();
        var statusFont = item.status() == MilestoneStatus.TODO ? fonts.regular : fonts.bold;
        float height = prepared.height();
        float top = layout.y();
        PdfTickBox.draw(layout, MARGIN + 1, top - BODY - 0.5f, item.status());
        layout.lines(title, fonts.regular, BODY, TEXT, MARGIN + BOX_GAP, top);
        var color = switch (item.status()) {
            case DONE -> PdfStyle.SUCCESS;
            case IN_PROGRESS -> PdfStyle.PROGRESS;
            case TODO -> MUTED;
        };
        float used = layout.lines(status, statusFont, SMALL, color, MARGIN + WIDTH - STATUS_WIDTH, top - 1);
        layout.lines(level, fonts.regular, SMALL, MUTED, MARGIN + WIDTH - STATUS_WIDTH, top - 1 - used);
        layout.moveDown(height);
    }
}
